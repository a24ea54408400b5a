using System.Security.Claims;
using Academy.Domain.Learning;

namespace Academy.Web.Learning;

public static class LearnerClaims
{
    public static Learner ToLearner(this ClaimsPrincipal user) =>
        new(user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null);
}
