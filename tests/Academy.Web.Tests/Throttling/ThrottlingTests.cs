using System.Net;

namespace Academy.Web.Tests.Throttling;

public sealed class ThrottlingTests
{
    [Theory]
    [InlineData("/account/login", "SignIn")]
    [InlineData("/account/forgot-password", "SignIn")]
    [InlineData("/account/reset-password", "SignIn")]
    [InlineData("/account/register", "Register")]
    [InlineData("/check", "Check")]
    [InlineData("/checkout/alles", "Checkout")]
    [InlineData("/webhooks/stripe", "Webhooks")]
    [InlineData("/webhooks/umbraco", "Webhooks")]
    public async Task Posts_over_the_limit_get_429_with_retry_after(string path, string throttle)
    {
        using var site = new AcademySite(settings: Limit(throttle, 3));
        using var client = site.NewBrowser(peer: "203.0.113.7");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await client.Client.PostAsync(path, new FormUrlEncodedContent([]))).StatusCode);
        }

        var refused = await client.Client.PostAsync(path, new FormUrlEncodedContent([]));
        Assert.All(answers.Take(3), status => Assert.NotEqual(HttpStatusCode.TooManyRequests, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[3]);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task The_throttled_page_says_what_happened_and_when_to_try_again()
    {
        using var site = new AcademySite(settings: Limit("SignIn", 1));
        using var browser = site.NewBrowser(peer: "203.0.113.7");
        var login = await browser.GetAsync("/account/login");
        await browser.SubmitAsync(login, [new("Email", "a@example.com"), new("Password", "falsch-falsch")]);

        var refused = await LearnerBrowser.Page.ReadAsync(await browser.SubmitAsync(login, [new("Email", "a@example.com"), new("Password", "falsch-falsch")]));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("Zu viele Versuche", refused.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Versuch es in 10 Minuten noch einmal.", refused.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/login")).Status);
    }

    [Fact]
    public async Task Each_client_has_its_own_budget()
    {
        using var site = new AcademySite(settings: Limit("SignIn", 2));
        using var first = site.NewBrowser(peer: "203.0.113.7");
        using var second = site.NewBrowser(peer: "198.51.100.4");

        for (var i = 0; i < 3; i++)
        {
            await first.Client.PostAsync("/account/login", new FormUrlEncodedContent([]));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.Client.PostAsync("/account/login", new FormUrlEncodedContent([]))).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await second.Client.PostAsync("/account/login", new FormUrlEncodedContent([]))).StatusCode);
    }

    [Fact]
    public async Task Behind_a_known_proxy_the_forwarded_client_counts_and_a_forged_one_does_not()
    {
        var settings = new Dictionary<string, string>(Limit("SignIn", 2)) { ["Academy:Site:KnownProxies:0"] = "10.0.0.5" };
        using var site = new AcademySite(settings: settings);
        using var proxy = site.NewBrowser(peer: "10.0.0.5");
        using var stranger = site.NewBrowser(peer: "203.0.113.7");

        async Task<HttpStatusCode> PostAsync(LearnerBrowser via, string forwardedFor)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login") { Content = new FormUrlEncodedContent([]) };
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            return (await via.Client.SendAsync(request)).StatusCode;
        }

        for (var i = 0; i < 2; i++)
        {
            await PostAsync(proxy, "192.0.2.1");
            await PostAsync(stranger, $"192.0.2.{i + 50}");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync(proxy, "192.0.2.1"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await PostAsync(proxy, "192.0.2.2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync(stranger, "192.0.2.99"));
    }

    [Fact]
    public async Task Without_known_proxies_a_forged_forwarded_for_gets_no_fresh_budget()
    {
        using var site = new AcademySite(settings: Limit("SignIn", 2));
        using var client = site.NewBrowser(peer: "203.0.113.7");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login") { Content = new FormUrlEncodedContent([]) };
            request.Headers.Add("X-Forwarded-For", $"192.0.2.{i + 1}");
            answers.Add((await client.Client.SendAsync(request)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, answers[2]);
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[3]);
    }

    [Fact]
    public async Task An_ipv6_client_cannot_escape_its_limit_by_changing_addresses_within_its_64()
    {
        using var site = new AcademySite(settings: Limit("SignIn", 2));
        for (var i = 1; i <= 2; i++)
        {
            using var browser = site.NewBrowser(peer: $"2001:db8:1:2::{i}");
            await browser.Client.PostAsync("/account/login", new FormUrlEncodedContent([]));
        }

        using var rotated = site.NewBrowser(peer: "2001:db8:1:2:ffff::9");
        using var neighbour = site.NewBrowser(peer: "2001:db8:1:3::1");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await rotated.Client.PostAsync("/account/login", new FormUrlEncodedContent([]))).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await neighbour.Client.PostAsync("/account/login", new FormUrlEncodedContent([]))).StatusCode);
    }

    [Fact]
    public void A_limit_of_zero_refuses_to_start_and_names_the_setting()
    {
        using var site = new AcademySite(settings: Limit("Checkout", 0));

        var failure = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("Each Academy:RateLimits:<Name> needs a PermitLimit above 0", failure.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Limit(string throttle, int permits) => new()
    {
        [$"Academy:RateLimits:{throttle}:PermitLimit"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
