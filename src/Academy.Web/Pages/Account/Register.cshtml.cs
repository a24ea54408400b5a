using System.ComponentModel.DataAnnotations;
using Academy.Data;
using Academy.Web.Throttling;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Academy.Web.Pages.Account;

[Throttled(Throttle.Register)]
public sealed class RegisterModel(UserManager<LearnerAccount> accounts, SignInManager<LearnerAccount> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Register.NameRequired")]
    [StringLength(100, ErrorMessage = "Register.NameTooLong")]
    public string? DisplayName { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Account.EmailRequired")]
    [EmailAddress(ErrorMessage = "Account.EmailInvalid")]
    public string? Email { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Account.PasswordRequired")]
    public string? Password { get; set; }

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

        var account = new LearnerAccount { UserName = Email, Email = Email, DisplayName = DisplayName!.Trim() };
        var created = await accounts.CreateAsync(account, Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Password) : nameof(Email), error.Description);
            }

            return Page();
        }

        await signIn.SignInAsync(account, isPersistent: true);
        return LocalRedirect(Pages.ReturnUrl.LocalOr(ReturnUrl, "/me"));
    }
}
