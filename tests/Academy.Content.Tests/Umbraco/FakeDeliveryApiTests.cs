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
}
