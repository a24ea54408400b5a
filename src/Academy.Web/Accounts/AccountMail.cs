using System.Net;
using System.Net.Mail;
using System.Text;
using Academy.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Academy.Web.Accounts;

/// <summary>Sends Identity's account mails: to an SMTP server when one is set, else into a pickup folder.</summary>
public sealed class AccountMail(IOptions<MailOptions> options, IWebHostEnvironment environment, IStringLocalizer<SiteText> text)
    : IEmailSender<LearnerAccount>
{
    public Task SendConfirmationLinkAsync(LearnerAccount user, string email, string confirmationLink) =>
        SendAsync(email, text["Mail.Confirm.Subject"], text["Mail.Confirm.Body", user.DisplayName, confirmationLink]);

    public Task SendPasswordResetLinkAsync(LearnerAccount user, string email, string resetLink) =>
        SendAsync(email, text["Mail.Reset.Subject"], text["Mail.Reset.Body", user.DisplayName, resetLink]);

    public Task SendPasswordResetCodeAsync(LearnerAccount user, string email, string resetCode) =>
        SendAsync(email, text["Mail.Reset.Subject"], text["Mail.Reset.Body", user.DisplayName, resetCode]);

    private async Task SendAsync(string to, string subject, string body)
    {
        var settings = options.Value;
        using var message = new MailMessage(settings.From, to, subject, body)
        {
            BodyEncoding = Encoding.UTF8,
            SubjectEncoding = Encoding.UTF8,
            // Readable in the pickup folder, and safe for every SMTP server.
            BodyTransferEncoding = System.Net.Mime.TransferEncoding.QuotedPrintable,
        };
        using var client = new SmtpClient();
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            var folder = Path.Combine(environment.ContentRootPath, settings.PickupFolder);
            Directory.CreateDirectory(folder);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = folder;
        }
        else
        {
            client.Host = settings.SmtpHost;
            client.Port = settings.SmtpPort;
            client.EnableSsl = true;
            if (settings.SmtpUser is not null)
            {
                client.Credentials = new NetworkCredential(settings.SmtpUser, settings.SmtpPassword);
            }
        }

        await client.SendMailAsync(message);
    }
}
