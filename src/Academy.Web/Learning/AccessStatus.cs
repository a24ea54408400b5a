using Academy.Domain.Learning;

namespace Academy.Web.Learning;

public static class AccessStatus
{
    /// <summary>401 asks a visitor to sign in; 403 tells a signed-in learner that this course is not theirs yet.</summary>
    public static int For(AccessDecision decision) => decision switch
    {
        AccessDecision.SignInRequired => StatusCodes.Status401Unauthorized,
        AccessDecision.EnrolmentRequired => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status200OK,
    };
}
