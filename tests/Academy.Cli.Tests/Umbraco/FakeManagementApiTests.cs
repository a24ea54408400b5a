using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Academy.Cli.Umbraco;
using Academy.Content.Umbraco;
using Academy.Umbraco.Fakes;

namespace Academy.Cli.Tests.Umbraco;

/// <summary>
/// The fake Management API behaves as Umbraco's code does where a push depends on it. Each test
/// names the Umbraco type the behaviour comes from, so a fake that drifts kinder fails here.
/// </summary>
public sealed class FakeManagementApiTests
{
    [Fact]
    public async Task Search_matches_names_and_keys_not_aliases_as_ContentTypeSearchService_does()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();
        using var http = Client(umbraco);

        var byAlias = await GetAsync(http, "item/document-type/search?query=academyCourse&skip=0&take=100");
        var byName = await GetAsync(http, "item/document-type/search?query=Academy-Kurs&skip=0&take=100");
        var byKey = await GetAsync(http, $"item/document-type/search?query={UmbracoContentModel.TypeKey("academyCourse")}&skip=0&take=100");

        Assert.Empty(byAlias["items"]!.AsArray());
        Assert.Equal("Academy-Kurs", Assert.Single(byName["items"]!.AsArray())!["name"]!.GetValue<string>());
        Assert.Single(byKey["items"]!.AsArray());
    }

    [Fact]
    public async Task A_document_type_is_read_by_its_stable_key_with_its_alias()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();
        using var http = Client(umbraco);

        var type = await GetAsync(http, $"document-type/{UmbracoContentModel.TypeKey("academyLesson")}");

        Assert.Equal("academyLesson", type["alias"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_new_document_goes_after_its_siblings_as_DocumentRepository_places_it()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();
        var parent = umbraco.AddByEditor(ContentTypeRole.Module, "Modul", null);
        var first = umbraco.AddByEditor(ContentTypeRole.Lesson, "Erste", parent);
        var second = umbraco.AddByEditor(ContentTypeRole.Lesson, "Zweite", parent);
        using var http = Client(umbraco);

        var tree = await GetAsync(http, $"tree/document/children?parentId={parent}&skip=0&take=100");

        Assert.Equal([first, second], umbraco.ChildrenOf(parent));
        Assert.Equal([first, second], tree["items"]!.AsArray().Select(item => Guid.Parse(item!["id"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Sorting_takes_SortingRequestModel_and_keeps_unnamed_children_in_their_order_as_TreeEntitySortingService_does()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();
        var parent = umbraco.AddByEditor(ContentTypeRole.Module, "Modul", null);
        var a = umbraco.AddByEditor(ContentTypeRole.Lesson, "A", parent);
        var b = umbraco.AddByEditor(ContentTypeRole.Lesson, "B", parent);
        var c = umbraco.AddByEditor(ContentTypeRole.Lesson, "C", parent);
        using var http = Client(umbraco);

        var status = await SortAsync(http, parent, (c, 0));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([c, a, b], umbraco.ChildrenOf(parent));
    }

    [Fact]
    public async Task Sorting_refuses_what_TreeEntitySortingService_refuses()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();
        var parent = umbraco.AddByEditor(ContentTypeRole.Module, "Modul", null);
        var a = umbraco.AddByEditor(ContentTypeRole.Lesson, "A", parent);
        var b = umbraco.AddByEditor(ContentTypeRole.Lesson, "B", parent);
        var stranger = umbraco.AddByEditor(ContentTypeRole.Lesson, "Fremd", null);
        using var http = Client(umbraco);

        Assert.Equal(HttpStatusCode.BadRequest, await SortAsync(http, parent, (a, 0), (stranger, 1)));
        Assert.Equal(HttpStatusCode.BadRequest, await SortAsync(http, parent, (a, 2)));
        Assert.Equal(HttpStatusCode.BadRequest, await SortAsync(http, parent, (a, 0), (a, 1)));
        Assert.Equal(HttpStatusCode.BadRequest, await SortAsync(http, parent, (a, 0), (b, 0)));
        Assert.Equal(HttpStatusCode.NotFound, await SortAsync(http, Guid.NewGuid(), (a, 0)));
        Assert.Equal([a, b], umbraco.ChildrenOf(parent));
    }

    [Fact]
    public async Task Rich_text_sent_without_blocks_is_stored_with_an_empty_block_value_as_RichTextPropertyValueEditor_stores_it()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();
        using var http = Client(umbraco);
        var client = new UmbracoManagementClient(http);
        var types = await client.DocumentTypesAsync(UmbracoAliases.Default, CancellationToken.None);
        var lesson = RichTextLesson();
        await client.CreateDocumentAsync(new ManagementDocument(lesson, types).CreateBody(null), CancellationToken.None);

        var stored = await client.GetDocumentAsync(lesson.Key, CancellationToken.None);

        var value = stored!["values"]!.AsArray().Single(entry => entry!["alias"]!.GetValue<string>() == "bodyRichText")!["value"]!;
        Assert.Equal("<p>Ein <strong>Satz</strong>.</p>", value["markup"]!.GetValue<string>());
        Assert.Equal("""{"layout":{},"contentData":[],"settingsData":[],"expose":[]}""", value["blocks"]!.ToJsonString());
    }

    internal static UmbracoDocument RichTextLesson() => new(
        Guid.NewGuid(), ContentTypeRole.Lesson, "Reich", "reich", null, 0,
        new Dictionary<string, UmbracoValue>
        {
            ["title"] = new UmbracoValue.Text("Reich"),
            ["bodyRichText"] = new UmbracoValue.RichText("<p>Ein <strong>Satz</strong>.</p>"),
        });

    internal static HttpClient Client(FakeManagementApi umbraco) =>
        new(new ManagementApiToken(umbraco.BaseAddress, new ManagementCredentials(FakeManagementApi.ClientId, FakeManagementApi.ClientSecret), TimeProvider.System) { InnerHandler = new SocketsHttpHandler() })
        {
            BaseAddress = umbraco.BaseAddress,
        };

    private static async Task<JsonNode> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(UmbracoManagementClient.ApiPath + path);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<HttpStatusCode> SortAsync(HttpClient http, Guid parent, params (Guid Id, int SortOrder)[] sorting)
    {
        var body = new JsonObject
        {
            ["parent"] = new JsonObject { ["id"] = parent },
            ["sorting"] = new JsonArray([.. sorting.Select(entry => (JsonNode)new JsonObject { ["id"] = entry.Id, ["sortOrder"] = entry.SortOrder })]),
        };
        using var response = await http.PutAsync(UmbracoManagementClient.ApiPath + "document/sort", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        return response.StatusCode;
    }
}
