using System.ComponentModel.DataAnnotations;
using Academy.Data;
using Academy.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Pages.Me;

/// <summary>The learner erases their own account (DSGVO Art. 17), confirmed with their current password.</summary>
[Authorize]
public sealed class DeleteModel(UserManager<LearnerAccount> accounts, SignInManager<LearnerAccount> signIn, LearnerData learnerData, IStringLocalizer<SiteText> text)
    : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Privacy.Delete.PasswordRequired")]
    public string? Password { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await accounts.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        // Failures count toward the lockout, so this form is no way around the login's limit on guessing.
        var check = await signIn.CheckPasswordSignInAsync(account, Password!, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            ModelState.AddModelError(nameof(Password), check.IsLockedOut ? text["Login.LockedOut"] : text["Privacy.Delete.WrongPassword"]);
            return Page();
        }

        await learnerData.DeleteAsync(account.Id, requestedBy: account.Id, cancellationToken);
        await signIn.SignOutAsync();
        return LocalRedirect("/account/deleted");
    }
}
