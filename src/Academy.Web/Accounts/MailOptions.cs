namespace Academy.Web.Accounts;

public sealed class MailOptions
{
    public const string Section = "Academy:Mail";

    /// <summary>Without an SMTP host, mails are written as .eml files here (relative to the app).</summary>
    public string PickupFolder { get; set; } = "App_Data/mail";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    public string From { get; set; } = "academy@localhost";
}
