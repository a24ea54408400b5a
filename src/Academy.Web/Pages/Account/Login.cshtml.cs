using System.ComponentModel.DataAnnotations;
using Academy.Data;
using Academy.Web.Throttling;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Pages.Account;

[Throttled(Throttle.SignIn)]
public sealed class LoginModel(SignInManager<LearnerAccount> signIn, IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Account.EmailRequired")]
    public string? Email { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Account.PasswordRequired")]
    public string? Password { get; set; }

    [BindProperty]
    public bool RememberMe { get; set; } = true;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email!, Password!, RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Pages.ReturnUrl.LocalOr(ReturnUrl, "/me"));
        }

        // One message for a wrong password, an unknown address and a locked account alike, so the form
        // does not reveal which addresses have accounts.
        ModelState.AddModelError("", text["Login.Failed"]);
        return Page();
    }
}
