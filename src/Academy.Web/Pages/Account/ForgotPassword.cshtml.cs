using System.ComponentModel.DataAnnotations;
using System.Text;
using Academy.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Academy.Web.Pages.Account;

public sealed class ForgotPasswordModel(UserManager<LearnerAccount> accounts, IEmailSender<LearnerAccount> mail) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Account.EmailRequired")]
    [EmailAddress(ErrorMessage = "Account.EmailInvalid")]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The same answer whether or not the address has an account, so the form reveals nobody.
        Sent = true;
        if (await accounts.FindByEmailAsync(Email!) is { } account)
        {
            var token = await accounts.GeneratePasswordResetTokenAsync(account);
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
            var link = $"{Request.Scheme}://{Request.Host}/account/reset-password?email={Uri.EscapeDataString(account.Email!)}&code={code}";
            await mail.SendPasswordResetLinkAsync(account, account.Email!, link);
        }

        return Page();
    }
}
