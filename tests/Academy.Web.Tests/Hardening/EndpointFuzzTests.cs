using System.Diagnostics;
using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Academy.Web.Tests.Hardening;

/// <summary>
/// Every endpoint the app maps, taken from its EndpointDataSource so a new page is covered without
/// touching this test, gets a fixed, seeded set of malformed requests as a visitor, a learner, a
/// buyer and the admin. None may answer 5xx, log an error, or send a header Kestrel would refuse.
/// </summary>
public sealed class EndpointFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20_261_128;
    private const string TokenField = "__RequestVerificationToken";
    private const int Huge = 100 * 1024;

    private static readonly HtmlParser Parser = new();

    private static readonly string[] Verbs = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"];

    private static readonly string[] JunkHandlers = ["Nope", "", "%00"];

    // No %00: Kestrel refuses a NUL in the path with a 400 before the app sees it, and the test server throws.
    private static readonly string[] JunkSegments =
        ["gibt-es-nicht", "%01", "%C3%BC", "%2e%2e", "..%2F..", "%25", "-1", "0", "00000000-0000-0000-0000-000000000000", "%0D%0A", "%27%22%3C%3E", "%E2%80%AE", new string('a', 2000)];

    private static readonly string[] Values =
        ["x", "1", "0", "-1", "true", "lena@example.de", "", "00000000-0000-0000-0000-000000000000", "1e309", "NaN", "A", "'\"><script>", "..\\..\\etc/passwd", "testkurs", " "];

    private static readonly string[] QueryNames = ["a[", "returnUrl", "session_id", "saved", "refreshed", "editor", "granted", "culture", "ui-culture", "a.q1"];

    private static readonly string[] ContentTypes =
    [
        "application/x-www-form-urlencoded",
        "application/x-www-form-urlencoded; charset=utf-7",
        "application/x-www-form-urlencoded; charset=klingon",
        "application/x-www-form-urlencoded; charset=\"utf-8\"",
        "text/plain",
        "application/json",
        "multipart/form-data",
        "multipart/form-data; boundary=fuzz",
        "garbage;;; =",
    ];

    private static IReadOnlyDictionary<string, string> FuzzSettings { get; } = new Dictionary<string, string>(AcademySite.AdminSettings)
    {
        // Without a secret the Stripe webhook is a 404; with one, the fuzz reaches its signature check.
        ["Stripe:WebhookSecret"] = "whsec_fuzz",

        // Past the rate limits the fuzz would only meet 429s. Sign-in and register keep theirs: each
        // attempt there costs a password hash (and a failed sign-in 250 ms); Throttling/ and Accounts/ test them.
        ["Academy:RateLimits:Check:PermitLimit"] = "100000",
        ["Academy:RateLimits:Checkout:PermitLimit"] = "100000",
        ["Academy:RateLimits:Webhooks:PermitLimit"] = "100000",
    };

    private enum Body
    {
        None,
        TokenOnly,
        Fields,
        SomeFieldsMissing,
        Repeated,
        Huge,
        Nul,
        NonAscii,
        JunkNames,
        InvalidUtf8,
    }

    private enum Token
    {
        Own,
        Missing,
        Truncated,
        OtherUser,
        OtherSite,
    }

    [Fact]
    public async Task No_endpoint_answers_malformed_requests_with_a_server_error_or_an_error_in_the_log()
    {
        var log = new SiteLog();
        using var site = new AcademySite(settings: FuzzSettings, logs: log);
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.Timeout = TimeSpan.FromSeconds(20);
        var world = await World.ArrangeAsync(site, client);
        var endpoints = site.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal)
            .ToList();
        var random = new Random(Seed);
        var run = new Run(client, log);
        var clock = Stopwatch.StartNew();

        foreach (var endpoint in endpoints)
        {
            foreach (var request in await VariantsAsync(endpoint, world, run, random))
            {
                await run.SendAsync(request);
            }
        }

        clock.Stop();
        output.WriteLine($"{endpoints.Count} endpoints, {run.Sent} requests, {run.ServerErrors} answered 5xx, {clock.Elapsed.TotalSeconds:0.0} s (seed {Seed}).");
        foreach (var group in run.Statuses.OrderBy(s => s.Key))
        {
            output.WriteLine($"  {group.Key}: {group.Value}");
        }

        var unreached = endpoints.Select(e => e.RoutePattern.RawText ?? "").Where(pattern => !run.Reached.Contains(pattern)).ToList();
        output.WriteLine($"Endpoints whose real URL never answered 2xx or 3xx: {string.Join(", ", unreached)}");

        Assert.True(endpoints.Count >= 25, $"Only {endpoints.Count} endpoints found; is the EndpointDataSource the app's?");
        // Only the webhooks need what a fuzzer lacks (a signature, the Umbraco source); every other
        // endpoint must be reached with real values, or its malformed variants test nothing but a 404.
        Assert.True(unreached.All(pattern => pattern.StartsWith("/webhooks/", StringComparison.Ordinal)), $"Give these route parameters real values: {string.Join(", ", unreached)}");
        Assert.True(run.Failures.Count == 0, $"{run.Failures.Count} of {run.Sent} requests failed:\n{string.Join("\n", run.Failures.Take(300))}");
    }

    private static async Task<List<FuzzRequest>> VariantsAsync(RouteEndpoint endpoint, World world, Run run, Random random)
    {
        var page = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>();
        var realUrl = UrlOf(endpoint.RoutePattern, name => world.RouteValues.GetValueOrDefault(name, "x"));
        var pattern = endpoint.RoutePattern.RawText ?? realUrl;
        var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var handlerNames = page?.HandlerMethods.Select(h => h.Name).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList() ?? [];
        var postHandlers = page?.HandlerMethods.Where(h => h.HttpMethod.Equals("Post", StringComparison.OrdinalIgnoreCase)).Select(h => h.Name).Distinct().ToList() ?? [];

        // The page's own field names: bound properties and handler parameters, and what its forms send.
        var fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in page?.BoundProperties ?? [])
        {
            fields.Add(property.BindingInfo?.BinderModelName ?? property.Name);
        }

        foreach (var parameter in page?.HandlerMethods.SelectMany(h => h.Parameters) ?? [])
        {
            if (parameter.ParameterType != typeof(CancellationToken) && !routeNames.Contains(parameter.Name))
            {
                fields.Add(parameter.BindingInfo?.BinderModelName ?? parameter.Name);
            }
        }

        foreach (var identity in world.Identities)
        {
            if (await run.SendAsync(new FuzzRequest(pattern, "GET", realUrl, identity, null, null, "read forms", Real: true)) is { } html)
            {
                foreach (var element in Parser.ParseDocument(html).QuerySelectorAll("form [name]"))
                {
                    fields.Add(element.GetAttribute("name")!);
                }
            }
        }

        fields.Remove(TokenField);
        var names = fields.Order(StringComparer.Ordinal).ToList();
        var requests = new List<FuzzRequest>();
        var urls = new List<(string Url, bool Real)> { (realUrl, true) };
        if (routeNames.Count > 0)
        {
            urls.Add((UrlOf(endpoint.RoutePattern, _ => Pick(random, JunkSegments)), false));
            urls.Add((UrlOf(endpoint.RoutePattern, name => random.Next(2) == 0 ? Pick(random, JunkSegments) : world.RouteValues.GetValueOrDefault(name, "x")), false));
        }

        foreach (var (url, real) in urls)
        {
            var identities = real ? world.Identities : [world.Identities[0], Pick(random, world.Identities.Skip(1).ToList())];
            foreach (var verb in Verbs)
            {
                foreach (var handler in JunkHandlers.Cast<string?>().Prepend(null).Concat(handlerNames))
                {
                    var target = handler is null ? url : $"{url}?handler={handler}";
                    foreach (var identity in identities)
                    {
                        if (verb is "GET" or "HEAD")
                        {
                            requests.Add(new FuzzRequest(pattern, verb, target, identity, null, null, "no body", real));
                            var query = Pick(random, [.. QueryNames, .. names]);
                            var junk = random.Next(3) == 0 ? Pick(random, JunkSegments) : Uri.EscapeDataString(Pick(random, Values));
                            requests.Add(new FuzzRequest(pattern, verb, $"{target}{(handler is null ? '?' : '&')}{Uri.EscapeDataString(query)}={junk}", identity, null, null, "junk query", real));
                            continue;
                        }

                        requests.Add(FormRequest(pattern, verb, target, identity, world, names, random, RandomBody(random), RandomToken(random), Pick(random, ContentTypes), real));
                    }
                }
            }
        }

        // Every kind of malformed form, token and content type against each real POST handler, as each person.
        foreach (var handler in postHandlers)
        {
            var target = handler is null ? realUrl : $"{realUrl}?handler={handler}";
            foreach (var identity in world.Identities)
            {
                foreach (var body in Enum.GetValues<Body>())
                {
                    requests.Add(FormRequest(pattern, "POST", target, identity, world, names, random, body, Token.Own, ContentTypes[0], Real: true));
                }

                foreach (var token in Enum.GetValues<Token>().Skip(1))
                {
                    requests.Add(FormRequest(pattern, "POST", target, identity, world, names, random, Body.Fields, token, ContentTypes[0], Real: true));
                }

                foreach (var contentType in ContentTypes.Skip(1))
                {
                    requests.Add(FormRequest(pattern, "POST", target, identity, world, names, random, Body.Fields, Token.Own, contentType, Real: true));
                }
            }
        }

        return requests;
    }

    private static FuzzRequest FormRequest(
        string pattern, string verb, string url, Identity identity, World world, IReadOnlyList<string> names, Random random, Body body, Token token, string contentType, bool Real)
    {
        if (body == Body.None)
        {
            return new FuzzRequest(pattern, verb, url, identity, null, null, $"no body, {token} token", Real);
        }

        var pairs = new List<(string Name, string Value, bool Raw)>();
        var tokenValue = token switch
        {
            Token.Own => identity.Token,
            Token.Truncated => identity.Token[..(identity.Token.Length / 2)],
            Token.OtherUser => world.Identities.First(i => i != identity).Token,
            Token.OtherSite => world.OtherSiteToken,
            _ => null,
        };
        if (tokenValue is not null)
        {
            pairs.Add((TokenField, tokenValue, false));
        }

        var chosen = body switch
        {
            Body.TokenOnly => [],
            Body.SomeFieldsMissing => names.Where(_ => random.Next(2) == 0).ToList(),
            _ => names,
        };
        foreach (var name in chosen)
        {
            pairs.Add((name, Pick(random, Values), false));
            if (body == Body.Repeated)
            {
                pairs.Add((name, Pick(random, Values), false));
            }
        }

        switch (body)
        {
            case Body.Repeated when tokenValue is not null:
                pairs.Add((TokenField, tokenValue, false));
                break;
            case Body.Huge:
                pairs.Add((names.Count > 0 ? Pick(random, names) : "text", new string('x', Huge), false));
                break;
            case Body.Nul:
                pairs.AddRange(names.Select(n => (n, "a\0b", false)).DefaultIfEmpty(("nul\0name", "\0", false)));
                break;
            case Body.NonAscii:
                pairs.AddRange(names.Select(n => (n, "Grüße 👋 مرحبا ‮", false)).Append(("ümlaut", "ß", false)));
                break;
            case Body.JunkNames:
                pairs.AddRange([("a[", "1", false), ("", "leer", false), ("a.b.c[0][x]", "1", false), ("__proto__", "1", false), (new string('n', 2000), "1", false)]);
                break;
            case Body.InvalidUtf8:
                pairs.AddRange(names.Select(n => (n, "%FF%FE%C0%AF%ED%A0%80", true)).Append(("x", "%FF", true)));
                break;
        }

        byte[] bytes;
        if (contentType == "multipart/form-data; boundary=fuzz")
        {
            var multipart = new StringBuilder();
            foreach (var (name, value, _) in pairs)
            {
                multipart.Append("--fuzz\r\nContent-Disposition: form-data; name=\"").Append(name).Append("\"\r\n\r\n").Append(value).Append("\r\n");
            }

            bytes = Encoding.UTF8.GetBytes(multipart.Append("--fuzz--\r\n").ToString());
        }
        else
        {
            bytes = Encoding.UTF8.GetBytes(string.Join("&", pairs.Select(p => $"{Uri.EscapeDataString(p.Name)}={(p.Raw ? p.Value : Uri.EscapeDataString(p.Value))}")));
        }

        return new FuzzRequest(pattern, verb, url, identity, contentType, bytes, $"{body} body, {token} token", Real);
    }

    private static string UrlOf(RoutePattern pattern, Func<string, string> valueOf)
    {
        var url = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            url.Append('/');
            foreach (var part in segment.Parts)
            {
                url.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternParameterPart parameter => valueOf(parameter.Name),
                    RoutePatternSeparatorPart separator => separator.Content,
                    _ => "",
                });
            }
        }

        return url.Length == 0 ? "/" : url.ToString();
    }

    private static Body RandomBody(Random random) => Pick(random, Enum.GetValues<Body>());

    private static Token RandomToken(Random random) => random.Next(2) == 0 ? Token.Own : Pick(random, Enum.GetValues<Token>());

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private sealed record FuzzRequest(string Pattern, string Method, string Url, Identity As, string? ContentType, byte[]? Body, string Variant, bool Real);

    /// <summary>One person, with the cookies and antiforgery token a browser of theirs would hold; sent as fixed headers, so no request can sign them out.</summary>
    private sealed record Identity(string Name, string Cookies, string Token);

    /// <summary>Sends the requests one after another and keeps what went wrong, with the log entries each one caused.</summary>
    private sealed class Run(HttpClient client, SiteLog log)
    {
        public int Sent { get; private set; }

        public int ServerErrors { get; private set; }

        public List<string> Failures { get; } = [];

        public SortedDictionary<int, int> Statuses { get; } = [];

        public HashSet<string> Reached { get; } = new(StringComparer.Ordinal);

        /// <summary>Sends the request; returns the body of a successful GET of a real URL, for its forms.</summary>
        public async Task<string?> SendAsync(FuzzRequest request)
        {
            using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
            message.Headers.TryAddWithoutValidation("Cookie", request.As.Cookies);
            if (request.Body is not null)
            {
                message.Content = new ByteArrayContent(request.Body);
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }

            var logged = log.Entries.Count;
            var what = $"{request.Method} {Shorten(request.Url)} [{request.ContentType ?? "no content type"}; {request.Variant}] as {request.As.Name}";
            Sent++;
            try
            {
                using var response = await client.SendAsync(message);
                var status = (int)response.StatusCode;
                Statuses[status] = Statuses.GetValueOrDefault(status) + 1;
                if (status >= 500)
                {
                    ServerErrors++;
                    Failures.Add($"{what} → {status}");
                }

                if (request.Real && status < 400)
                {
                    Reached.Add(request.Pattern);
                }

                // The test server writes any header; Kestrel refuses these and turns the response into a 500.
                foreach (var (name, values) in response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated))
                {
                    if (values.Any(v => v.Any(c => c is < ' ' and not '\t' or > '~')))
                    {
                        Failures.Add($"{what} → {status} with a header Kestrel cannot send: {name}: {Shorten(string.Join(", ", values))}");
                    }
                }

                AddErrorsLoggedSince(logged, what, status.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return request.Method == "GET" && response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : null;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or InvalidOperationException or IOException)
            {
                Failures.Add($"{what} → threw {exception.GetType().Name}: {exception.Message}");
                AddErrorsLoggedSince(logged, what, "no response");
                return null;
            }
        }

        private void AddErrorsLoggedSince(int logged, string what, string status)
        {
            foreach (var entry in log.Entries.Skip(logged).Where(e => e.Level >= LogLevel.Error))
            {
                Failures.Add($"{what} → {status}, logged {entry}");
            }
        }

        private static string Shorten(string text) => text.Length <= 200 ? text : $"{text[..200]}… ({text.Length} chars)";
    }

    /// <summary>The people and the rows the fuzzing needs: real slugs, a checkout session, a quiz attempt, a saved check.</summary>
    private sealed record World(IReadOnlyList<Identity> Identities, IReadOnlyDictionary<string, string> RouteValues, string OtherSiteToken)
    {
        public static async Task<World> ArrangeAsync(AcademySite site, HttpClient client)
        {
            using var learner = site.NewBrowser();
            await learner.RegisterAsync("lerner@example.de");
            var check = await learner.GetAsync("/check");
            var saved = await learner.SubmitAsync(check, [new("a.q1", "0"), new("a.stunden", "0"), new("a.q3", "0")]);
            var savedCheck = saved.Headers.Location!.OriginalString.Split('/')[^1];
            var confirm = await learner.GetAsync("/checkout/alles");
            var toProvider = await learner.SubmitAsync(confirm, []);
            var session = toProvider.Headers.Location!.OriginalString.Split('/')[^1];

            using var buyer = site.NewBrowser();
            await buyer.RegisterAndBuyAsync("kaeufer@example.de");
            var attempt = (await buyer.StartQuizAsync("/courses/testkurs/quiz/grundlagen")).AttemptId;

            using var otherSite = new AcademySite();
            using var otherClient = otherSite.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            var stranger = await SignInAsync(otherClient, "Fremde Seite", null, null);

            Identity[] identities =
            [
                await SignInAsync(client, "visitor", null, null),
                await SignInAsync(client, "learner", "lerner@example.de", "geheim-und-lang"),
                await SignInAsync(client, "buyer", "kaeufer@example.de", "geheim-und-lang"),
                await SignInAsync(client, "admin", AcademySite.AdminSettings["Academy:Admin:Email"], AcademySite.AdminSettings["Academy:Admin:Password"]),
            ];
            var routeValues = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["course"] = "testkurs",
                ["lesson"] = "erste-lektion",
                ["quiz"] = "grundlagen",
                ["assessment"] = "test-check",
                ["package"] = "alles",
                ["session"] = session,
                ["id"] = savedCheck,
                ["attempt"] = attempt,
                ["status"] = "404",
                ["culture"] = "en",
                ["handler"] = "",
            };
            return new World(identities, routeValues, stranger.Token);
        }

        /// <summary>Signs in without a cookie container: the cookies are read from the responses and kept as one header.</summary>
        private static async Task<Identity> SignInAsync(HttpClient client, string name, string? email, string? password)
        {
            var cookies = new Dictionary<string, string>(StringComparer.Ordinal);
            var token = await TokenAsync(client, cookies);
            if (email is not null)
            {
                using var login = new HttpRequestMessage(HttpMethod.Post, "/account/login")
                {
                    Content = new FormUrlEncodedContent([new(TokenField, token), new("Email", email), new("Password", password!)]),
                };
                login.Headers.TryAddWithoutValidation("Cookie", Header(cookies));
                using var response = await client.SendAsync(login);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Keep(response, cookies);
                // The antiforgery token names the user it was issued to; fetch the signed-in one.
                token = await TokenAsync(client, cookies);
            }

            return new Identity(name, Header(cookies), token);
        }

        private static async Task<string> TokenAsync(HttpClient client, Dictionary<string, string> cookies)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
            request.Headers.TryAddWithoutValidation("Cookie", Header(cookies));
            using var response = await client.SendAsync(request);
            Keep(response, cookies);
            var html = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
            return html.QuerySelector($"input[name={TokenField}]")?.GetAttribute("value") ?? throw new InvalidOperationException("No antiforgery token on /account/login.");
        }

        private static void Keep(HttpResponseMessage response, Dictionary<string, string> cookies)
        {
            foreach (var setCookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = setCookie.Split(';')[0].Split('=', 2);
                if (pair[1].Length == 0)
                {
                    cookies.Remove(pair[0]);
                }
                else
                {
                    cookies[pair[0]] = pair[1];
                }
            }
        }

        private static string Header(Dictionary<string, string> cookies) => string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));
    }
}
