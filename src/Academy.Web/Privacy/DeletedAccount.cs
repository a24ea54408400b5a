using Academy.Data;

namespace Academy.Web.Privacy;

/// <summary>What an erased learner's account row looks like: a locked placeholder with nothing that names the person.</summary>
public static class DeletedAccount
{
    public const string GrantedBy = "deleted account";

    public static void Anonymise(LearnerAccount account)
    {
        // The user name must stay unique and set for Identity; the id is already on the kept orders.
        account.UserName = "deleted-" + account.Id;
        account.NormalizedUserName = account.UserName.ToUpperInvariant();
        account.Email = null;
        account.NormalizedEmail = null;
        account.EmailConfirmed = false;
        account.DisplayName = "";
        account.PhoneNumber = null;
        account.PhoneNumberConfirmed = false;
        account.PasswordHash = null;
        account.TwoFactorEnabled = false;
        account.LockoutEnabled = true;
        account.LockoutEnd = DateTimeOffset.MaxValue;
        account.AccessFailedCount = 0;
        // A new stamp makes the security-stamp check end the learner's sessions on other devices.
        account.SecurityStamp = Guid.NewGuid().ToString("N");
        account.ConcurrencyStamp = Guid.NewGuid().ToString();
    }

    /// <summary>Erased accounts keep no e-mail; a live account always has one.</summary>
    public static bool IsDeleted(LearnerAccount account) => account.Email is null;
}
