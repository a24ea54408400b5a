using System.Diagnostics;
using System.Net;
using System.Text;
using Academy.Content;
using Academy.Content.Hosting;
using Academy.Content.Umbraco;
using Academy.Umbraco.Fakes;
using Academy.Umbraco.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Strings;
using Xunit.Abstractions;

namespace Academy.Web.Tests.ContentSource;

/// <summary>
/// /webhooks/umbraco with the package's signed notifications and with Umbraco's own webhooks in the
/// shapes Umbraco 17 sends them, against the fake Delivery API.
/// </summary>
public sealed class UmbracoNotificationTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Secret = "a-long-random-notify-secret-0123456789";
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(2);

    private FakeUmbraco fake = null!;

    private FakeDeliveryApi umbraco => fake.Api;

    public async Task InitializeAsync() => fake = await FakeUmbraco.StartAsync();

    public async Task DisposeAsync() => await fake.DisposeAsync();

    [Fact]
    public async Task A_publish_reaches_the_page_within_two_seconds_through_the_packages_signed_notification()
    {
        using var site = Site();
        using var browser = site.NewBrowser();
        var lesson = Lesson("erste-lektion");
        Assert.Contains("Erste Lektion", (await browser.GetAsync("/courses/testkurs/erste-lektion")).Text, StringComparison.Ordinal);
        using var notifier = Notifier(site);
        await notifier.StartAsync(CancellationToken.None);
        var handler = new NotifyAcademy(notifier, UmbracoAliases.Default, TimeProvider.System);

        // The editor publishes: the Delivery API serves the new title, and Umbraco raises the notification.
        var published = new ContentPublishedNotification(UmbracoDocument(lesson), new EventMessages());
        umbraco.Update(lesson.Key, "title", new UmbracoValue.Text("Erste Lektion, sofort live"));
        var clock = Stopwatch.StartNew();
        handler.Handle(published);
        var handled = clock.Elapsed;

        var live = await EventuallyAsync(async () => (await browser.GetAsync("/courses/testkurs/erste-lektion")).Text.Contains("Erste Lektion, sofort live", StringComparison.Ordinal));
        var took = clock.Elapsed;
        await notifier.StopAsync(CancellationToken.None);

        output.WriteLine($"publish to page: {took.TotalMilliseconds:0} ms (the handler returned after {handled.TotalMilliseconds:0.0} ms)");
        Assert.True(live, "the published title did not appear within 2 s");
        Assert.True(took < Within, $"publish to page took {took.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task A_signed_notification_refreshes_without_the_shared_secret_header()
    {
        using var site = Site();
        using var browser = site.NewBrowser();
        var refresher = site.Services.GetRequiredService<ContentRefresher>();
        var refreshes = refresher.RefreshCount;
        var body = new ContentNotification(ContentNotification.Sorted, [Lesson("erste-lektion").Key], DateTimeOffset.UtcNow).ToJson();

        var response = await SignedAsync(browser, body, NotificationSignature.Sign(body, Secret, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(await EventuallyAsync(() => Task.FromResult(refresher.RefreshCount == refreshes + 1)), "the signed notification caused no refresh");
    }

    [Theory]
    [InlineData("tampered body")]
    [InlineData("wrong secret")]
    [InlineData("old timestamp")]
    [InlineData("no v1")]
    public async Task A_bad_signature_gets_401_and_causes_no_refresh(string how)
    {
        using var site = Site();
        using var browser = site.NewBrowser();
        var refresher = site.Services.GetRequiredService<ContentRefresher>();
        var refreshes = refresher.RefreshCount;
        var requests = umbraco.RequestCount;
        var body = new ContentNotification(ContentNotification.Published, [Lesson("erste-lektion").Key], DateTimeOffset.UtcNow).ToJson();
        var (sent, signature) = how switch
        {
            "tampered body" => (body.Replace(ContentNotification.Published, ContentNotification.Unpublished, StringComparison.Ordinal), NotificationSignature.Sign(body, Secret, DateTimeOffset.UtcNow)),
            "wrong secret" => (body, NotificationSignature.Sign(body, Secret + "-other", DateTimeOffset.UtcNow)),
            // A delivery recorded six minutes ago and sent again, signature and all.
            "old timestamp" => (body, NotificationSignature.Sign(body, Secret, DateTimeOffset.UtcNow.AddMinutes(-6))),
            _ => (body, $"t={DateTimeOffset.UtcNow.ToUnixTimeSeconds()}"),
        };

        var response = await SignedAsync(browser, sent, signature);
        await Task.Delay(600);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(refreshes, refresher.RefreshCount);
        Assert.Equal(requests, umbraco.RequestCount);
    }

    [Theory]
    [InlineData("Umbraco.ContentPublish", "null")]
    [InlineData("Umbraco.ContentPublish", """{ "name": "Erste Lektion" }""")]
    [InlineData("Umbraco.ContentDelete", "{}")]
    [InlineData("Umbraco.ContentSorted", "[null, null]")]
    public async Task A_plain_webhook_without_an_id_gets_200_and_a_refresh(string name, string body)
    {
        using var site = Site();
        using var browser = site.NewBrowser();
        umbraco.Update(Lesson("erste-lektion").Key, "title", new UmbracoValue.Text("Ohne Id gefunden"));

        var response = await PlainAsync(browser, name, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(
            await EventuallyAsync(async () => (await browser.GetAsync("/courses/testkurs/erste-lektion")).Text.Contains("Ohne Id gefunden", StringComparison.Ordinal)),
            "the change did not appear within 2 s");
    }

    // Umbraco.Cms.Core.Webhooks.Events: the Minimal payloads (ContentMovedWebhookEvent, …) are arrays
    // of { id }, sorting adds sortOrder; the Legacy move sends MoveEventInfo objects around the entity.
    [Theory]
    [InlineData("Umbraco.ContentMovedToRecycleBin", """[{ "id": "{id}" }]""")]
    [InlineData("Umbraco.ContentMoved", """[{ "id": "{id}" }]""")]
    [InlineData("Umbraco.ContentMoved", """[{ "entity": { "key": "{id}", "contentType": { "alias": "academyLesson" } }, "originalPath": "-1,1051,1052", "newParentId": 1060 }]""")]
    [InlineData("Umbraco.ContentSorted", """[{ "id": "{id}", "sortOrder": 0 }, { "id": "{other}", "sortOrder": 1 }]""")]
    public async Task Trashing_moving_and_sorting_refresh_the_catalogue(string name, string body)
    {
        using var site = Site();
        using var browser = site.NewBrowser();
        var lesson = Lesson("erste-lektion");
        umbraco.Update(lesson.Key, "title", new UmbracoValue.Text("Nach dem Verschieben"));

        var response = await PlainAsync(browser, name, body.Replace("{id}", lesson.Key.ToString(), StringComparison.Ordinal).Replace("{other}", Lesson("zweite-lektion").Key.ToString(), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(
            await EventuallyAsync(async () => (await browser.GetAsync("/courses/testkurs/erste-lektion")).Text.Contains("Nach dem Verschieben", StringComparison.Ordinal)),
            $"{name} did not refresh the page within 2 s");
    }

    [Fact]
    public async Task Sorting_only_the_agencys_other_pages_causes_no_refresh()
    {
        using var site = Site();
        using var browser = site.NewBrowser();
        var refresher = site.Services.GetRequiredService<ContentRefresher>();
        var refreshes = refresher.RefreshCount;

        var response = await PlainAsync(browser, "Umbraco.ContentSorted", $$"""[{ "id": "{{Guid.NewGuid()}}", "contentType": "blogPost" }, { "id": "{{Guid.NewGuid()}}", "contentType": "blogPost" }]""");
        await Task.Delay(600);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(refreshes, refresher.RefreshCount);
    }

    private AcademySite Site() => new(settings: fake.SiteSettings(Secret));

    /// <summary>The package's notifier as the Umbraco site registers it, posting into the test server.</summary>
    private static AcademyNotifier Notifier(AcademySite site) =>
        new(
            new SiteClients(site.Server.CreateHandler()),
            Options.Create(new NotifyOptions { Url = "http://localhost/webhooks/umbraco", Secret = Secret }),
            TimeProvider.System,
            NullLogger<AcademyNotifier>.Instance);

    /// <summary>The lesson as Umbraco's content service hands it to notification handlers.</summary>
    private static global::Umbraco.Cms.Core.Models.Content UmbracoDocument(UmbracoDocument lesson)
    {
        var shortStrings = new DefaultShortStringHelper(new DefaultShortStringHelperConfig().WithDefault(new RequestHandlerSettings()));
        var type = new ContentType(shortStrings, Constants.System.Root) { Alias = UmbracoAliases.Default[ContentTypeRole.Lesson], Name = "Academy-Lektion" };
        return new global::Umbraco.Cms.Core.Models.Content(lesson.Slug, Constants.System.Root, type) { Key = lesson.Key };
    }

    private UmbracoDocument Lesson(string slug) => fake.Lesson(slug);

    private static async Task<HttpResponseMessage> SignedAsync(LearnerBrowser browser, string body, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/umbraco") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(NotificationSignature.Header, signature);
        return await browser.Client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> PlainAsync(LearnerBrowser browser, string name, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/umbraco") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(UmbracoOptions.DefaultWebhookSecretHeader, Secret);
        request.Headers.Add("Umb-Webhook-Event", name);
        return await browser.Client.SendAsync(request);
    }

    private static Task<bool> EventuallyAsync(Func<Task<bool>> condition) => FakeUmbraco.EventuallyAsync(condition, Within);

    private sealed class SiteClients(HttpMessageHandler server) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(server, disposeHandler: false);
    }
}
