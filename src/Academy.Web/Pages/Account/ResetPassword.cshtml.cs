using System.ComponentModel.DataAnnotations;
using System.Text;
using Academy.Data;
using Academy.Web.Throttling;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Pages.Account;

[Throttled(Throttle.SignIn)]
public sealed class ResetPasswordModel(UserManager<LearnerAccount> accounts, SignInManager<LearnerAccount> signIn, IStringLocalizer<SiteText> text)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Required(ErrorMessage = "Account.EmailRequired")]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Account.PasswordRequired")]
    public string? Password { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var token = DecodeToken(Code);
        var account = await accounts.FindByEmailAsync(Email!);
        if (account is null || token is null)
        {
            ModelState.AddModelError("", text["Identity.InvalidToken"]);
            return Page();
        }

        var reset = await accounts.ResetPasswordAsync(account, token, Password!);
        if (!reset.Succeeded)
        {
            foreach (var error in reset.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Password) : "", error.Description);
            }

            return Page();
        }

        // Whoever holds the mailed code owns the account: a lockout from strangers' guesses ends here.
        await accounts.SetLockoutEndDateAsync(account, null);
        await accounts.ResetAccessFailedCountAsync(account);
        await signIn.SignInAsync(account, isPersistent: true);
        return LocalRedirect("/me");
    }

    private static string? DecodeToken(string? code)
    {
        try
        {
            return code is null ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
