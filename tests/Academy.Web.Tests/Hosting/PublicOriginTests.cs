using System.Net;
using System.Text.RegularExpressions;

namespace Academy.Web.Tests.Hosting;

public sealed partial class PublicOriginTests
{
    private static readonly Uri Public = new("https://academy.example.com");

    [Fact]
    public async Task A_foreign_host_header_is_refused_before_any_reset_mail_is_sent()
    {
        using var site = new AcademySite(settings: new Dictionary<string, string> { ["Academy:Site:PublicUrl"] = Public.AbsoluteUri });
        using var victim = site.NewBrowser(Public);
        await victim.RegisterAsync("opfer@example.com");
        using var attacker = site.NewBrowser(Public);
        var form = await attacker.GetAsync("/account/forgot-password");

        attacker.Client.DefaultRequestHeaders.Host = "evil.example";
        var get = await attacker.Client.GetAsync("/account/forgot-password");
        var post = await attacker.SubmitAsync(form, [new("Email", "opfer@example.com")]);

        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.False(Directory.Exists(site.MailFolder) && Directory.EnumerateFiles(site.MailFolder).Any());
    }

    [Fact]
    public async Task The_reset_mail_links_to_the_public_url()
    {
        using var site = new AcademySite(settings: new Dictionary<string, string> { ["Academy:Site:PublicUrl"] = Public.AbsoluteUri });
        using var browser = site.NewBrowser(Public);
        await browser.RegisterAsync("vergessen@example.com");

        await browser.SubmitAsync(await browser.GetAsync("/account/forgot-password"), [new("Email", "vergessen@example.com")]);

        Assert.StartsWith("https://academy.example.com/account/reset-password?email=vergessen%40example.com&code=", await ResetLinkAsync(site));
    }

    [Fact]
    public async Task Hosts_named_in_AllowedHosts_are_answered_besides_the_public_one()
    {
        using var site = new AcademySite(settings: new Dictionary<string, string> { ["Academy:Site:PublicUrl"] = Public.AbsoluteUri, ["AllowedHosts"] = "10.0.0.9;*" });
        using var probe = site.NewBrowser(new Uri("http://10.0.0.9"));
        using var stranger = site.NewBrowser(new Uri("http://evil.example"));

        Assert.Equal(HttpStatusCode.OK, (await probe.Client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await stranger.Client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Without_a_public_url_a_foreign_host_still_gets_no_link_to_itself()
    {
        using var site = new AcademySite();
        using var victim = site.NewBrowser();
        await victim.RegisterAsync("opfer@example.com");
        using var attacker = site.NewBrowser();
        var form = await attacker.GetAsync("/account/forgot-password");

        attacker.Client.DefaultRequestHeaders.Host = "evil.example";
        await attacker.SubmitAsync(form, [new("Email", "opfer@example.com")]);

        Assert.StartsWith("http://localhost:5000/account/reset-password?", await ResetLinkAsync(site));
    }

    [Fact]
    public async Task Stripe_is_sent_back_to_the_public_url_whatever_host_the_buyer_named()
    {
        using var site = new AcademySite();
        using var buyer = site.NewBrowser();
        await buyer.RegisterAsync("kaeufer@example.com");
        var confirm = await buyer.GetAsync("/checkout/alles");
        buyer.Client.DefaultRequestHeaders.Host = "evil.example";

        var toProvider = await buyer.SubmitAsync(confirm, []);
        buyer.Client.DefaultRequestHeaders.Host = null;
        var providerPage = await buyer.GetAsync(toProvider.Headers.Location!.OriginalString);
        var paid = await buyer.SubmitAsync(providerPage, [], handler: "Pay");
        var cancelled = await buyer.SubmitAsync(providerPage, [], handler: "Cancel");

        Assert.StartsWith("http://localhost:5000/checkout/success?session_id=cs_dev_", paid.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        Assert.StartsWith("http://localhost:5000/checkout/cancelled?order=", cancelled.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_without_a_public_url_refuses_to_start_and_names_the_setting()
    {
        using var site = new AcademySite(environment: "Production", settings: ProductionSettings(publicUrl: null));

        var failure = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("Set Academy:Site:PublicUrl", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://academy.example.com", "must start with https://")]
    [InlineData("https://academy.example.com/kurse", "without a path")]
    [InlineData("academy.example.com", "must be an absolute")]
    public void Production_refuses_a_public_url_that_is_not_an_https_origin(string publicUrl, string reason)
    {
        using var site = new AcademySite(environment: "Production", settings: ProductionSettings(publicUrl));

        var failure = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains(reason, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_proxy_that_is_no_address_refuses_to_start()
    {
        var settings = new Dictionary<string, string>(ProductionSettings(Public.AbsoluteUri)) { ["Academy:Site:KnownProxies:0"] = "nginx.local" };
        using var site = new AcademySite(environment: "Production", settings: settings);

        var failure = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("Academy:Site:KnownProxies must list IP addresses or CIDR networks", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_redirects_plain_http_to_https_except_the_health_probe()
    {
        using var site = new AcademySite(environment: "Production", settings: ProductionSettings(Public.AbsoluteUri));
        using var browser = site.NewBrowser(new Uri("http://academy.example.com"));

        var page = await browser.Client.GetAsync("/packages?x=1");
        var health = await browser.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.PermanentRedirect, page.StatusCode);
        Assert.Equal("https://academy.example.com/packages?x=1", page.Headers.Location!.AbsoluteUri);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Production_sends_hsts_and_only_secure_cookies()
    {
        using var site = new AcademySite(environment: "Production", settings: ProductionSettings(Public.AbsoluteUri));
        using var browser = site.NewBrowser(Public);

        var login = await browser.Client.GetAsync("/account/login");
        var language = await browser.Client.GetAsync("/language/en?returnUrl=/");

        Assert.Contains("max-age=", string.Join(",", login.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        var cookies = login.Headers.GetValues("Set-Cookie").Concat(language.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal));
        Assert.All(cookies, cookie => Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Behind_a_known_proxy_its_forwarded_https_is_believed_and_a_strangers_is_not()
    {
        var settings = new Dictionary<string, string>(ProductionSettings(Public.AbsoluteUri)) { ["Academy:Site:KnownProxies:0"] = "10.0.0.0/24" };
        using var site = new AcademySite(environment: "Production", settings: settings);
        using var viaProxy = site.NewBrowser(new Uri("http://academy.example.com"), peer: "10.0.0.5");
        using var direct = site.NewBrowser(new Uri("http://academy.example.com"), peer: "203.0.113.9");
        foreach (var browser in new[] { viaProxy, direct })
        {
            browser.Client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
            browser.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.20");
        }

        Assert.Equal(HttpStatusCode.OK, (await viaProxy.Client.GetAsync("/packages")).StatusCode);
        Assert.Equal(HttpStatusCode.PermanentRedirect, (await direct.Client.GetAsync("/packages")).StatusCode);
    }

    [Fact]
    public async Task Without_known_proxies_nobodys_forwarded_https_is_believed()
    {
        using var site = new AcademySite(environment: "Production", settings: ProductionSettings(Public.AbsoluteUri));
        using var browser = site.NewBrowser(new Uri("http://academy.example.com"), peer: "127.0.0.1");
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        Assert.Equal(HttpStatusCode.PermanentRedirect, (await browser.Client.GetAsync("/packages")).StatusCode);
    }

    [Fact]
    public async Task Signing_in_with_an_odd_return_url_still_lands_on_the_site()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("umlaut@example.com");
        await browser.SubmitAsync(await browser.GetAsync("/"), [], formAction: "/account/logout");
        var login = await browser.GetAsync("/account/login?returnUrl=/kurse/%C3%BCbersicht");

        var signedIn = await browser.SubmitAsync(login, [new("Email", "umlaut@example.com"), new("Password", "geheim-und-lang")]);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/kurse/%C3%BCbersicht", signedIn.Headers.Location!.OriginalString);
    }

    internal static IReadOnlyDictionary<string, string> ProductionSettings(string? publicUrl)
    {
        var settings = new Dictionary<string, string>
        {
            ["Academy:Mail:SmtpHost"] = "127.0.0.1",
            ["Stripe:SecretKey"] = "sk_test_academy",
            ["Stripe:WebhookSecret"] = "whsec_academy",
            ["Stripe:ApiBase"] = "http://127.0.0.1:9",
        };
        if (publicUrl is not null)
        {
            settings["Academy:Site:PublicUrl"] = publicUrl;
        }

        return settings;
    }

    private static async Task<string> ResetLinkAsync(AcademySite site)
    {
        var mail = await site.SingleMailAsync();
        var unfolded = mail.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal).Replace("=3D", "=", StringComparison.Ordinal);
        return Link().Match(unfolded).Value;
    }

    [GeneratedRegex(@"https?://[^\s""<>]+/account/reset-password\?[^\s""<>]+")]
    private static partial Regex Link();
}
