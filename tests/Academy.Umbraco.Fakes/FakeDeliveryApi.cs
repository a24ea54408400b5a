using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Academy.Content;
using Academy.Content.Definitions;
using Academy.Content.Markdown;
using Academy.Content.Umbraco;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Academy.Umbraco.Fakes;

/// <summary>
/// An Umbraco Content Delivery API v2 on a loopback port, serving documents from
/// <see cref="UmbracoCatalogueWriter"/> in the documented shapes (shared/reference/umbraco), so
/// the Umbraco content source is tested over real HTTP. Tests change content, break items, take
/// the server down and read what clients sent. Every member is safe to call while requests run.
/// </summary>
/// <remarks>
/// Start it with <see cref="StartAsync"/>, load content with <see cref="Load"/> or
/// <see cref="LoadFolder"/>, and point a client at <see cref="BaseAddress"/> with
/// <see cref="StartItemId"/> as the start item, or use <see cref="CreateClient"/>.
/// </remarks>
public sealed class FakeDeliveryApi : IAsyncDisposable
{
    public const string ContentPath = "/umbraco/delivery/api/v2/content";

    private readonly Lock gate = new();
    private readonly Dictionary<Guid, Node> nodes = [];
    private readonly Dictionary<Guid, Func<JsonObject, JsonObject>> breakages = [];
    private readonly List<FakeDeliveryRequest> requests = [];
    private readonly Dictionary<Guid, string> foreignTypes = [];
    private readonly WebApplication app;
    private readonly UmbracoAliases aliases;
    private int requestCount;
    private volatile bool down;

    private FakeDeliveryApi(WebApplication app, string? apiKey, UmbracoAliases aliases, IReadOnlyList<string> languages, bool addTrailingSlash)
    {
        this.app = app;
        this.aliases = aliases;
        ApiKey = apiKey;
        Languages = languages;
        AddTrailingSlash = addTrailingSlash;
    }

    /// <summary>The Umbraco site's language codes (Settings → Languages); Umbraco installs en-US.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Umbraco:CMS:RequestHandler:AddTrailingSlash: whether routes end in '/'.</summary>
    public bool AddTrailingSlash { get; }

    /// <summary>The message Umbraco answers, with 404, to a Start-Item that is no root.</summary>
    public const string StartItemNotFound = "The Start-Item could not be found";

    /// <summary>Where the server listens: <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The key every request must send in <c>Api-Key</c>; null when the API is public. Preview always needs it.</summary>
    public string? ApiKey { get; }

    /// <summary>The catalogue document, a root unless a test moves it below another one.</summary>
    public static Guid StartItemId => UmbracoCatalogueWriter.CatalogueKey;

    /// <summary>The catalogue's URL segment, which <c>route.startItem.path</c> names while it is a root.</summary>
    public static string StartItemPath => UmbracoCatalogueWriter.CatalogueSlug;

    /// <summary>The agency's Home page that <see cref="PlaceBelowHome"/> puts above the catalogue.</summary>
    public static Guid HomeKey { get; } = Guid.Parse("4c2b8f1e-7d3a-4e59-9b61-0f6a2d8c3e17");

    /// <summary>While true, every request gets 503, as Umbraco behind a proxy does while it restarts.</summary>
    public bool Down
    {
        get => down;
        set => down = value;
    }

    /// <summary>How many requests arrived, answered or not.</summary>
    public int RequestCount => Volatile.Read(ref requestCount);

    /// <summary>The requests answered so far, oldest first.</summary>
    public IReadOnlyList<FakeDeliveryRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>The latest version of every document, saved or published, parents first.</summary>
    public IReadOnlyList<UmbracoDocument> Documents
    {
        get
        {
            lock (gate)
            {
                return [.. InTreeOrder(preview: true)];
            }
        }
    }

    /// <param name="apiKey">When set, every request needs it in <c>Api-Key</c>, as with public access off.</param>
    /// <param name="aliases">Content type aliases to serve; the defaults unless a test renames one.</param>
    /// <param name="languages">The site's language codes; en-US, Umbraco's installed default, unless given.</param>
    /// <param name="addTrailingSlash">Umbraco's RequestHandler:AddTrailingSlash; true is its default.</param>
    public static async Task<FakeDeliveryApi> StartAsync(string? apiKey = null, UmbracoAliases? aliases = null, IReadOnlyList<string>? languages = null, bool addTrailingSlash = true)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var api = new FakeDeliveryApi(app, apiKey, aliases ?? UmbracoAliases.Default, languages ?? ["en-US"], addTrailingSlash);
        app.Use(api.Gatekeeper);
        app.MapGet(ContentPath, api.Query);
        app.MapGet(ContentPath + "/item/{id:guid}", (Guid id, HttpContext http) => api.ItemById(id, http));
        // ByRouteContentApiController: an empty path is "/", the Start-Item root itself.
        app.MapGet(ContentPath + "/item/{**path}", (string? path, HttpContext http) => api.ItemByPath(path ?? "", http));
        app.MapGet(ContentPath + "/items", api.ItemsById);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        api.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return api;
    }

    /// <summary>A client for <see cref="BaseAddress"/>, sending the API key when there is one.</summary>
    public HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (ApiKey is not null)
        {
            client.DefaultRequestHeaders.Add("Api-Key", ApiKey);
        }

        return client;
    }

    /// <summary>Replaces all content with the published documents of <paramref name="definition"/>.</summary>
    public IReadOnlyList<UmbracoDocument> Load(CatalogueDefinition definition) => Load(UmbracoCatalogueWriter.Write(definition));

    /// <summary>Replaces all content with these documents, published; parents must come first.</summary>
    public IReadOnlyList<UmbracoDocument> Load(IReadOnlyList<UmbracoDocument> documents)
    {
        lock (gate)
        {
            nodes.Clear();
            breakages.Clear();
            foreignTypes.Clear();
            foreach (var document in documents)
            {
                Publish(document);
            }
        }

        return documents;
    }

    /// <summary>Replaces all content with a content folder in the Markdown format; one it cannot read fails the test.</summary>
    public IReadOnlyList<UmbracoDocument> LoadFolder(string folder)
    {
        var (definition, errors) = MarkdownFolderSource.Read(folder);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The content folder '{folder}' cannot be read:\n{string.Join("\n", errors)}");
        }

        return Load(definition);
    }

    /// <summary>
    /// Puts a published root of the site's own type "homePage" above the catalogue, as agencies put
    /// the Academy below their site's Home; the catalogue is then no root.
    /// </summary>
    public void PlaceBelowHome(string slug = "home")
    {
        lock (gate)
        {
            foreignTypes[HomeKey] = "homePage";
            Publish(new UmbracoDocument(HomeKey, ContentTypeRole.Catalogue, "Home", slug, null, 0, new Dictionary<string, UmbracoValue>()));
            var catalogue = Existing(StartItemId);
            catalogue.Published = catalogue.Published is { } published ? published with { ParentKey = HomeKey } : null;
            catalogue.Draft = catalogue.Draft is { } draft ? draft with { ParentKey = HomeKey } : null;
        }
    }

    /// <summary>The latest version of a document, saved or published.</summary>
    public UmbracoDocument Document(Guid key)
    {
        lock (gate)
        {
            return nodes.TryGetValue(key, out var node) ? node.Latest : throw new KeyNotFoundException($"The fake holds no document {key}.");
        }
    }

    /// <summary>Creates or replaces the document and publishes it.</summary>
    public void Publish(UmbracoDocument document)
    {
        lock (gate)
        {
            var node = NodeFor(document);
            node.Published = document;
            node.Draft = document;
            node.PublishedUpdated = node.DraftUpdated = DateTime.UtcNow;
        }
    }

    /// <summary>Saves a version that only <c>Preview: true</c> sees; the published one, if any, stays.</summary>
    public void SaveDraft(UmbracoDocument document)
    {
        lock (gate)
        {
            var node = NodeFor(document);
            node.Draft = document;
            node.DraftUpdated = DateTime.UtcNow;
        }
    }

    /// <summary>Unpublishes the document, and so everything below it; preview still sees it.</summary>
    public void Unpublish(Guid key)
    {
        lock (gate)
        {
            Existing(key).Published = null;
        }
    }

    /// <summary>Deletes the document and everything below it.</summary>
    public void Delete(Guid key)
    {
        lock (gate)
        {
            foreach (var child in nodes.Values.Where(node => node.Latest.ParentKey == key).Select(node => node.Latest.Key).ToList())
            {
                Delete(child);
            }

            nodes.Remove(key);
            breakages.Remove(key);
        }
    }

    /// <summary>Sets one property of the latest version, or empties it when <paramref name="value"/> is null, and publishes.</summary>
    public UmbracoDocument Update(Guid key, string alias, UmbracoValue? value)
    {
        lock (gate)
        {
            var changed = Existing(key).Latest.With(alias, value);
            Publish(changed);
            return changed;
        }
    }

    /// <summary>Serves the item as <paramref name="breakItem"/> rewrites it, wherever it appears in full, until <see cref="Mend"/>.</summary>
    /// <remarks>The item is built anew for every response, so the rewrite may change it in place.</remarks>
    public void Break(Guid key, Action<JsonObject> breakItem)
    {
        lock (gate)
        {
            breakages[key] = item =>
            {
                breakItem(item);
                return item;
            };
        }
    }

    /// <summary>Serves one property as the given JSON (null for JSON null), such as a text where a block list belongs.</summary>
    public void Break(Guid key, string alias, JsonNode? served) =>
        Break(key, item => item["properties"]![alias] = served?.DeepClone());

    public void Mend(Guid key)
    {
        lock (gate)
        {
            breakages.Remove(key);
        }
    }

    /// <summary>Stops listening: from now on a client's connection is refused.</summary>
    public Task StopAsync() => app.StopAsync();

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task Gatekeeper(HttpContext http, RequestDelegate next)
    {
        Interlocked.Increment(ref requestCount);

        FakeDeliveryRequest.LogWhenAnswered(http, requests, gate);

        if (down)
        {
            http.Response.StatusCode = (int)HttpStatusCode.ServiceUnavailable;
            return;
        }

        var key = http.Request.Headers["Api-Key"].ToString();
        var keyIsRight = ApiKey is not null && key == ApiKey;
        if ((ApiKey is not null || IsPreview(http)) && !keyIsRight)
        {
            await Problem(HttpStatusCode.Unauthorized, ApiKey is null ? "Preview needs an API key, and none is configured." : "The Api-Key header is missing or wrong.").ExecuteAsync(http);
            return;
        }

        // ValidateStartItemAttribute with RequestStartItemProvider: Start-Item names a root by key or URL segment, or the request gets 404.
        bool unknownStart;
        lock (gate)
        {
            unknownStart = http.Request.Headers["Start-Item"].ToString().Trim('/').Length > 0 && StartRoot(http) is null;
        }

        if (unknownStart)
        {
            http.Response.StatusCode = (int)HttpStatusCode.NotFound;
            await http.Response.WriteAsJsonAsync(StartItemNotFound);
            return;
        }

        await next(http);
    }

    private IResult Query(HttpContext http)
    {
        var query = DeliveryQuery.Parse(http.Request.Query, out var problem);
        if (problem is not null)
        {
            return Problem(HttpStatusCode.BadRequest, problem);
        }

        var preview = IsPreview(http);
        lock (gate)
        {
            IEnumerable<UmbracoDocument> found;
            if (query.Fetch is { } fetch)
            {
                var target = Resolve(fetch.Target, preview, StartRoot(http));
                found = target is null ? [] : fetch.Descendants ? Descendants(target.Key, preview) : Children(target.Key, preview);
            }
            else
            {
                found = InTreeOrder(preview);
            }

            var matching = found.Where(document => query.ContentTypeFilters.All(filter => filter(ContentTypeOf(document)))).ToList();
            var page = Sorted(matching, query.Sorts).Skip(query.Skip).Take(query.Take);

            // PublishStatusService: an invariant item is published in the site's languages only, so an
            // Accept-Language that is no language code drops it from the page; total comes from the index and still counts it.
            var culture = http.Request.Headers.AcceptLanguage.ToString();
            if (culture.Length > 0 && !Languages.Contains(culture, StringComparer.Ordinal))
            {
                page = [];
            }

            var items = new JsonArray([.. page.Select(document => (JsonNode)Item(document, preview, query.Expand))]);
            return Json(new JsonObject { ["total"] = matching.Count, ["items"] = items });
        }
    }

    private IResult ItemById(Guid id, HttpContext http)
    {
        var preview = IsPreview(http);
        lock (gate)
        {
            return Visible(id, preview) is { } document ? Json(Item(document, preview, DeliveryExpansion.Parse(http.Request.Query["expand"].ToString()))) : Results.NotFound();
        }
    }

    private IResult ItemByPath(string path, HttpContext http)
    {
        var preview = IsPreview(http);
        lock (gate)
        {
            return Resolve("/" + path, preview, StartRoot(http)) is { } document ? Json(Item(document, preview, DeliveryExpansion.Parse(http.Request.Query["expand"].ToString()))) : Results.NotFound();
        }
    }

    private IResult ItemsById(HttpContext http)
    {
        var preview = IsPreview(http);
        var expand = DeliveryExpansion.Parse(http.Request.Query["expand"].ToString());
        lock (gate)
        {
            var items = http.Request.Query["id"]
                .Select(id => Guid.TryParse(id, out var key) ? Visible(key, preview) : null)
                .OfType<UmbracoDocument>()
                .Select(document => (JsonNode)Item(document, preview, expand));
            return Json(new JsonArray([.. items]));
        }
    }

    /// <summary>
    /// A document in the shape of delivery-content-item-lesson.json. Pickers below it are expanded
    /// when asked for, one level deep as Umbraco does, and otherwise carry empty properties.
    /// </summary>
    private JsonObject Item(UmbracoDocument document, bool preview, DeliveryExpansion expand, bool withProperties = true)
    {
        var node = nodes[document.Key];
        var root = Root(document, preview);
        var item = new JsonObject
        {
            ["contentType"] = ContentTypeOf(document),
            ["name"] = document.Name,
            ["createDate"] = Date(node.Created),
            // Each version has its own update date: preview serves the draft's, others the published one's.
            ["updateDate"] = Date(preview ? node.DraftUpdated : node.PublishedUpdated),
            ["route"] = new JsonObject
            {
                ["path"] = RoutePath(document, preview),
                ["startItem"] = new JsonObject { ["id"] = root.Key.ToString(), ["path"] = root.Slug },
            },
            ["id"] = document.Key.ToString(),
            ["properties"] = withProperties && !foreignTypes.ContainsKey(document.Key) ? Properties(document.Role, document.Values, preview, expand) : new JsonObject(),
            ["cultures"] = new JsonObject(),
        };
        return withProperties && breakages.TryGetValue(document.Key, out var breakItem) ? breakItem(item) : item;
    }

    /// <summary>Every property of the type, as Umbraco lists them, with the empty value of its editor where none is set.</summary>
    private JsonObject Properties(ContentTypeRole role, IReadOnlyDictionary<string, UmbracoValue> values, bool preview, DeliveryExpansion expand)
    {
        var properties = new JsonObject();
        var type = UmbracoContentModel.For(role);
        foreach (var property in type.Properties)
        {
            properties[property.Alias] = values.TryGetValue(property.Alias, out var value)
                ? Value(value, preview, expand.Expands(property.Alias))
                : Empty(property.Kind);
        }

        // A value the model does not know is served too, as Umbraco serves a property an editor added.
        foreach (var (alias, value) in values.Where(entry => !properties.ContainsKey(entry.Key)))
        {
            properties[alias] = Value(value, preview, expand.Expands(alias));
        }

        return properties;
    }

    private JsonNode? Value(UmbracoValue value, bool preview, bool expand) => value switch
    {
        UmbracoValue.Text text => text.Value,
        UmbracoValue.WholeNumber number => number.Value,
        UmbracoValue.TrueFalse flag => flag.Value,
        UmbracoValue.TextList list => new JsonArray([.. list.Values.Select(text => (JsonNode?)text)]),
        UmbracoValue.RichText rich => new JsonObject { ["markup"] = rich.Markup, ["blocks"] = new JsonArray() },
        UmbracoValue.Blocks blocks => new JsonObject
        {
            ["items"] = new JsonArray([.. blocks.Elements.Select(element => (JsonNode)new JsonObject
            {
                ["content"] = new JsonObject
                {
                    ["contentType"] = aliases[element.Role],
                    ["id"] = element.Key.ToString(),
                    ["properties"] = Properties(element.Role, element.Values, preview, DeliveryExpansion.None),
                },
                ["settings"] = null,
            })]),
        },
        // MultiNodeTreePickerValueConverter: a picked item the request cannot see (unpublished, trashed) is left out (WhereNotNull), and nothing says so.
        UmbracoValue.Picked picked => new JsonArray([.. picked.Keys
            .Select(key => Visible(key, preview))
            .OfType<UmbracoDocument>()
            .Select(document => (JsonNode)Item(document, preview, DeliveryExpansion.None, withProperties: expand))]),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "The fake does not know this kind of value."),
    };

    private string ContentTypeOf(UmbracoDocument document) =>
        foreignTypes.TryGetValue(document.Key, out var alias) ? alias : aliases[document.Role];

    private static JsonNode? Empty(PropertyKind kind) => kind switch
    {
        PropertyKind.TrueFalse => false,
        PropertyKind.TextList or PropertyKind.ContentPicker => new JsonArray(),
        _ => null,
    };

    private static IEnumerable<UmbracoDocument> Sorted(List<UmbracoDocument> documents, IReadOnlyList<(string Field, bool Descending)> sorts)
    {
        if (sorts.Count == 0)
        {
            return documents;
        }

        // Umbraco sorts the whole result by the field, not the tree: siblings' sortOrder values
        // interleave across parents. Ties go by key, so no reader can lean on tree order by accident.
        IOrderedEnumerable<UmbracoDocument>? ordered = null;
        foreach (var (field, descending) in sorts)
        {
            Func<UmbracoDocument, IComparable> by = field switch
            {
                "SORTORDER" => document => document.SortOrder,
                "NAME" => document => document.Name,
                "LEVEL" => document => document.ParentKey is null ? 0 : 1,
                _ => document => document.SortOrder,
            };
            ordered = ordered is null
                ? descending ? documents.OrderByDescending(by) : documents.OrderBy(by)
                : descending ? ordered.ThenByDescending(by) : ordered.ThenBy(by);
        }

        return ordered!.ThenBy(document => document.Key);
    }

    private Node NodeFor(UmbracoDocument document)
    {
        if (!nodes.TryGetValue(document.Key, out var node))
        {
            node = new Node(document) { Created = DateTime.UtcNow };
            nodes[document.Key] = node;
        }

        return node;
    }

    private Node Existing(Guid key) =>
        nodes.TryGetValue(key, out var node) ? node : throw new KeyNotFoundException($"The fake holds no document {key}.");

    /// <summary>The version a reader sees, if it sees one: preview sees the latest save, others the published one under published parents.</summary>
    private UmbracoDocument? Visible(Guid key, bool preview)
    {
        if (!nodes.TryGetValue(key, out var node) || (preview ? node.Latest : node.Published) is not { } document)
        {
            return null;
        }

        return document.ParentKey is not { } parent || Visible(parent, preview) is not null ? document : null;
    }

    private IEnumerable<UmbracoDocument> Children(Guid key, bool preview) =>
        nodes.Keys
            .Select(child => Visible(child, preview))
            .OfType<UmbracoDocument>()
            .Where(document => document.ParentKey == key)
            .OrderBy(document => document.SortOrder)
            .ThenBy(document => document.Key);

    private IEnumerable<UmbracoDocument> Descendants(Guid key, bool preview) =>
        Children(key, preview).SelectMany(child => Descendants(child.Key, preview).Prepend(child));

    /// <summary>Every visible document, root by root, each followed by its descendants in tree order.</summary>
    private IEnumerable<UmbracoDocument> InTreeOrder(bool preview) =>
        Roots(preview).SelectMany(root => Descendants(root.Key, preview).Prepend(root));

    private IEnumerable<UmbracoDocument> Roots(bool preview) =>
        nodes.Keys
            .Select(key => Visible(key, preview))
            .OfType<UmbracoDocument>()
            .Where(document => document.ParentKey is null)
            .OrderBy(document => document.SortOrder)
            .ThenBy(document => document.Key);

    /// <summary>The root a request's Start-Item names, by key or URL segment; null without the header or when it names no root. Call it under the gate.</summary>
    // RequestStartItemProvider: the header is trimmed of '/', then matched against the roots only (GetAtRoot), never a deeper node.
    private UmbracoDocument? StartRoot(HttpContext http)
    {
        var requested = http.Request.Headers["Start-Item"].ToString().Trim('/');
        if (requested.Length == 0)
        {
            return null;
        }

        return Roots(IsPreview(http)).FirstOrDefault(root => Guid.TryParse(requested, out var key)
            ? root.Key == key
            : root.Slug.Equals(requested, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A document named by id, or by route path. A path is relative to the Start-Item's root
    /// (RequestRoutingService prefixes the start item's id), so "academy" below the root "academy" is
    /// "/academy/academy/". Without a Start-Item the path is looked up below the first root, as
    /// HideTopLevelNodeFromPath (Umbraco's default) routes it.
    /// </summary>
    private UmbracoDocument? Resolve(string target, bool preview, UmbracoDocument? startRoot)
    {
        if (Guid.TryParse(target, out var key))
        {
            return Visible(key, preview);
        }

        // ByRouteContentApiController: "preview-{key}" addresses a never-published draft, in preview only.
        var trimmed = target.Trim('/');
        if (trimmed.StartsWith(PreviewPathPrefix, StringComparison.Ordinal))
        {
            return preview && Guid.TryParse(trimmed[PreviewPathPrefix.Length..], out var draft) ? Visible(draft, preview) : null;
        }

        if ((startRoot ?? Roots(preview).FirstOrDefault()) is not { } root)
        {
            return null;
        }

        return Descendants(root.Key, preview).Prepend(root)
            .FirstOrDefault(document => RoutePath(document, preview).Trim('/') == trimmed);
    }

    private UmbracoDocument Root(UmbracoDocument document, bool preview)
    {
        var current = document;
        while (current.ParentKey is { } parent && Visible(parent, preview) is { } above)
        {
            current = above;
        }

        return current;
    }

    // Constants.DeliveryApi.Routing.PreviewContentPathPrefix.
    private const string PreviewPathPrefix = "preview-";

    /// <summary>
    /// The URL segments below the item's root, as Umbraco routes them: "/strategie/ziele/", or
    /// "/strategie/ziele" with AddTrailingSlash off (ApiContentRouteBuilder). The root itself is "/"
    /// (HideTopLevelNodeFromPath).
    /// </summary>
    private string RoutePath(UmbracoDocument document, bool preview)
    {
        // ApiContentRouteBuilder: content that was never published has no URL, so preview routes it as "/preview-{key}/".
        if (preview && nodes[document.Key].Published is null)
        {
            return $"/{PreviewPathPrefix}{document.Key:D}{(AddTrailingSlash ? "/" : "")}";
        }

        var segments = new List<string>();
        for (var current = document; current.ParentKey is { } parent && Visible(parent, preview) is { } above; current = above)
        {
            segments.Add(current.Slug);
        }

        segments.Reverse();
        return segments.Count == 0 ? "/" : $"/{string.Join('/', segments)}{(AddTrailingSlash ? "/" : "")}";
    }

    private static bool IsPreview(HttpContext http) =>
        http.Request.Headers["Preview"].ToString().Equals("true", StringComparison.OrdinalIgnoreCase);

    // The Delivery API writes dates without an offset; see shared/reference/README.md.
    private static string Date(DateTime value) => value.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture);

    private static IResult Json(JsonNode body) => Results.Text(body.ToJsonString(), "application/json");

    private static IResult Problem(HttpStatusCode status, string detail) =>
        Results.Text(new JsonObject { ["title"] = status.ToString(), ["status"] = (int)status, ["detail"] = detail }.ToJsonString(), "application/problem+json", statusCode: (int)status);

    private sealed class Node(UmbracoDocument first)
    {
        public UmbracoDocument? Published { get; set; }

        /// <summary>The last saved version; publishing saves too.</summary>
        public UmbracoDocument? Draft { get; set; } = first;

        public UmbracoDocument Latest => Draft ?? Published!;

        public DateTime Created { get; init; }

        public DateTime PublishedUpdated { get; set; }

        public DateTime DraftUpdated { get; set; }
    }
}
