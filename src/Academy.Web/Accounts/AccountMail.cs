using System.Net;
using System.Net.Mail;
using System.Text;
using System.Threading.Channels;
using Academy.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Academy.Web.Accounts;

/// <summary>
/// Writes Identity's account mails and queues them. The request that asked for a mail answers at
/// once, the same for every address: a slow or failing mail server must not tell who has an account.
/// </summary>
public sealed class AccountMail(MailOutbox outbox, IStringLocalizer<SiteText> text) : IEmailSender<LearnerAccount>
{
    public Task SendConfirmationLinkAsync(LearnerAccount user, string email, string confirmationLink) =>
        outbox.QueueAsync(new OutgoingMail(email, text["Mail.Confirm.Subject"], text["Mail.Confirm.Body", user.DisplayName, confirmationLink]));

    public Task SendPasswordResetLinkAsync(LearnerAccount user, string email, string resetLink) =>
        outbox.QueueAsync(new OutgoingMail(email, text["Mail.Reset.Subject"], text["Mail.Reset.Body", user.DisplayName, resetLink]));

    public Task SendPasswordResetCodeAsync(LearnerAccount user, string email, string resetCode) =>
        outbox.QueueAsync(new OutgoingMail(email, text["Mail.Reset.Subject"], text["Mail.Reset.Body", user.DisplayName, resetCode]));
}

public sealed record OutgoingMail(string To, string Subject, string Body);

/// <summary>The mails waiting to be sent; <see cref="MailDelivery"/> sends them.</summary>
public sealed class MailOutbox
{
    private readonly Channel<OutgoingMail> queue = Channel.CreateBounded<OutgoingMail>(new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.DropOldest });

    public Task QueueAsync(OutgoingMail mail) => queue.Writer.WriteAsync(mail).AsTask();

    internal ChannelReader<OutgoingMail> Reader => queue.Reader;
}

/// <summary>Sends queued mails to the SMTP server when one is set, else into the pickup folder; retries a failure twice.</summary>
public sealed partial class MailDelivery(MailOutbox outbox, IOptions<MailOptions> options, IWebHostEnvironment environment, ILogger<MailDelivery> logger)
    : BackgroundService
{
    private static readonly TimeSpan[] Retries = [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(20)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var mail in outbox.Reader.ReadAllAsync(stoppingToken))
        {
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    await SendAsync(mail, stoppingToken);
                    break;
                }
                catch (Exception exception) when (exception is SmtpException or IOException or InvalidOperationException)
                {
                    if (attempt == Retries.Length)
                    {
                        LogGaveUp(logger, exception, mail.Subject, mail.To[(mail.To.IndexOf('@', StringComparison.Ordinal) + 1)..]);
                        break;
                    }

                    await Task.Delay(Retries[attempt], stoppingToken);
                }
            }
        }
    }

    private async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = new MailMessage(settings.From, mail.To, mail.Subject, mail.Body)
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

        await client.SendMailAsync(message, cancellationToken);
    }

    // The address is personal data; the domain is enough to spot a mail server that refuses one provider.
    [LoggerMessage(Level = LogLevel.Error, Message = "Could not send the mail \"{Subject}\" to an address at {Domain} after three attempts")]
    private static partial void LogGaveUp(ILogger logger, Exception exception, string subject, string domain);
}
