using System.Net;
using System.Text;

namespace Academy.Web.Tests.Hardening;

/// <summary>
/// Requests from an outside fuzzing run that each got a 500. Every one must be refused with a 4xx
/// (or, for the language switch, redirected home) instead.
/// </summary>
public sealed class MalformedRequestTests
{
    public static TheoryData<string, string> VerbsWithoutAHandler => new()
    {
        { "POST", "/courses/testkurs" },
        { "PUT", "/courses/testkurs" },
        { "PUT", "/courses/testkurs/erste-lektion" },
        { "POST", "/check/test-check/result?a.q1=1&a.stunden=2&a.q3=1" },
        { "PUT", "/check/test-check/result?a.q1=1&a.stunden=2&a.q3=1" },
        { "PUT", "/check" },
        { "PUT", "/courses/testkurs/quiz/grundlagen" },
        { "DELETE", "/packages" },
    };

    [Theory]
    [MemberData(nameof(VerbsWithoutAHandler))]
    public async Task A_verb_the_page_has_no_handler_for_is_refused_with_405_not_rendered_without_its_model(string method, string url)
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        var token = (await browser.GetAsync("/account/login")).AntiforgeryToken;

        var response = await SendFormAsync(browser, method, url, [token]);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_post_without_the_handler_name_a_lesson_needs_is_not_found_and_marks_nothing_done()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("lena@example.de");
        var lesson = await browser.GetAsync("/courses/testkurs/erste-lektion");

        var response = await SendFormAsync(browser, "POST", "/courses/testkurs/erste-lektion", [lesson.AntiforgeryToken]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var course = await browser.GetAsync("/courses/testkurs");
        Assert.Contains("0 von 3 Lektionen erledigt", course.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nope")]
    [InlineData("")]
    [InlineData("%00")]
    public async Task An_unknown_handler_on_the_development_payment_page_is_not_found(string handler)
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("lena@example.de");
        var confirm = await browser.GetAsync("/checkout/alles");
        var toProvider = await browser.SubmitAsync(confirm, []);
        var providerUrl = toProvider.Headers.Location!.OriginalString;
        var providerPage = await browser.GetAsync(providerUrl);

        var response = await SendFormAsync(browser, "POST", $"{providerUrl}?handler={handler}", [providerPage.AntiforgeryToken]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        // The real handler still works afterwards: nothing was paid by the unknown one.
        var paid = await browser.SubmitAsync(providerPage, [], handler: "Pay");
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
    }

    [Fact]
    public async Task A_put_to_the_checkout_page_is_refused_with_405()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("lena@example.de");
        var confirm = await browser.GetAsync("/checkout/alles");

        var response = await SendFormAsync(browser, "PUT", "/checkout/alles", [confirm.AntiforgeryToken]);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    /// <summary>As they stand in the query string.</summary>
    public static TheoryData<string> ForeignReturnUrls => ["/%5Cevil.example", "/%09/evil", "/%00", "/%3Fx%3D%0D%0A", "%5C%5Cevil.example", "https%3A%2F%2Fevil.example%2F", "/%0D%0ALocation:%20https://evil.example", "//evil.example", "/%7F"];

    [Theory]
    [MemberData(nameof(ForeignReturnUrls))]
    public async Task The_language_switch_sends_a_bad_return_url_home(string returnUrl)
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var response = await browser.Client.GetAsync($"/language/en?returnUrl={returnUrl}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie => cookie.Contains("c%3Den", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_language_switch_escapes_a_local_return_url_outside_ascii_so_it_fits_the_location_header()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var response = await browser.Client.GetAsync("/language/en?returnUrl=/%C3%BCber%20uns");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/%C3%BCber uns", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_language_switch_keeps_a_local_return_url_with_its_query()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var response = await browser.Client.GetAsync($"/language/en?returnUrl={Uri.EscapeDataString("/check/test-check/result?a.q1=1&a.stunden=2")}");

        Assert.Equal("/check/test-check/result?a.q1=1&a.stunden=2", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded; charset=utf-7")]
    [InlineData("application/x-www-form-urlencoded; charset=klingon")]
    [InlineData("multipart/form-data; charset=utf-7; boundary=x")]
    public async Task A_form_in_a_charset_the_site_does_not_read_is_refused_with_415(string contentType)
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        var login = await browser.GetAsync("/account/login");
        var body = $"{login.AntiforgeryToken.Key}={Uri.EscapeDataString(login.AntiforgeryToken.Value)}&Email=a%40example.de&Password=x";

        var response = await SendRawAsync(browser, "POST", "/account/login", body, contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_form_in_utf8_or_without_a_charset_is_still_read()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        var login = await browser.GetAsync("/account/login");
        var body = $"{login.AntiforgeryToken.Key}={Uri.EscapeDataString(login.AntiforgeryToken.Value)}&Email=a%40example.de&Password=x";

        var withCharset = await SendRawAsync(browser, "POST", "/account/login", body, "application/x-www-form-urlencoded; charset=UTF-8");
        var without = await SendRawAsync(browser, "POST", "/account/login", body, "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.OK, withCharset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, without.StatusCode);
    }

    [Theory]
    [InlineData("a[")]
    [InlineData("a[b")]
    public async Task A_form_key_in_broken_bracket_syntax_is_ignored_rather_than_failing_model_binding(string key)
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        var login = await browser.GetAsync("/account/login");

        var response = await SendFormAsync(browser, "POST", $"/account/login?{Uri.EscapeDataString(key)}=1", [login.AntiforgeryToken, new(key, "1"), new("Email", "a@example.de"), new("Password", "x")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("E-Mail-Adresse oder Passwort stimmen nicht.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_an_editor_without_an_email_is_a_bad_request_and_removes_nobody()
    {
        using var site = new AcademySite(settings: AcademySite.AdminSettings);
        using var admin = await site.SignInAdminAsync();
        var page = await admin.GetAsync("/admin/content");

        var response = await SendFormAsync(admin, "POST", "/admin/content?handler=RemoveEditor", [page.AntiforgeryToken, new("email", "")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static Task<HttpResponseMessage> SendFormAsync(LearnerBrowser browser, string method, string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        browser.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new FormUrlEncodedContent(fields) });

    private static Task<HttpResponseMessage> SendRawAsync(LearnerBrowser browser, string method, string url, string body, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return browser.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = content });
    }
}
