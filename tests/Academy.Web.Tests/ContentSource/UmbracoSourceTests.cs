using System.Diagnostics;
using System.Net;
using System.Text;
using Academy.Content;
using Academy.Content.Hosting;
using Academy.Content.Umbraco;
using Academy.Umbraco.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Web.Tests.ContentSource;

/// <summary>The site on the Umbraco source, against a fake Delivery API on loopback holding the test content.</summary>
public sealed class UmbracoSourceTests : IAsyncLifetime
{
    private const string Secret = "webhook-secret-long-and-random";
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(2);

    private FakeUmbraco fake = null!;

    private FakeDeliveryApi umbraco => fake.Api;

    public async Task InitializeAsync() => fake = await FakeUmbraco.StartAsync();

    public async Task DisposeAsync() => await fake.DisposeAsync();

    [Fact]
    public async Task The_site_serves_the_catalogue_from_umbraco_reading_page_by_page()
    {
        using var site = Site();
        using var browser = site.NewBrowser();

        var catalogue = await browser.GetAsync("/");
        var lesson = await browser.GetAsync("/courses/testkurs/erste-lektion");

        Assert.Contains("Testkurs Grundlagen", catalogue.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, lesson.Status);
        Assert.Contains("Worum es geht", lesson.Text, StringComparison.Ordinal);
        var lessonQueries = umbraco.Requests.Where(request => request.Query.Contains("filter=contentType:academyLesson", StringComparison.Ordinal)).ToList();
        Assert.True(lessonQueries.Count > 1, "the lessons did not take more than one page at PageSize 2");
        Assert.All(umbraco.Requests, request =>
        {
            Assert.Equal(FakeUmbraco.ApiKey, request.Header("Api-Key"));
            Assert.Null(request.Header("Accept-Language"));
        });
        Assert.All(umbraco.Requests.Where(request => request.Query.Length > 0), request =>
        {
            Assert.Contains("sort=sortOrder:asc", request.Query, StringComparison.Ordinal);
            Assert.Contains($"fetch=descendants:{FakeDeliveryApi.StartItemId}", request.Query, StringComparison.Ordinal);
        });
        Assert.True(File.Exists(fake.SnapshotPath), "the good content was not saved to disk");
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("en-US")]
    public async Task The_catalogue_is_read_whatever_the_umbraco_sites_language_because_no_accept_language_is_sent(string siteLanguage)
    {
        await using var site = await FakeDeliveryApi.StartAsync(apiKey: FakeUmbraco.ApiKey, languages: [siteLanguage]);
        site.LoadFolder(Path.Combine(AppContext.BaseDirectory, "TestContent"));
        using var academy = Site(cultures: ["de"], api: site);
        using var browser = academy.NewBrowser();

        var lesson = await browser.GetAsync("/courses/testkurs/erste-lektion");

        Assert.Equal(HttpStatusCode.OK, lesson.Status);
        Assert.Contains("Erste Lektion", lesson.Text, StringComparison.Ordinal);
        Assert.All(site.Requests, request => Assert.Null(request.Header("Accept-Language")));
    }

    [Fact]
    public async Task A_published_change_is_on_the_page_within_two_seconds_and_an_unpublished_lesson_is_gone()
    {
        using var site = Site();
        using var browser = site.NewBrowser();
        var lesson = Lesson("erste-lektion");
        Assert.Contains("Erste Lektion", (await browser.GetAsync("/courses/testkurs/erste-lektion")).Text, StringComparison.Ordinal);

        umbraco.Update(lesson.Key, "title", new UmbracoValue.Text("Erste Lektion, neu geschrieben"));
        var clock = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.Accepted, (await WebhookAsync(browser, "Umbraco.ContentPublish", lesson.Key)).StatusCode);

        Assert.True(
            await EventuallyAsync(async () => (await browser.GetAsync("/courses/testkurs/erste-lektion")).Text.Contains("Erste Lektion, neu geschrieben", StringComparison.Ordinal)),
            "the published title did not appear within 2 s");
        Assert.True(clock.Elapsed < Within, $"publish to page took {clock.Elapsed.TotalMilliseconds:0} ms");

        umbraco.Unpublish(Lesson("dritte-lektion").Key);
        await WebhookAsync(browser, "Umbraco.ContentUnpublish", Lesson("dritte-lektion").Key);

        Assert.True(
            await EventuallyAsync(async () => (await browser.GetAsync("/courses/testkurs/dritte-lektion")).Status == HttpStatusCode.NotFound),
            "the unpublished lesson still answered after 2 s");
    }

    [Fact]
    public async Task Without_a_webhook_the_poll_picks_a_change_up()
    {
        using var site = Site(pollInterval: "00:00:01");
        using var browser = site.NewBrowser();
        Assert.Contains("Erste Lektion", (await browser.GetAsync("/courses/testkurs/erste-lektion")).Text, StringComparison.Ordinal);

        umbraco.Update(Lesson("erste-lektion").Key, "title", new UmbracoValue.Text("Beim Nachsehen gefunden"));

        Assert.True(
            await EventuallyAsync(async () => (await browser.GetAsync("/courses/testkurs/erste-lektion")).Text.Contains("Beim Nachsehen gefunden", StringComparison.Ordinal), TimeSpan.FromSeconds(4)),
            "the poll did not pick the change up within 4 s at PollInterval 1 s");
    }

    [Fact]
    public async Task The_umbraco_webhook_is_not_there_while_markdown_is_the_source()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var response = await WebhookAsync(browser, "Umbraco.ContentPublish", Guid.NewGuid());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_or_missing_secret_gets_401_and_causes_no_refresh()
    {
        using var site = Site();
        using var browser = site.NewBrowser();
        var refresher = site.Services.GetRequiredService<ContentRefresher>();
        var refreshes = refresher.RefreshCount;
        var requests = umbraco.RequestCount;

        var wrong = await WebhookAsync(browser, "Umbraco.ContentPublish", Guid.NewGuid(), secret: Secret + "x");
        var missing = await WebhookAsync(browser, "Umbraco.ContentPublish", Guid.NewGuid(), secret: null);
        await Task.Delay(600);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(refreshes, refresher.RefreshCount);
        Assert.Equal(requests, umbraco.RequestCount);
    }

    [Fact]
    public async Task A_burst_of_publishes_makes_one_refresh_and_other_page_types_none()
    {
        using var site = Site();
        using var browser = site.NewBrowser();
        var refresher = site.Services.GetRequiredService<ContentRefresher>();
        var refreshes = refresher.RefreshCount;

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => WebhookAsync(browser, "Umbraco.ContentPublish", Lesson("erste-lektion").Key)));
        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode));
        await Task.Delay(1000);

        Assert.Equal(refreshes + 1, refresher.RefreshCount);
        var otherPage = await WebhookAsync(browser, "Umbraco.ContentPublish", Guid.NewGuid(), contentType: "blogPost");
        await Task.Delay(600);
        Assert.Equal(HttpStatusCode.OK, otherPage.StatusCode);
        Assert.Equal(refreshes + 1, refresher.RefreshCount);
    }

    [Fact]
    public async Task With_umbraco_down_during_a_refresh_the_last_good_content_is_still_served()
    {
        using var site = Site();
        using var admin = await site.SignInAdminAsync();
        umbraco.Update(Lesson("erste-lektion").Key, "title", new UmbracoValue.Text("Nie zu sehen"));
        umbraco.Down = true;

        await WebhookAsync(admin, "Umbraco.ContentPublish", Lesson("erste-lektion").Key);
        var store = site.Services.GetRequiredService<CatalogueStore>();

        Assert.True(await EventuallyAsync(() => Task.FromResult(store.Status.Outcome == RefreshOutcome.Unavailable)), "the failed refresh was not recorded");
        var lesson = await admin.GetAsync("/courses/testkurs/erste-lektion");
        Assert.Contains("Erste Lektion", lesson.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nie zu sehen", lesson.Text, StringComparison.Ordinal);
        var status = await admin.GetAsync("/admin/content");
        Assert.Contains("fehlgeschlagen: Quelle nicht erreichbar", status.Text, StringComparison.Ordinal);
        Assert.Contains("503", status.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restart_with_umbraco_down_serves_the_content_saved_on_disk_and_retries()
    {
        using (var first = Site())
        {
            using var browser = first.NewBrowser();
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/courses/testkurs")).Status);
        }

        umbraco.Down = true;
        using var second = Site(pollInterval: "00:00:01");
        using var visitor = second.NewBrowser();

        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/courses/testkurs")).Status);
        var store = second.Services.GetRequiredService<CatalogueStore>();
        Assert.Equal(RefreshOutcome.Unavailable, store.Status.Outcome);
        Assert.NotNull(store.Status.SavedSince);
        Assert.Equal(HttpStatusCode.OK, (await visitor.Client.GetAsync("/healthz")).StatusCode);

        umbraco.Down = false;
        Assert.True(await EventuallyAsync(() => Task.FromResult(store.Status.Outcome == RefreshOutcome.Refreshed), TimeSpan.FromSeconds(5)), "the site did not retry once Umbraco was back");
        Assert.Null(store.Status.SavedSince);
    }

    [Fact]
    public async Task A_first_start_with_umbraco_down_and_nothing_saved_starts_degraded()
    {
        umbraco.Down = true;
        using var site = Site();
        using var visitor = site.NewBrowser();

        var health = await visitor.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("\"lastRefresh\":\"Unavailable\"", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_items_are_reported_by_name_id_and_path_and_the_old_content_stays()
    {
        using var site = Site();
        using var admin = await site.SignInAdminAsync();
        var lesson = Lesson("zweite-lektion");
        umbraco.Update(lesson.Key, "title", null);
        umbraco.Update(lesson.Key, "minutes", new UmbracoValue.WholeNumber(90));

        var refresh = await admin.SubmitAsync(await admin.GetAsync("/admin/content"), [], handler: "Refresh");
        var page = await admin.FollowAsync(refresh);

        Assert.Contains("Die neuen Inhalte haben Fehler", page.Text, StringComparison.Ordinal);
        var errors = page.Document.QuerySelectorAll(".content-errors li").Select(item => item.TextContent).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, error => Assert.Contains($"Umbraco \"Zweite Lektion\" ({lesson.Key}) /testkurs/grundlagen/zweite-lektion/", error, StringComparison.Ordinal));
        Assert.Contains(errors, error => error.Contains("'title' fehlt", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.Contains("90", StringComparison.Ordinal));
        Assert.Contains("Zweite Lektion", (await site.NewBrowser().GetAsync("/courses/testkurs")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_editors_and_admins_see_drafts_in_the_uncached_noindexed_preview()
    {
        using var site = Site();
        var lesson = Lesson("erste-lektion");
        umbraco.SaveDraft(lesson.With("title", new UmbracoValue.Text("Entwurf: noch geheim")));
        using var visitor = site.NewBrowser();
        using var learner = site.NewBrowser();
        await learner.RegisterAsync("lerner@example.com");
        using var editor = site.NewBrowser();
        await editor.RegisterAsync("redaktion@example.com");
        using var admin = await site.SignInAdminAsync();

        var anonymous = await visitor.Client.GetAsync("/preview/courses/testkurs/erste-lektion");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        foreach (var notYetEditor in new[] { learner, editor })
        {
            var refused = await notYetEditor.FollowAsync(await notYetEditor.Client.GetAsync("/preview/courses/testkurs/erste-lektion"));
            Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
            Assert.DoesNotContain("Entwurf: noch geheim", refused.Text, StringComparison.Ordinal);
        }

        var grant = await admin.SubmitAsync(await admin.GetAsync("/admin/content"), [new("Email", "redaktion@example.com")], handler: "AddEditor");
        Assert.Contains("redaktion@example.com kann jetzt die Vorschau öffnen", (await admin.FollowAsync(grant)).Text, StringComparison.Ordinal);
        using var signedIn = site.NewBrowser();
        var login = await signedIn.GetAsync("/account/login");
        await signedIn.SubmitAsync(login, [new("Email", "redaktion@example.com"), new("Password", "geheim-und-lang")]);

        var response = await signedIn.Client.GetAsync("/preview/courses/testkurs/erste-lektion");
        var preview = await LearnerBrowser.Page.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("Entwurf: noch geheim", preview.Text, StringComparison.Ordinal);
        Assert.Equal("Vorschau", preview.Document.QuerySelector(".preview-banner strong")?.TextContent);
        Assert.NotNull(preview.Document.QuerySelector("meta[name=robots][content*=noindex]"));
        Assert.True(response.Headers.CacheControl?.NoStore, "the preview may be cached");
        Assert.Contains("noindex", response.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
        Assert.Contains(umbraco.Requests, request => request.Header("Preview") == "true" && request.Header("Api-Key") == FakeUmbraco.ApiKey);
        Assert.DoesNotContain("Entwurf: noch geheim", (await visitor.GetAsync("/courses/testkurs/erste-lektion")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/preview")).Status);
    }

    [Fact]
    public async Task A_new_draft_lesson_and_module_show_in_the_preview_where_they_belong()
    {
        using var site = Site();
        using var admin = await site.SignInAdminAsync();
        var module = umbraco.Documents.Single(document => document.Role == ContentTypeRole.Module && document.Slug == "grundlagen");
        var lesson = Lesson("erste-lektion");
        umbraco.SaveDraft(lesson with { Key = Guid.NewGuid(), Name = "Neue Lektion", Slug = "neue-lektion", SortOrder = 9, Values = lesson.With("title", new UmbracoValue.Text("Ganz neu im Entwurf")).With("umbracoUrlName", new UmbracoValue.Text("neue-lektion")).Values });
        var newModule = module with { Key = Guid.NewGuid(), Name = "Vertiefung", Slug = "vertiefung", SortOrder = 9, Values = module.With("title", new UmbracoValue.Text("Vertiefung")).With("umbracoUrlName", new UmbracoValue.Text("vertiefung")).Values };
        umbraco.SaveDraft(newModule);
        umbraco.SaveDraft(lesson with { Key = Guid.NewGuid(), ParentKey = newModule.Key, Name = "Im neuen Modul", Slug = "im-neuen-modul", SortOrder = 0, Values = lesson.With("title", new UmbracoValue.Text("Im neuen Modul")).With("umbracoUrlName", new UmbracoValue.Text("im-neuen-modul")).Values });

        var overview = await admin.GetAsync("/preview");
        var course = await admin.GetAsync("/preview/courses/testkurs");
        var draft = await admin.GetAsync("/preview/courses/testkurs/neue-lektion");

        Assert.True(overview.Document.QuerySelector("a[href='/preview/courses/testkurs']") is not null, overview.Text);
        Assert.Contains("Ganz neu im Entwurf", course.Text, StringComparison.Ordinal);
        Assert.Contains("Vertiefung", course.Text, StringComparison.Ordinal);
        Assert.Contains("Im neuen Modul", course.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, draft.Status);
        Assert.Contains("Ganz neu im Entwurf", draft.Text, StringComparison.Ordinal);
        Assert.Contains(umbraco.Requests, request => request.Header("Preview") == "true" && request.Query.Contains("fetch=children:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_package_whose_picker_lost_an_unpublished_course_is_refused_and_the_old_package_stays_on_sale()
    {
        using var site = Site();
        using var admin = await site.SignInAdminAsync();
        var course = umbraco.Documents.Single(document => document.Role == ContentTypeRole.Course && document.Slug == "zweiter-kurs");
        Assert.Contains(course.Name, (await admin.GetAsync("/packages")).Text, StringComparison.Ordinal);

        umbraco.Unpublish(course.Key);
        var refresh = await admin.SubmitAsync(await admin.GetAsync("/admin/content"), [], handler: "Refresh");
        var page = await admin.FollowAsync(refresh);

        Assert.Contains("Die neuen Inhalte haben Fehler", page.Text, StringComparison.Ordinal);
        var errors = page.Document.QuerySelectorAll(".content-errors li").Select(item => item.TextContent).ToList();
        var error = Assert.Single(errors, error => error.Contains("\"Alle Testkurse\"", StringComparison.Ordinal));
        Assert.Contains($"({course.Key})", error, StringComparison.Ordinal);
        Assert.Contains("nicht veröffentlicht", error, StringComparison.Ordinal);
        Assert.Contains(course.Name, (await admin.GetAsync("/packages")).Text, StringComparison.Ordinal);
    }

    private AcademySite Site(string pollInterval = "00:10:00", string[]? cultures = null, FakeDeliveryApi? api = null)
    {
        var settings = fake.SiteSettings(Secret, pollInterval, api);
        settings["Academy:Umbraco:PageSize"] = "2";
        foreach (var (culture, index) in (cultures ?? ["de"]).Select((culture, index) => (culture, index)))
        {
            settings[$"Academy:Umbraco:Cultures:{index}"] = culture;
        }

        return new AcademySite(settings: settings);
    }

    private UmbracoDocument Lesson(string slug) => fake.Lesson(slug);

    private static async Task<HttpResponseMessage> WebhookAsync(LearnerBrowser browser, string name, Guid id, string? secret = Secret, string contentType = "academyLesson")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/umbraco")
        {
            Content = new StringContent($$"""{ "id": "{{id}}", "name": "x", "contentType": "{{contentType}}" }""", Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add(UmbracoOptions.DefaultWebhookSecretHeader, secret);
        }

        request.Headers.Add("Umb-Webhook-Event", name);
        return await browser.Client.SendAsync(request);
    }

    private static Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan? within = null) =>
        FakeUmbraco.EventuallyAsync(condition, within ?? Within);
}
