using System.Security.Claims;
using Academy.Data;
using Academy.Web.Accounts;
using Academy.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Pages.Admin;

/// <summary>The admin's confirmation before erasing a learner who asked for it by mail.</summary>
[Authorize(Roles = AdminAccountOptions.Role)]
public sealed class PrivacyDeleteModel(AcademyDb db, UserManager<LearnerAccount> accounts, LearnerData learnerData, IStringLocalizer<SiteText> text) : PageModel
{
    public LearnerAccount Learner { get; private set; } = null!;

    public int KeptOrders { get; private set; }

    public bool OwnAccount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string learner, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(learner, cancellationToken))
        {
            return NotFound();
        }

        if (OwnAccount)
        {
            ModelState.AddModelError("", text["Admin.Privacy.OwnAccount"]);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string learner, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(learner, cancellationToken))
        {
            return NotFound();
        }

        if (OwnAccount)
        {
            ModelState.AddModelError("", text["Admin.Privacy.OwnAccount"]);
            return Page();
        }

        await learnerData.DeleteAsync(Learner.Id, requestedBy: accounts.GetUserId(User)!, cancellationToken);
        return RedirectToPage("Privacy", new { deleted = true });
    }

    /// <summary>
    /// An admin erasing their own account here would lock the agency out by a slip of the keyboard;
    /// they can still do it, deliberately and with their password, on their own /me page.
    /// </summary>
    public static bool IsOwnAccount(ClaimsPrincipal user, UserManager<LearnerAccount> accounts, LearnerAccount learner) =>
        accounts.GetUserId(user) == learner.Id;

    private async Task<bool> LoadAsync(string learnerId, CancellationToken cancellationToken)
    {
        if (await accounts.FindByIdAsync(learnerId) is not { } found || DeletedAccount.IsDeleted(found))
        {
            return false;
        }

        Learner = found;
        OwnAccount = IsOwnAccount(User, accounts, found);
        KeptOrders = await db.Orders.CountAsync(o => o.LearnerId == learnerId, cancellationToken);
        return true;
    }
}
