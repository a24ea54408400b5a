using System.ComponentModel.DataAnnotations;
using System.Text;
using Academy.Data;
using Academy.Web.Hosting;
using Academy.Web.Throttling;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Academy.Web.Pages.Account;

[Throttled(Throttle.SignIn)]
public sealed class ForgotPasswordModel(UserManager<LearnerAccount> accounts, IEmailSender<LearnerAccount> mail, IOptions<SiteOptions> site) : PageModel
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
            // Never from the request's Host header: whoever sends the form would choose where the code goes.
            var link = site.Value.Link(Request, $"/account/reset-password?email={Uri.EscapeDataString(account.Email!)}&code={code}");
            await mail.SendPasswordResetLinkAsync(account, account.Email!, link);
        }

        return Page();
    }
}
