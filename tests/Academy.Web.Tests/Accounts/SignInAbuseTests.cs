using System.Net;
using Academy.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Web.Tests.Accounts;

public sealed class SignInAbuseTests
{
    [Fact]
    public async Task A_stranger_guessing_from_one_client_is_stopped_before_the_account_locks()
    {
        using var site = new AcademySite();
        using var owner = site.NewBrowser(peer: "198.51.100.4");
        await owner.RegisterAsync("inhaberin@example.com", password: "ihr-richtiges-passwort");
        await owner.SubmitAsync(await owner.GetAsync("/"), [], formAction: "/account/logout");
        using var stranger = site.NewBrowser(peer: "203.0.113.7");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            answers.Add((await stranger.SubmitAsync(await stranger.GetAsync("/account/login"), [new("Email", "inhaberin@example.com"), new("Password", $"geraten-{i}")])).StatusCode);
        }

        Assert.Equal(10, answers.Count(a => a == HttpStatusCode.OK));
        Assert.Equal(15, answers.Count(a => a == HttpStatusCode.TooManyRequests));
        var signedIn = await owner.SubmitAsync(await owner.GetAsync("/account/login"), [new("Email", "inhaberin@example.com"), new("Password", "ihr-richtiges-passwort")]);
        Assert.Equal("/me", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_slow_guesser_never_locks_the_account_because_failures_count_only_within_an_hour()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        using var site = new AcademySite(settings: Unthrottled, clock: clock, services: LockAfterFive);
        using var owner = site.NewBrowser();
        await owner.RegisterAsync("geduldig@example.com", password: "ihr-richtiges-passwort");
        await owner.SubmitAsync(await owner.GetAsync("/"), [], formAction: "/account/logout");
        using var stranger = site.NewBrowser();

        for (var hour = 0; hour < 3; hour++)
        {
            for (var i = 0; i < 4; i++)
            {
                await SignInAsync(stranger, "geduldig@example.com", $"geraten-{hour}-{i}");
            }

            clock.Advance(TimeSpan.FromMinutes(61));
        }

        var signedIn = await owner.SubmitAsync(await owner.GetAsync("/account/login"), [new("Email", "geduldig@example.com"), new("Password", "ihr-richtiges-passwort")]);
        Assert.Equal("/me", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Failures_within_the_hour_lock_the_account()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        using var site = new AcademySite(settings: Unthrottled, clock: clock, services: LockAfterFive);
        using var owner = site.NewBrowser();
        await owner.RegisterAsync("eilig@example.com", password: "ihr-richtiges-passwort");
        await owner.SubmitAsync(await owner.GetAsync("/"), [], formAction: "/account/logout");

        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(owner, "eilig@example.com", $"geraten-{i}");
            clock.Advance(TimeSpan.FromMinutes(11));
        }

        var refused = await owner.SubmitAsync(await owner.GetAsync("/account/login"), [new("Email", "eilig@example.com"), new("Password", "ihr-richtiges-passwort")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task A_locked_account_and_an_unknown_address_get_the_same_answer()
    {
        using var site = new AcademySite(settings: Unthrottled, services: LockAfterFive);
        using var owner = site.NewBrowser();
        await owner.RegisterAsync("gesperrt@example.com");
        await owner.SubmitAsync(await owner.GetAsync("/"), [], formAction: "/account/logout");
        using var stranger = site.NewBrowser();
        for (var i = 0; i < 5; i++)
        {
            await stranger.SubmitAsync(await stranger.GetAsync("/account/login"), [new("Email", "gesperrt@example.com"), new("Password", $"geraten-{i}")]);
        }

        var locked = await SignInAsync(stranger, "gesperrt@example.com", "noch-ein-versuch");
        var unknown = await SignInAsync(stranger, "niemand@example.com", "noch-ein-versuch");

        await using var scope = site.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<LearnerAccount>>();
        Assert.True(await accounts.IsLockedOutAsync((await accounts.FindByEmailAsync("gesperrt@example.com"))!));
        Assert.Equal(unknown.Status, locked.Status);
        Assert.Equal(unknown.Document.QuerySelector("main")!.TextContent, locked.Document.QuerySelector("main")!.TextContent);
        Assert.Contains("E-Mail-Adresse oder Passwort stimmen nicht.", locked.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_reset_ends_a_lockout()
    {
        using var site = new AcademySite(settings: Unthrottled, services: LockAfterFive);
        using var owner = site.NewBrowser();
        await owner.RegisterAsync("zurueck@example.com");
        await owner.SubmitAsync(await owner.GetAsync("/"), [], formAction: "/account/logout");
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(owner, "zurueck@example.com", $"vertippt-{i}");
        }

        await using var scope = site.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<LearnerAccount>>();
        var account = (await accounts.FindByEmailAsync("zurueck@example.com"))!;
        var token = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(await accounts.GeneratePasswordResetTokenAsync(account)));
        var reset = await owner.GetAsync($"/account/reset-password?email=zurueck%40example.com&code={token}");
        await owner.SubmitAsync(reset, [new("Email", "zurueck@example.com"), new("Password", "ein-neues-passwort")]);
        await owner.SubmitAsync(await owner.GetAsync("/"), [], formAction: "/account/logout");

        var signedIn = await owner.SubmitAsync(await owner.GetAsync("/account/login"), [new("Email", "zurueck@example.com"), new("Password", "ein-neues-passwort")]);

        Assert.Equal("/me", signedIn.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("bekannt@example.com", "falsches-passwort")]
    [InlineData("unbekannt@example.com", "falsches-passwort")]
    public async Task Every_failed_sign_in_verifies_one_password_hash_whether_or_not_the_account_exists(string email, string password)
    {
        var hasher = new CountingHasher();
        using var site = new AcademySite(services: services => services.AddSingleton<IPasswordHasher<LearnerAccount>>(hasher));
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("bekannt@example.com");
        await browser.SubmitAsync(await browser.GetAsync("/"), [], formAction: "/account/logout");
        var login = await browser.GetAsync("/account/login");
        hasher.Verifications = 0;

        await browser.SubmitAsync(login, [new("Email", email), new("Password", password)]);

        Assert.Equal(1, hasher.Verifications);
    }

    [Fact]
    public async Task A_locked_account_still_verifies_a_password_hash()
    {
        var hasher = new CountingHasher();
        using var site = new AcademySite(
            settings: Unthrottled,
            services: services =>
            {
                LockAfterFive(services);
                services.AddSingleton<IPasswordHasher<LearnerAccount>>(hasher);
            });
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("gesperrt@example.com");
        await browser.SubmitAsync(await browser.GetAsync("/"), [], formAction: "/account/logout");
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(browser, "gesperrt@example.com", $"geraten-{i}");
        }

        hasher.Verifications = 0;
        await SignInAsync(browser, "gesperrt@example.com", "noch-einer");

        Assert.Equal(1, hasher.Verifications);
    }

    [Fact]
    public async Task Registering_is_throttled_hard_because_the_form_says_when_an_address_is_taken()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser(peer: "203.0.113.7");
        await browser.RegisterAsync("vergeben@example.com");
        await browser.SubmitAsync(await browser.GetAsync("/"), [], formAction: "/account/logout");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var form = await browser.GetAsync("/account/register");
            var answer = await browser.SubmitAsync(form, [new("DisplayName", "Neugier"), new("Email", $"probe{i}@example.com"), new("Password", "geheim-und-lang")]);
            answers.Add(answer.StatusCode);
            if (answer.StatusCode == HttpStatusCode.Redirect)
            {
                await browser.SubmitAsync(await browser.GetAsync("/"), [], formAction: "/account/logout");
            }
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], answers);
    }

    private static readonly Dictionary<string, string> Unthrottled = new() { ["Academy:RateLimits:SignIn:PermitLimit"] = "1000" };

    private static void LockAfterFive(IServiceCollection services) =>
        services.Configure<IdentityOptions>(identity => identity.Lockout.MaxFailedAccessAttempts = 5);

    private static async Task<LearnerBrowser.Page> SignInAsync(LearnerBrowser browser, string email, string password) =>
        await LearnerBrowser.Page.ReadAsync(await browser.SubmitAsync(await browser.GetAsync("/account/login"), [new("Email", email), new("Password", password)]));

    private sealed class CountingHasher : IPasswordHasher<LearnerAccount>
    {
        private readonly PasswordHasher<LearnerAccount> inner = new();

        public int Verifications { get; set; }

        public string HashPassword(LearnerAccount user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(LearnerAccount user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
