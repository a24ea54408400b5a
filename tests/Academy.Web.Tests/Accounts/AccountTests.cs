using System.Net;
using System.Text.RegularExpressions;

namespace Academy.Web.Tests.Accounts;

public sealed partial class AccountTests
{
    [Fact]
    public async Task A_learner_can_sign_out_and_sign_in_again()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("again@example.com", password: "ein-langes-passwort");

        var home = await browser.GetAsync("/");
        await browser.SubmitAsync(home, [], formAction: "/account/logout");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Client.GetAsync("/me")).StatusCode);

        var login = await browser.GetAsync("/account/login");
        var signedIn = await browser.SubmitAsync(login, [new("Email", "again@example.com"), new("Password", "ein-langes-passwort")]);

        Assert.Equal("/me", signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/me")).Status);
    }

    [Fact]
    public async Task A_wrong_password_says_so_in_german_without_revealing_the_account()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var login = await browser.GetAsync("/account/login");
        var response = await browser.SubmitAsync(login, [new("Email", "nobody@example.com"), new("Password", "falsch-falsch")]);
        var page = await LearnerBrowser.Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("E-Mail-Adresse oder Passwort stimmen nicht.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_errors_are_listed_and_tied_to_their_fields()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var register = await browser.GetAsync("/account/register");
        var response = await browser.SubmitAsync(register, [new("DisplayName", ""), new("Email", "kein-at"), new("Password", "kurz")]);
        var page = await LearnerBrowser.Page.ReadAsync(response);

        Assert.Contains("Bitte gib deinen Namen ein.", page.Text, StringComparison.Ordinal);
        Assert.Contains("Das sieht nicht wie eine E-Mail-Adresse aus.", page.Text, StringComparison.Ordinal);
        Assert.Equal("true", page.Document.QuerySelector("#Email")!.GetAttribute("aria-invalid"));
        Assert.Equal("Email-error", page.Document.QuerySelector("#Email")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task A_short_password_is_refused_with_the_rule()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var register = await browser.GetAsync("/account/register");
        var response = await browser.SubmitAsync(register, [new("DisplayName", "Kurt"), new("Email", "kurt@example.com"), new("Password", "kurz")]);
        var page = await LearnerBrowser.Page.ReadAsync(response);

        Assert.Contains("Das Passwort braucht mindestens 8 Zeichen.", page.Document.QuerySelector("#Password-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_mailed_link()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("forgot@example.com", password: "das-alte-passwort");
        await browser.SubmitAsync(await browser.GetAsync("/"), [], formAction: "/account/logout");

        var forgot = await browser.GetAsync("/account/forgot-password");
        var sent = await LearnerBrowser.Page.ReadAsync(await browser.SubmitAsync(forgot, [new("Email", "forgot@example.com")]));
        Assert.Contains("ist die E-Mail unterwegs", sent.Text, StringComparison.Ordinal);

        var mail = Unfold(await site.SingleMailAsync());
        Assert.Contains("Wenn du das nicht angefordert hast", mail, StringComparison.Ordinal);
        var link = new Uri(ResetLink().Match(mail).Value);
        var reset = await browser.GetAsync(link.PathAndQuery);
        var done = await browser.SubmitAsync(reset, [new("Email", "forgot@example.com"), new("Password", "das-neue-passwort")]);
        Assert.Equal("/me", done.Headers.Location!.OriginalString);

        await browser.SubmitAsync(await browser.GetAsync("/"), [], formAction: "/account/logout");
        var login = await browser.GetAsync("/account/login");
        var signedIn = await browser.SubmitAsync(login, [new("Email", "forgot@example.com"), new("Password", "das-neue-passwort")]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task A_failing_mail_server_does_not_tell_which_addresses_have_accounts()
    {
        using var site = new AcademySite(settings: new Dictionary<string, string> { ["Academy:Mail:SmtpHost"] = "127.0.0.1", ["Academy:Mail:SmtpPort"] = "9" });
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("vorhanden@example.com");
        await browser.SubmitAsync(await browser.GetAsync("/"), [], formAction: "/account/logout");

        var known = await LearnerBrowser.Page.ReadAsync(await browser.SubmitAsync(await browser.GetAsync("/account/forgot-password"), [new("Email", "vorhanden@example.com")]));
        var unknown = await LearnerBrowser.Page.ReadAsync(await browser.SubmitAsync(await browser.GetAsync("/account/forgot-password"), [new("Email", "niemand@example.com")]));

        Assert.Equal(HttpStatusCode.OK, known.Status);
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Equal(unknown.Document.QuerySelector("main")!.TextContent, known.Document.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void Production_without_an_smtp_server_refuses_to_start_and_names_the_setting()
    {
        using var site = new AcademySite(environment: "Production");

        var failure = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("Set Academy:Mail:SmtpHost", failure.Message, StringComparison.Ordinal);
    }

    // The pickup file is quoted-printable: join soft line breaks, then decode =XX bytes as UTF-8.
    private static string Unfold(string mail)
    {
        var joined = mail.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }

        return System.Text.Encoding.UTF8.GetString(bytes.ToArray());
    }

    [GeneratedRegex(@"http://[^\s]+/account/reset-password\?[^\s]+")]
    private static partial Regex ResetLink();
}
