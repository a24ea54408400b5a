using Academy.Data;
using Academy.Web.Accounts;
using Academy.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Pages.Admin;

/// <summary>
/// Data requests that reach the agency by mail: the learner's export, or the deletion of their
/// account, found by e-mail. The deletion is confirmed on its own page.
/// </summary>
[Authorize(Roles = AdminAccountOptions.Role)]
public sealed class PrivacyModel(UserManager<LearnerAccount> accounts, LearnerData learnerData, IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Deleted { get; private set; }

    public void OnGet(bool deleted = false) => Deleted = deleted;

    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        if (await FindLearnerAsync() is not { } learner)
        {
            return Page();
        }

        return new LearnerDataDownload(await learnerData.ExportFileAsync(learner.Id, requestedBy: accounts.GetUserId(User)!, cancellationToken));
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        if (await FindLearnerAsync() is not { } learner)
        {
            return Page();
        }

        if (PrivacyDeleteModel.IsOwnAccount(User, accounts, learner))
        {
            ModelState.AddModelError(nameof(Email), text["Admin.Privacy.OwnAccount"]);
            return Page();
        }

        return RedirectToPage("PrivacyDelete", new { learner = learner.Id });
    }

    private async Task<LearnerAccount?> FindLearnerAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), text["Admin.Privacy.EmailRequired"]);
            return null;
        }

        var learner = await accounts.FindByEmailAsync(Email.Trim());
        if (learner is null)
        {
            ModelState.AddModelError(nameof(Email), text["Admin.Time.UnknownLearner"]);
        }

        return learner;
    }
}
