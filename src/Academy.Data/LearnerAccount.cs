using Microsoft.AspNetCore.Identity;

namespace Academy.Data;

public sealed class LearnerAccount : IdentityUser
{
    /// <summary>The name the learner wants on their certificates and greetings.</summary>
    public string DisplayName { get; set; } = "";
}
