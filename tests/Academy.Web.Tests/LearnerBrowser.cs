using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Academy.Web.Tests;

/// <summary>Drives the site the way a learner's browser does: reads forms, keeps cookies, follows redirects on request.</summary>
public sealed class LearnerBrowser(HttpClient client) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client { get; } = client;

    public async Task<Page> GetAsync(string url)
    {
        var response = await Client.GetAsync(url);
        return await Page.ReadAsync(response);
    }

    public async Task<Page> FollowAsync(HttpResponseMessage response)
    {
        var hops = 0;
        while (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && hops++ < 5)
        {
            response = await Client.GetAsync(response.Headers.Location);
        }

        return await Page.ReadAsync(response);
    }

    /// <summary>
    /// Fills a form and submits it, like a browser: the form whose action contains <paramref name="formAction"/>,
    /// else the first post form of the page's main content (with a button for <paramref name="handler"/>, when given).
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(Page page, IEnumerable<KeyValuePair<string, string>> fields, string? formAction = null, string? handler = null)
    {
        var candidates = formAction is null
            ? page.Document.QuerySelectorAll("main form").OfType<IHtmlFormElement>()
            : page.Document.Forms;
        var form = candidates
            .Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase))
            .Where(f => handler is null || f.QuerySelector($"button[formaction*='handler={handler}']") is not null)
            .FirstOrDefault(f => formAction is null || (f.GetAttribute("action") ?? "").Contains(formAction, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No post form on {page.Url}.");
        var action = handler is not null
            ? form.QuerySelector($"button[formaction*='handler={handler}']")?.GetAttribute("formaction") ?? throw new InvalidOperationException($"No {handler} button on {page.Url}.")
            : form.GetAttribute("action") is { Length: > 0 } explicitAction ? explicitAction : page.Url;
        var values = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Select(input => KeyValuePair.Create(input.Name ?? "", input.Value))
            .Concat(fields);
        return await Client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public async Task RegisterAsync(string email, string name = "Test Person", string password = "geheim-und-lang")
    {
        var page = await GetAsync("/account/register");
        var response = await SubmitAsync(page, [new("DisplayName", name), new("Email", email), new("Password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Buys a package the way a learner does with the Development provider: confirm, pay, come back.</summary>
    public async Task<Page> BuyAsync(string package)
    {
        var confirm = await GetAsync($"/checkout/{package}");
        var toProvider = await SubmitAsync(confirm, []);
        Assert.Equal(HttpStatusCode.Redirect, toProvider.StatusCode);
        var providerPage = await GetAsync(toProvider.Headers.Location!.OriginalString);
        var paid = await SubmitAsync(providerPage, [], formAction: null, handler: "Pay");
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        return await FollowAsync(paid);
    }

    public async Task RegisterAndBuyAsync(string email, string package = "alles")
    {
        await RegisterAsync(email);
        var success = await BuyAsync(package);
        Assert.Contains("freigeschaltet", success.Text, StringComparison.Ordinal);
    }

    /// <summary>Opens a quiz and starts an attempt, as the start button does; returns the attempt's page.</summary>
    public async Task<Page> StartQuizAsync(string quizUrl)
    {
        var start = await GetAsync(quizUrl);
        Assert.Equal(HttpStatusCode.OK, start.Status);
        var started = await SubmitAsync(start, [], handler: "Start");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var attempt = await FollowAsync(started);
        Assert.NotNull(attempt.Document.QuerySelector("form.quiz-form"));
        return attempt;
    }

    public void Dispose() => Client.Dispose();

    public sealed record Page(string Url, HttpStatusCode Status, string Html, IHtmlDocument Document)
    {
        public static async Task<Page> ReadAsync(HttpResponseMessage response)
        {
            var html = await response.Content.ReadAsStringAsync();
            return new Page(response.RequestMessage!.RequestUri!.PathAndQuery, response.StatusCode, html, Parser.ParseDocument(html));
        }

        public string Text => Document.Body?.TextContent ?? "";

        /// <summary>The field and value a learner sends by picking the option labelled <paramref name="label"/>, wherever the shuffle put it.</summary>
        public KeyValuePair<string, string> Choice(string label)
        {
            var input = Document.QuerySelectorAll("form.quiz-form label")
                .Where(l => l.TextContent.Trim() == label)
                .Select(l => Document.GetElementById(l.GetAttribute("for") ?? ""))
                .OfType<IHtmlInputElement>()
                .FirstOrDefault() ?? throw new InvalidOperationException($"No option '{label}' on {Url}.");
            return KeyValuePair.Create(input.Name!, input.Value);
        }

        /// <summary>The field and value of the select option labelled <paramref name="option"/> in the select labelled <paramref name="label"/>.</summary>
        public KeyValuePair<string, string> Selection(string label, string option)
        {
            var select = Document.QuerySelectorAll("form.quiz-form label")
                .Where(l => l.TextContent.Trim() == label)
                .Select(l => Document.GetElementById(l.GetAttribute("for") ?? ""))
                .OfType<IHtmlSelectElement>()
                .FirstOrDefault() ?? throw new InvalidOperationException($"No select '{label}' on {Url}.");
            var value = select.Options.FirstOrDefault(o => o.Text.Trim() == option)?.Value ?? throw new InvalidOperationException($"No option '{option}' in '{label}'.");
            return KeyValuePair.Create(select.Name!, value);
        }

        /// <summary>The antiforgery field of the page, for posts a form on it would not send by itself.</summary>
        public KeyValuePair<string, string> AntiforgeryToken =>
            KeyValuePair.Create("__RequestVerificationToken", Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? throw new InvalidOperationException($"No antiforgery token on {Url}."));

        /// <summary>The attempt this quiz page shows.</summary>
        public string AttemptId => Document.QuerySelector("form.quiz-form input[name=attempt]")?.GetAttribute("value") ?? throw new InvalidOperationException($"No attempt on {Url}.");
    }
}
