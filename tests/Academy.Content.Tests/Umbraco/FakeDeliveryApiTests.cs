using System.Net;
using System.Text.Json;
using Academy.Content.Umbraco;
using Academy.Umbraco.Fakes;

namespace Academy.Content.Tests.Umbraco;

/// <summary>The fake behaves as the documented Delivery API does where the Umbraco source depends on it.</summary>
public sealed class FakeDeliveryApiTests
{
    [Fact]
    public async Task An_item_has_the_documented_shape_with_its_route_below_the_start_item()
    {
        await using var api = await OneCourseApi.StartAsync();
        using var client = api.CreateClient();

        using var item = JsonDocument.Parse(await client.GetStringAsync(OneCourseApi.LessonUrl));

        var root = item.RootElement;
        Assert.Equal("academyLesson", root.GetProperty("contentType").GetString());
        Assert.Equal("Warum es nicht funktioniert", root.GetProperty("name").GetString());
        Assert.Equal("/strategie/ziele/warum/", root.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal(FakeDeliveryApi.StartItemId, root.GetProperty("route").GetProperty("startItem").GetProperty("id").GetGuid());
        Assert.DoesNotContain("+", root.GetProperty("updateDate").GetString(), StringComparison.Ordinal);
        Assert.True(root.GetProperty("properties").GetProperty("preview").GetBoolean());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("cultures").ValueKind);
    }

    [Fact]
    public async Task Paging_keeps_the_total_and_returns_each_item_once()
    {
        await using var api = await OneCourseApi.StartAsync();
        using var client = api.CreateClient();
        var ids = new List<string>();

        for (var skip = 0; skip < 5; skip += 2)
        {
            using var page = JsonDocument.Parse(await client.GetStringAsync(new Uri(
                $"{FakeDeliveryApi.ContentPath}?fetch=descendants:{FakeDeliveryApi.StartItemId}&sort=sortOrder:asc&skip={skip}&take=2", UriKind.Relative)));
            Assert.Equal(4, page.RootElement.GetProperty("total").GetInt32());
            ids.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()!));
        }

        Assert.Equal(4, ids.Distinct().Count());
        Assert.Equal(4, ids.Count);
    }

    [Fact]
    public async Task Without_the_api_key_a_request_is_refused_and_with_it_served()
    {
        await using var api = await OneCourseApi.StartAsync(apiKey: "geheim");
        using var anonymous = new HttpClient { BaseAddress = api.BaseAddress };
        using var keyed = api.CreateClient();
        var url = OneCourseApi.LessonUrl;

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await keyed.GetAsync(url)).StatusCode);
        Assert.Equal([401, 200], api.Requests.Select(request => request.StatusCode));
    }

    [Fact]
    public async Task A_saved_draft_is_seen_only_in_preview_and_preview_needs_the_api_key()
    {
        await using var api = await OneCourseApi.StartAsync(apiKey: "geheim");
        api.SaveDraft(api.Document(OneCourseApi.LessonKey) with { Name = "Entwurf" });
        using var client = api.CreateClient();
        var url = OneCourseApi.LessonUrl;

        var published = JsonDocument.Parse(await client.GetStringAsync(url));
        using var preview = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { { "Preview", "true" }, { "Accept-Language", "de-DE" } } };
        var draft = JsonDocument.Parse(await (await client.SendAsync(preview)).Content.ReadAsStringAsync());
        using var anonymousPreview = new HttpClient { BaseAddress = api.BaseAddress };
        anonymousPreview.DefaultRequestHeaders.Add("Preview", "true");

        Assert.Equal("Warum es nicht funktioniert", published.RootElement.GetProperty("name").GetString());
        Assert.Equal("Entwurf", draft.RootElement.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymousPreview.GetAsync(url)).StatusCode);
        Assert.Equal("de-DE", api.Requests[1].Header("Accept-Language"));
    }

    [Fact]
    public async Task Unpublishing_a_module_hides_its_lessons_too()
    {
        await using var api = await OneCourseApi.StartAsync();
        api.Unpublish(UmbracoCatalogueWriter.KeyFor(ContentTypeRole.Module, "strategie/ziele"));
        using var client = api.CreateClient();

        var lesson = await client.GetAsync(OneCourseApi.LessonUrl);
        using var children = JsonDocument.Parse(await client.GetStringAsync(new Uri(
            $"{FakeDeliveryApi.ContentPath}?fetch=children:{UmbracoCatalogueWriter.KeyFor(ContentTypeRole.Course, "strategie")}", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.NotFound, lesson.StatusCode);
        Assert.Equal(0, children.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_down_api_answers_503_and_a_stopped_one_refuses_the_connection()
    {
        await using var api = await OneCourseApi.StartAsync();
        using var client = api.CreateClient();
        var url = OneCourseApi.LessonUrl;

        api.Down = true;
        var unavailable = await client.GetAsync(url);
        api.Down = false;
        var available = await client.GetAsync(url);
        await api.StopAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.Equal(HttpStatusCode.OK, available.StatusCode);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(url));
        Assert.Equal(2, api.RequestCount);
    }

    // The strict behaviours below imitate Umbraco 17; each test fails if the fake drifts kinder.

    [Fact]
    public async Task A_start_item_header_must_name_a_root_or_umbraco_answers_404()
    {
        await using var api = await OneCourseApi.StartAsync();
        api.PlaceBelowHome("home");
        using var client = api.CreateClient();

        var deeper = await SendAsync(client, Query($"descendants:{FakeDeliveryApi.StartItemId}"), ("Start-Item", FakeDeliveryApi.StartItemId.ToString()));
        var rootBySegment = await SendAsync(client, Query($"descendants:{FakeDeliveryApi.StartItemId}"), ("Start-Item", "/home/"));
        var rootById = await SendAsync(client, OneCourseApi.LessonUrl, ("Start-Item", FakeDeliveryApi.HomeKey.ToString()));

        Assert.Equal(HttpStatusCode.NotFound, deeper.StatusCode);
        Assert.Equal(FakeDeliveryApi.StartItemNotFound, JsonSerializer.Deserialize<string>(await deeper.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, rootBySegment.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rootById.StatusCode);
    }

    [Fact]
    public async Task A_path_in_fetch_is_relative_to_the_start_item()
    {
        await using var api = await OneCourseApi.StartAsync();
        using var client = api.CreateClient();
        var startItem = ("Start-Item", FakeDeliveryApi.StartItemPath);

        using var doubled = await JsonAsync(client, Query($"descendants:{FakeDeliveryApi.StartItemPath}"), startItem);
        using var relative = await JsonAsync(client, Query("descendants:/strategie/"), startItem);
        using var root = await JsonAsync(client, Query("children:/"), startItem);

        Assert.Equal(0, doubled.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(3, relative.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(1, root.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_accept_language_that_is_no_site_language_drops_the_items_while_total_counts_them()
    {
        await using var api = await FakeDeliveryApi.StartAsync(languages: ["de-DE"]);
        using var folder = ContentFolder.WithOneCourse();
        api.LoadFolder(folder.Root);
        using var client = api.CreateClient();

        using var near = await JsonAsync(client, Query($"descendants:{FakeDeliveryApi.StartItemId}"), ("Accept-Language", "de"));
        using var exact = await JsonAsync(client, Query($"descendants:{FakeDeliveryApi.StartItemId}"), ("Accept-Language", "de-DE"));
        using var none = await JsonAsync(client, Query($"descendants:{FakeDeliveryApi.StartItemId}"));

        Assert.Equal(4, near.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(0, near.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(4, exact.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(4, none.RootElement.GetProperty("items").GetArrayLength());
        await using var installed = await FakeDeliveryApi.StartAsync();
        Assert.Equal(["en-US"], installed.Languages);
    }

    [Fact]
    public async Task In_preview_a_never_published_draft_is_routed_by_its_key_and_found_there()
    {
        await using var api = await OneCourseApi.StartAsync(apiKey: "geheim");
        var lesson = api.Document(OneCourseApi.LessonKey);
        var draft = lesson with { Key = Guid.NewGuid(), Slug = "neu", SortOrder = 3 };
        api.SaveDraft(draft);
        api.SaveDraft(lesson with { Name = "Geändert" });
        using var client = api.CreateClient();
        var preview = ("Preview", "true");

        using var children = await JsonAsync(client, Query($"children:{UmbracoCatalogueWriter.KeyFor(ContentTypeRole.Module, "strategie/ziele")}"), preview);
        var byRoute = await SendAsync(client, new Uri($"{FakeDeliveryApi.ContentPath}/item/preview-{draft.Key:D}", UriKind.Relative), preview);
        var published = await client.GetAsync(new Uri($"{FakeDeliveryApi.ContentPath}/item/preview-{draft.Key:D}", UriKind.Relative));

        var routes = children.RootElement.GetProperty("items").EnumerateArray().ToDictionary(item => item.GetProperty("id").GetGuid(), item => item.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal($"/preview-{draft.Key:D}/", routes[draft.Key]);
        Assert.Equal("/strategie/ziele/warum/", routes[lesson.Key]);
        Assert.Equal(HttpStatusCode.OK, byRoute.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, published.StatusCode);
    }

    [Fact]
    public async Task A_picker_leaves_out_an_unpublished_course_and_preview_still_shows_it()
    {
        using var folder = ContentFolder.WithOneCourse().WithCourse("zeit", "Zeit").With(ContentFolder.PackagesFile, """
            packages:
              - slug: alles
                title: Alles
                description: Beide Kurse.
                courses: [strategie, zeit]
                price: 8900
            """);
        await using var api = await FakeDeliveryApi.StartAsync(apiKey: "geheim");
        api.LoadFolder(folder.Root);
        api.Unpublish(UmbracoCatalogueWriter.KeyFor(ContentTypeRole.Course, "zeit"));
        using var client = api.CreateClient();
        var package = new Uri($"{FakeDeliveryApi.ContentPath}/item/{UmbracoCatalogueWriter.KeyFor(ContentTypeRole.Package, "alles")}", UriKind.Relative);

        using var live = JsonDocument.Parse(await client.GetStringAsync(package));
        using var preview = await JsonAsync(client, package, ("Preview", "true"));

        Assert.Equal(1, live.RootElement.GetProperty("properties").GetProperty("courses").GetArrayLength());
        Assert.Equal(2, preview.RootElement.GetProperty("properties").GetProperty("courses").GetArrayLength());
        Assert.Equal(live.RootElement.GetProperty("updateDate").GetString(), preview.RootElement.GetProperty("updateDate").GetString());
    }

    [Fact]
    public async Task A_saved_draft_has_its_own_update_date_in_preview()
    {
        await using var api = await OneCourseApi.StartAsync(apiKey: "geheim");
        using var client = api.CreateClient();
        using var before = JsonDocument.Parse(await client.GetStringAsync(OneCourseApi.LessonUrl));
        await Task.Delay(20);
        api.SaveDraft(api.Document(OneCourseApi.LessonKey) with { Name = "Entwurf" });

        using var live = JsonDocument.Parse(await client.GetStringAsync(OneCourseApi.LessonUrl));
        using var preview = await JsonAsync(client, OneCourseApi.LessonUrl, ("Preview", "true"));

        Assert.Equal(before.RootElement.GetProperty("updateDate").GetString(), live.RootElement.GetProperty("updateDate").GetString());
        Assert.NotEqual(live.RootElement.GetProperty("updateDate").GetString(), preview.RootElement.GetProperty("updateDate").GetString());
    }

    [Fact]
    public async Task Without_add_trailing_slash_routes_end_without_a_slash()
    {
        await using var api = await FakeDeliveryApi.StartAsync(addTrailingSlash: false);
        using var folder = ContentFolder.WithOneCourse();
        api.LoadFolder(folder.Root);
        using var client = api.CreateClient();

        using var item = JsonDocument.Parse(await client.GetStringAsync(OneCourseApi.LessonUrl));
        var byPath = await client.GetAsync(new Uri($"{FakeDeliveryApi.ContentPath}/item/strategie/ziele/warum", UriKind.Relative));

        Assert.Equal("/strategie/ziele/warum", item.RootElement.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal(HttpStatusCode.OK, byPath.StatusCode);
    }

    [Fact]
    public async Task Below_a_home_page_routes_and_start_items_come_from_the_root()
    {
        await using var api = await OneCourseApi.StartAsync();
        api.PlaceBelowHome("home");
        using var client = api.CreateClient();

        using var item = JsonDocument.Parse(await client.GetStringAsync(OneCourseApi.LessonUrl));
        using var byPath = await JsonAsync(client, new Uri($"{FakeDeliveryApi.ContentPath}/item/{FakeDeliveryApi.StartItemPath}/", UriKind.Relative), ("Start-Item", "home"));

        var route = item.RootElement.GetProperty("route");
        Assert.Equal($"/{FakeDeliveryApi.StartItemPath}/strategie/ziele/warum/", route.GetProperty("path").GetString());
        Assert.Equal(FakeDeliveryApi.HomeKey, route.GetProperty("startItem").GetProperty("id").GetGuid());
        Assert.Equal("home", route.GetProperty("startItem").GetProperty("path").GetString());
        Assert.Equal(FakeDeliveryApi.StartItemId, byPath.RootElement.GetProperty("id").GetGuid());
    }

    private static Uri Query(string fetch) =>
        new($"{FakeDeliveryApi.ContentPath}?fetch={fetch}&sort=sortOrder:asc&take=10", UriKind.Relative);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Uri url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return await client.SendAsync(request);
    }

    private static async Task<JsonDocument> JsonAsync(HttpClient client, Uri url, params (string Name, string Value)[] headers)
    {
        var response = await SendAsync(client, url, headers);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
