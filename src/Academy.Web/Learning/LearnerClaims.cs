using System.Security.Claims;

namespace Academy.Web.Learning;

public static class LearnerClaims
{
    /// <summary>The signed-in learner's id, or null for a visitor.</summary>
    public static string? LearnerId(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
