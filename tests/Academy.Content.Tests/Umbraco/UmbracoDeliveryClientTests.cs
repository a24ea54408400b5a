using Academy.Content.Markdown;
using Academy.Content.Snapshot;
using Academy.Content.Umbraco;
using Academy.Umbraco.Fakes;
using Microsoft.Extensions.Options;

namespace Academy.Content.Tests.Umbraco;

/// <summary>The client against a fake that is as strict as Umbraco 17 about start items, paths, languages and routes.</summary>
public sealed class UmbracoDeliveryClientTests
{
    [Fact]
    public async Task A_path_start_item_at_the_root_is_sent_as_start_item_and_never_again_as_a_path()
    {
        using var folder = ContentFolder.WithOneCourse();
        await using var api = await Loaded(folder);

        var result = await ReadAsync(api, FakeDeliveryApi.StartItemPath);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(Expected(folder), CatalogueShape.Of(result.Catalogue!));
        Assert.DoesNotContain(api.Requests, request => request.Query.Contains($"fetch=descendants:{FakeDeliveryApi.StartItemPath}", StringComparison.Ordinal));
        Assert.All(api.Requests.Where(request => request.Query.Length > 0), request => Assert.Equal(FakeDeliveryApi.StartItemId.ToString(), request.Header("Start-Item")));
    }

    [Fact]
    public async Task A_guid_start_item_below_the_sites_home_is_read_without_a_start_item_header()
    {
        using var folder = ContentFolder.WithOneCourse();
        await using var api = await Loaded(folder);
        api.PlaceBelowHome();

        var result = await ReadAsync(api, FakeDeliveryApi.StartItemId.ToString());

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(Expected(folder), CatalogueShape.Of(result.Catalogue!));
        Assert.All(api.Requests, request => Assert.Null(request.Header("Start-Item")));
        Assert.All(api.Requests, request => Assert.Equal(200, request.StatusCode));
    }

    [Fact]
    public async Task A_path_start_item_below_the_sites_home_names_the_root_first()
    {
        using var folder = ContentFolder.WithOneCourse();
        await using var api = await Loaded(folder);
        api.PlaceBelowHome("home");

        var result = await ReadAsync(api, $"home/{FakeDeliveryApi.StartItemPath}");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(Expected(folder), CatalogueShape.Of(result.Catalogue!));
    }

    [Fact]
    public async Task A_start_item_umbraco_does_not_have_is_named_in_the_error()
    {
        await using var api = await FakeDeliveryApi.StartAsync();

        var missing = await Assert.ThrowsAsync<ContentSourceUnavailableException>(() => ReadAsync(api, "gibt-es-nicht"));

        Assert.Contains("'gibt-es-nicht' for Academy:Umbraco:StartItem", missing.Message, StringComparison.Ordinal);
        Assert.Contains(FakeDeliveryApi.StartItemNotFound, missing.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("en-US")]
    public async Task Whatever_the_sites_language_the_invariant_items_are_read_without_accept_language(string language)
    {
        using var folder = ContentFolder.WithOneCourse();
        await using var api = await Loaded(folder, languages: [language]);

        var result = await ReadAsync(api, FakeDeliveryApi.StartItemId.ToString(), cultures: ["de"]);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(Expected(folder), CatalogueShape.Of(result.Catalogue!));
        Assert.All(api.Requests, request => Assert.Null(request.Header("Accept-Language")));
    }

    [Fact]
    public async Task A_total_without_items_is_an_error_that_names_accept_language()
    {
        using var folder = ContentFolder.WithOneCourse();
        await using var api = await Loaded(folder, languages: ["de-DE"]);
        using var proxy = new HttpClient(new AddsAcceptLanguage("de")) { BaseAddress = api.BaseAddress };

        var empty = await Assert.ThrowsAsync<ContentSourceUnavailableException>(() => Client(proxy, FakeDeliveryApi.StartItemId.ToString()).FetchAsync(preview: false, CancellationToken.None));

        Assert.Contains("counted 1 items", empty.Message, StringComparison.Ordinal);
        Assert.Contains("Accept-Language", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_trailing_slashes_on_routes_every_item_is_still_placed()
    {
        using var folder = ContentFolder.WithOneCourse().WithCourse("zeit", "Zeit");
        await using var api = await Loaded(folder, addTrailingSlash: false);

        var result = await ReadAsync(api, FakeDeliveryApi.StartItemId.ToString());

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(Expected(folder), CatalogueShape.Of(result.Catalogue!));
        Assert.Contains(api.Requests, request => request.Query.Contains("filter=contentType:academyLesson", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_preview_a_never_published_lesson_is_placed_by_its_parent_not_its_route()
    {
        using var folder = ContentFolder.WithOneCourse();
        await using var api = await Loaded(folder, apiKey: "geheim");
        var lesson = api.Document(OneCourseApi.LessonKey);
        api.SaveDraft(lesson with { Key = Guid.NewGuid(), Name = "Neu", Slug = "neu", SortOrder = 5, Values = lesson.With("title", new UmbracoValue.Text("Neu")).With("umbracoUrlName", new UmbracoValue.Text("neu")).Values });

        var result = await ReadAsync(api, FakeDeliveryApi.StartItemId.ToString(), preview: true, apiKey: "geheim");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["warum", "neu"], result.Catalogue!.FindCourse("strategie")!.Lessons.Select(found => found.Slug));
    }

    private static async Task<FakeDeliveryApi> Loaded(ContentFolder folder, IReadOnlyList<string>? languages = null, bool addTrailingSlash = true, string? apiKey = null)
    {
        var api = await FakeDeliveryApi.StartAsync(apiKey, languages: languages, addTrailingSlash: addTrailingSlash);
        api.LoadFolder(folder.Root);
        return api;
    }

    private static string Expected(ContentFolder folder) => CatalogueShape.Of(MarkdownFolderSource.Load(folder.Root).Catalogue!);

    private static async Task<ContentLoadResult> ReadAsync(FakeDeliveryApi api, string startItem, bool preview = false, string? apiKey = null, List<string>? cultures = null)
    {
        using var http = new HttpClient { BaseAddress = api.BaseAddress };
        var raw = await Client(http, startItem, apiKey, cultures).FetchAsync(preview, CancellationToken.None);
        return DeliveryApiFetch.Compile([.. raw.Select(item => UmbracoItem.Read(item)!)]);
    }

    private static UmbracoDeliveryClient Client(HttpClient http, string startItem, string? apiKey = null, List<string>? cultures = null) =>
        new(http, Options.Create(new UmbracoOptions { StartItem = startItem, ApiKey = apiKey, PageSize = 2, Cultures = cultures ?? ["de"] }), UmbracoAliases.Default);

    /// <summary>A proxy in front of Umbraco that adds a language the site does not have.</summary>
    private sealed class AddsAcceptLanguage(string culture) : DelegatingHandler(new HttpClientHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.AcceptLanguage.ParseAdd(culture);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
