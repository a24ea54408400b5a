using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
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
/// The part of Umbraco's Management API v1 that a content push uses, on a loopback port: the
/// client-credentials token, document types by key, search and tree, and documents read, created,
/// updated, published and sorted. It is as strict as Umbraco where a push could go wrong: no token,
/// a duplicate id, an unknown parent, type or property alias, publishing below an unpublished parent,
/// a search that matches names and not aliases, a sort that names a stranger. Each behaviour names
/// the Umbraco type it comes from; FakeManagementApiTests keeps it from drifting kinder. Tests read the
/// requests it answered, make one document fail, and hand what was published to a
/// <see cref="FakeDeliveryApi"/>. Every member is safe to call while requests run.
/// </summary>
public sealed class FakeManagementApi : IAsyncDisposable
{
    public const string ApiPath = "/umbraco/management/api/v1";
    public const string ClientId = "umbraco-back-office-academy-test";
    public const string ClientSecret = "test-secret";

    private readonly Lock gate = new();
    private readonly Dictionary<Guid, Stored> documents = [];
    private readonly Dictionary<Guid, ContentTypeRole> typeRoles = [];
    private readonly HashSet<string> tokens = [];
    private readonly HashSet<string> revoked = [];
    private readonly HashSet<Guid> failing = [];
    private readonly List<FakeDeliveryRequest> requests = [];
    private readonly WebApplication app;
    private readonly UmbracoAliases aliases;
    private int sequence;

    private FakeManagementApi(WebApplication app, UmbracoAliases aliases)
    {
        this.app = app;
        this.aliases = aliases;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The lifetime of each token it issues, as <c>expires_in</c> says it.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    public int TokensIssued
    {
        get
        {
            lock (gate)
            {
                return tokens.Count;
            }
        }
    }

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

    /// <summary>Requests that change content: creates, updates and publishes, answered or refused.</summary>
    public IReadOnlyList<FakeDeliveryRequest> Writes => [.. Requests.Where(request => request.Method is "POST" or "PUT" && request.Path.StartsWith(ApiPath + "/document", StringComparison.Ordinal))];

    public int Creates => Requests.Count(request => request.Method == "POST" && request.Path == ApiPath + "/document" && request.StatusCode == StatusCodes.Status201Created);

    public int DocumentCount
    {
        get
        {
            lock (gate)
            {
                return documents.Count;
            }
        }
    }

    /// <param name="installTypes">False for an Umbraco site without the Academy.Umbraco package.</param>
    /// <param name="stableKeys">
    /// True for types the package installed with their stable keys (<see cref="UmbracoContentModel.TypeKey"/>);
    /// false for types an older package (or an editor) created with keys of Umbraco's choosing.
    /// </param>
    public static async Task<FakeManagementApi> StartAsync(bool installTypes = true, UmbracoAliases? aliases = null, bool stableKeys = true)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var api = new FakeManagementApi(app, aliases ?? UmbracoAliases.Default);
        if (installTypes)
        {
            foreach (var type in UmbracoContentModel.Types)
            {
                api.typeRoles[stableKeys ? api.aliases.TypeKey(type.Role) : Guid.NewGuid()] = type.Role;
            }
        }

        app.Use(api.Gatekeeper);
        app.MapPost(ApiPath + "/security/back-office/token", (Func<HttpContext, Task<IResult>>)api.Token);
        app.MapGet(ApiPath + "/item/document-type/search", api.SearchTypes);
        app.MapGet(ApiPath + "/document-type/{id:guid}", api.DocumentType);
        app.MapGet(ApiPath + "/tree/document-type/root", (int? skip, int? take) => api.TypeTree(skip, take));
        app.MapGet(ApiPath + "/tree/document-type/children", (Guid parentId, int? skip, int? take) => api.TypeTree(skip, take, parentId));
        app.MapGet(ApiPath + "/tree/document/root", (int? skip, int? take) => api.DocumentTree(null, skip, take));
        app.MapGet(ApiPath + "/tree/document/children", (Guid parentId, int? skip, int? take) => api.DocumentTree(parentId, skip, take));
        app.MapPut(ApiPath + "/document/sort", (Func<HttpContext, Task<IResult>>)api.SortDocuments);
        app.MapGet(ApiPath + "/document/{id:guid}", api.GetDocument);
        app.MapPost(ApiPath + "/document", (Func<HttpContext, Task<IResult>>)api.CreateDocument);
        app.MapPut(ApiPath + "/document/{id:guid}", api.UpdateDocument);
        app.MapPut(ApiPath + "/document/{id:guid}/publish", api.PublishDocument);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        api.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return api;
    }

    /// <summary>Forgets every token it issued, as Umbraco does when it restarts.</summary>
    public void RevokeTokens()
    {
        lock (gate)
        {
            revoked.UnionWith(tokens);
        }
    }

    /// <summary>Every request about this document gets a 500 until <see cref="Mend"/>.</summary>
    public void FailOn(Guid key)
    {
        lock (gate)
        {
            failing.Add(key);
        }
    }

    public void Mend(Guid key)
    {
        lock (gate)
        {
            failing.Remove(key);
        }
    }

    /// <summary>The children of <paramref name="parent"/> (null: the root) in their sort order, as the backoffice tree shows them.</summary>
    public IReadOnlyList<Guid> ChildrenOf(Guid? parent)
    {
        lock (gate)
        {
            return [.. Siblings(parent).Select(stored => stored.Id)];
        }
    }

    /// <summary>Creates a document as an editor would in the backoffice, at the end of its siblings.</summary>
    public Guid AddByEditor(ContentTypeRole role, string name, Guid? parent)
    {
        lock (gate)
        {
            var id = Guid.NewGuid();
            var typeId = typeRoles.Single(type => type.Value == role).Key;
            documents[id] = new Stored(id, typeId, parent, sequence++) { Name = name, Values = [], SortOrder = NewChildSortOrder(parent) };
            return id;
        }
    }

    public bool IsPublished(Guid key)
    {
        lock (gate)
        {
            return documents.TryGetValue(key, out var stored) && stored.Published is not null && !stored.Pending;
        }
    }

    /// <summary>
    /// The published documents as Academy's neutral documents, parents first and in sort order
    /// among siblings (a new item is last until it is sorted). Values are read back from the stored
    /// editor values by the kinds of <see cref="UmbracoContentModel"/>, independently of the CLI's writer.
    /// </summary>
    public IReadOnlyList<UmbracoDocument> PublishedDocuments()
    {
        lock (gate)
        {
            var published = documents.Values.Where(stored => stored.Published is not null).OrderBy(stored => stored.SortOrder).ToList();
            var result = new List<UmbracoDocument>();
            void Add(Guid? parent)
            {
                var position = 0;
                foreach (var child in published.Where(stored => stored.Parent == parent))
                {
                    var role = typeRoles[child.TypeId];
                    var values = Decode(role, (JsonArray)child.Published!["values"]!);
                    // As Umbraco's URL segment provider: umbracoUrlName when set, else the name.
                    var segment = values.TryGetValue(UmbracoContentModel.UrlNameAlias, out var urlName) && urlName is UmbracoValue.Text { Value.Length: > 0 } text
                        ? text.Value
                        : Segment(child.Name);
                    result.Add(new UmbracoDocument(child.Id, role, child.Name, segment, child.Parent, position++, values));
                    Add(child.Id);
                }
            }

            Add(null);
            return result;
        }
    }

    /// <summary>Serves the published documents through the fake Delivery API, as Umbraco would after publishing.</summary>
    public void PublishTo(FakeDeliveryApi delivery) => delivery.Load(PublishedDocuments());

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task Gatekeeper(HttpContext http, RequestDelegate next)
    {
        FakeDeliveryRequest.LogWhenAnswered(http, requests, gate);

        if (!http.Request.Path.StartsWithSegments(ApiPath + "/security"))
        {
            var header = http.Request.Headers.Authorization.ToString();
            bool known;
            lock (gate)
            {
                known = header.StartsWith("Bearer ", StringComparison.Ordinal) && tokens.Contains(header["Bearer ".Length..]) && !revoked.Contains(header["Bearer ".Length..]);
            }

            if (!known)
            {
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }
        }

        await next(http);
    }

    private async Task<IResult> Token(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync();
        if (form["grant_type"] != "client_credentials" || form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
        {
            return Results.Json(new { error = "invalid_client" }, statusCode: StatusCodes.Status400BadRequest);
        }

        var token = Guid.NewGuid().ToString("N");
        lock (gate)
        {
            tokens.Add(token);
        }

        return Results.Json(new { access_token = token, token_type = "Bearer", expires_in = (int)TokenLifetime.TotalSeconds });
    }

    /// <summary>Umbraco's search matches a part of the name, or the whole key; never the alias. Its items carry no alias.</summary>
    private IResult SearchTypes(string query)
    {
        lock (gate)
        {
            // ContentTypeSearchService.SearchAsync: x.Name.Contains(query) || x.Key == guidQuery.
            var key = Guid.TryParse(query, out var parsed) ? parsed : Guid.Empty;
            var items = typeRoles
                .Where(type => UmbracoContentModel.For(type.Value).Name.Contains(query, StringComparison.OrdinalIgnoreCase) || type.Key == key)
                .Select(type => (JsonNode)new JsonObject
                {
                    ["id"] = type.Key,
                    ["name"] = UmbracoContentModel.For(type.Value).Name,
                    ["icon"] = UmbracoContentModel.For(type.Value).Icon,
                    ["isElement"] = UmbracoContentModel.For(type.Value).IsElement,
                })
                .ToList();
            return Json(new JsonObject { ["total"] = items.Count, ["items"] = new JsonArray([.. items]) });
        }
    }

    /// <summary>The document type tree: every type at the root, no folders; items carry names, not aliases.</summary>
    private IResult TypeTree(int? skip, int? take, Guid? parent = null)
    {
        lock (gate)
        {
            // DocumentTypeTreeItemResponseModel: id, name, isFolder, isElement, hasChildren; Academy's types sit at the root.
            var level = parent is null ? typeRoles.ToList() : [];
            var items = level.Skip(skip ?? 0).Take(take ?? 100).Select(type => (JsonNode)new JsonObject
            {
                ["id"] = type.Key,
                ["parent"] = null,
                ["name"] = UmbracoContentModel.For(type.Value).Name,
                ["isFolder"] = false,
                ["isElement"] = UmbracoContentModel.For(type.Value).IsElement,
                ["hasChildren"] = false,
                ["icon"] = UmbracoContentModel.For(type.Value).Icon,
            });
            return Json(new JsonObject { ["total"] = level.Count, ["items"] = new JsonArray([.. items]) });
        }
    }

    /// <summary>The content tree: the children of a document, or the root, in their sort order.</summary>
    private IResult DocumentTree(Guid? parent, int? skip, int? take)
    {
        lock (gate)
        {
            if (parent is { } id && !documents.ContainsKey(id))
            {
                return Problem(HttpStatusCode.NotFound, "The document could not be found");
            }

            // DocumentTreeItemResponseModel, paged by skip and take, ordered by sortOrder as IEntityService.GetPagedChildren does.
            var level = Siblings(parent);
            var items = level.Skip(skip ?? 0).Take(take ?? 100).Select(stored => (JsonNode)new JsonObject
            {
                ["id"] = stored.Id,
                ["parent"] = stored.Parent is { } above ? new JsonObject { ["id"] = above } : null,
                ["hasChildren"] = documents.Values.Any(child => child.Parent == stored.Id),
                ["isTrashed"] = false,
                ["documentType"] = new JsonObject { ["id"] = stored.TypeId },
                ["variants"] = new JsonArray(new JsonObject { ["name"] = stored.Name, ["culture"] = null, ["state"] = State(stored) }),
            });
            return Json(new JsonObject { ["total"] = level.Count, ["items"] = new JsonArray([.. items]) });
        }
    }

    /// <summary>
    /// PUT /document/sort with Umbraco's SortingRequestModel: <c>{ parent: { id } | null, sorting: [ { id, sortOrder } ] }</c>.
    /// The rules are TreeEntitySortingService.SortEntities': only the parent's children, each once,
    /// positions from 0 below the number of children and each once; items not named keep their
    /// relative order around the ones that are.
    /// </summary>
    private async Task<IResult> SortDocuments(HttpContext http)
    {
        var body = await Body(http);
        lock (gate)
        {
            if (body?["sorting"] is not JsonArray sorting)
            {
                return Problem(HttpStatusCode.BadRequest, "sorting is required");
            }

            Guid? parent = body["parent"]?["id"]?.GetValue<string>() is { } parentText ? Guid.Parse(parentText) : null;

            // ContentEditingServiceWithSortingBase.HandleSortAsync: an unknown parent is NotFound.
            if (parent is { } parentId && !documents.ContainsKey(parentId))
            {
                return Problem(HttpStatusCode.NotFound, "The document could not be found");
            }

            var children = Siblings(parent).Select(stored => stored.Id).ToList();
            var wanted = sorting.OfType<JsonObject>()
                .Select(entry => (Id: Guid.TryParse(entry["id"]?.GetValue<string>(), out var id) ? id : Guid.Empty, SortOrder: entry["sortOrder"]?.GetValue<int>() ?? -1))
                .ToList();

            // TreeEntitySortingService.SortEntities throws ArgumentException, which the editing service answers as SortingInvalid (400).
            if (wanted.Any(entry => entry.SortOrder < 0 || entry.SortOrder >= children.Count)
                || wanted.Any(entry => !children.Contains(entry.Id))
                || wanted.DistinctBy(entry => entry.Id).Count() != wanted.Count
                || wanted.DistinctBy(entry => entry.SortOrder).Count() != wanted.Count)
            {
                return Problem(HttpStatusCode.BadRequest, "Invalid sorting options", "The sorting names an item that is no child of the parent, twice, or at a position outside the children.");
            }

            var order = children.Where(child => wanted.All(entry => entry.Id != child)).ToList();
            foreach (var (id, sortOrder) in wanted.OrderBy(entry => entry.SortOrder))
            {
                order.Insert(Math.Min(sortOrder, order.Count), id);
            }

            for (var index = 0; index < order.Count; index++)
            {
                documents[order[index]].SortOrder = index;
            }

            return Results.Ok();
        }
    }

    private IResult DocumentType(Guid id)
    {
        lock (gate)
        {
            if (!typeRoles.TryGetValue(id, out var role))
            {
                return Results.NotFound();
            }

            var type = UmbracoContentModel.For(role);
            return Json(new JsonObject { ["id"] = id, ["alias"] = aliases[role], ["name"] = type.Name, ["isElement"] = type.IsElement });
        }
    }

    private IResult GetDocument(Guid id)
    {
        lock (gate)
        {
            if (Refusal(id) is { } refusal)
            {
                return refusal;
            }

            var stored = documents[id];

            var state = State(stored);
            var typeAlias = aliases[typeRoles[stored.TypeId]];

            // Umbraco answers with every value it holds and fields of its own besides.
            var values = new JsonArray([.. stored.Values.Select(value =>
            {
                var copy = (JsonObject)value!.DeepClone();
                copy["editorAlias"] = "Umbraco." + typeAlias;
                return (JsonNode)copy;
            })]);
            return Json(new JsonObject
            {
                ["id"] = stored.Id,
                ["documentType"] = new JsonObject { ["id"] = stored.TypeId, ["icon"] = "icon-document" },
                ["template"] = null,
                ["isTrashed"] = false,
                ["values"] = values,
                ["variants"] = new JsonArray(new JsonObject
                {
                    ["culture"] = null,
                    ["segment"] = null,
                    ["name"] = stored.Name,
                    ["state"] = state,
                    ["createDate"] = "2026-01-01T00:00:00+00:00",
                }),
            });
        }
    }

    private async Task<IResult> CreateDocument(HttpContext http)
    {
        var body = await Body(http);
        lock (gate)
        {
            if (body?["id"]?.GetValue<string>() is not { } idText || !Guid.TryParse(idText, out var id))
            {
                return Problem(HttpStatusCode.BadRequest, "The fake needs an id: the CLI keys every document.");
            }

            if (failing.Contains(id))
            {
                return Failure();
            }

            if (documents.ContainsKey(id))
            {
                return Problem(HttpStatusCode.BadRequest, "Duplicate key", $"A document with the id {id} exists already.");
            }

            Guid? parent = body["parent"]?["id"]?.GetValue<string>() is { } parentText ? Guid.Parse(parentText) : null;
            if (parent is { } parentId && !documents.ContainsKey(parentId))
            {
                return Problem(HttpStatusCode.NotFound, "Parent not found", $"There is no document {parentId} to create below.");
            }

            if (!Guid.TryParse(body["documentType"]?["id"]?.GetValue<string>(), out var typeId) || !typeRoles.TryGetValue(typeId, out var role))
            {
                return Problem(HttpStatusCode.NotFound, "Document type not found");
            }

            if (Invalid(role, body) is { } problem)
            {
                return problem;
            }

            documents[id] = new Stored(id, typeId, parent, sequence++)
            {
                Name = Name(body),
                Values = Stored.AsUmbracoStores(role, (JsonArray)body["values"]!),
                SortOrder = NewChildSortOrder(parent),
            };
            return Results.Created($"{ApiPath}/document/{id}", null);
        }
    }

    private async Task<IResult> UpdateDocument(Guid id, HttpContext http)
    {
        var body = await Body(http);
        lock (gate)
        {
            if (Refusal(id) is { } refusal)
            {
                return refusal;
            }

            var stored = documents[id];

            if (body is null)
            {
                return Problem(HttpStatusCode.BadRequest, "No body");
            }

            if (Invalid(typeRoles[stored.TypeId], body) is { } problem)
            {
                return problem;
            }

            stored.Name = Name(body);
            stored.Values = Stored.AsUmbracoStores(typeRoles[stored.TypeId], (JsonArray)body["values"]!);
            stored.Pending = stored.Published is not null;
            return Results.Ok();
        }
    }

    private async Task<IResult> PublishDocument(Guid id, HttpContext http)
    {
        var body = await Body(http);
        lock (gate)
        {
            if (Refusal(id) is { } refusal)
            {
                return refusal;
            }

            var stored = documents[id];

            if (body?["publishSchedules"] is not JsonArray { Count: > 0 })
            {
                return Problem(HttpStatusCode.BadRequest, "publishSchedules is missing");
            }

            if (stored.Parent is { } parent && documents.TryGetValue(parent, out var above) && above.Published is null)
            {
                return Problem(HttpStatusCode.BadRequest, "Parent not published", "The parent of this document is not published.");
            }

            stored.Published = new JsonObject { ["values"] = stored.Values.DeepClone() };
            stored.Pending = false;
            return Results.Ok();
        }
    }

    private static string State(Stored stored) => stored.Published is null ? "Draft" : stored.Pending ? "PublishedPendingChanges" : "Published";

    private List<Stored> Siblings(Guid? parent) => [.. documents.Values.Where(stored => stored.Parent == parent).OrderBy(stored => stored.SortOrder)];

    // A new document goes after its siblings: DocumentRepository.PersistNewItem takes the highest sort order below the parent, plus one.
    private int NewChildSortOrder(Guid? parent) => documents.Values.Where(stored => stored.Parent == parent).Select(stored => stored.SortOrder + 1).DefaultIfEmpty(0).Max();

    /// <summary>Why a request about this document is not served: told to fail, or no such document.</summary>
    private IResult? Refusal(Guid id) =>
        failing.Contains(id) ? Failure()
        : documents.ContainsKey(id) ? null
        : Problem(HttpStatusCode.NotFound, "The document could not be found");

    /// <summary>Umbraco refuses values for aliases the type does not have, and blocks of unknown element types.</summary>
    private IResult? Invalid(ContentTypeRole role, JsonObject body)
    {
        if (body["values"] is not JsonArray values || body["variants"] is not JsonArray { Count: > 0 } variants || variants[0]?["name"] is null)
        {
            return Problem(HttpStatusCode.BadRequest, "values and variants with a name are required");
        }

        var known = UmbracoContentModel.For(role).Properties.ToDictionary(property => property.Alias);
        foreach (var value in values.OfType<JsonObject>())
        {
            var alias = value["alias"]?.GetValue<string>() ?? "";
            if (!known.TryGetValue(alias, out var property))
            {
                return Problem(HttpStatusCode.BadRequest, "Invalid property", $"{aliases[role]} has no property '{alias}'.");
            }

            if (property.Kind == PropertyKind.Blocks && value["value"] is JsonObject blocks)
            {
                foreach (var data in (blocks["contentData"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    if (!Guid.TryParse(data["contentTypeKey"]?.GetValue<string>(), out var elementType) || typeRoles.GetValueOrDefault(elementType, role) != property.Allowed)
                    {
                        return Problem(HttpStatusCode.BadRequest, "Invalid block", $"{alias} allows only {aliases[property.Allowed!.Value]} blocks.");
                    }

                    if (Invalid(property.Allowed!.Value, new JsonObject { ["values"] = data["values"]?.DeepClone(), ["variants"] = new JsonArray(new JsonObject { ["name"] = "block" }) }) is { } problem)
                    {
                        return problem;
                    }
                }
            }
        }

        return null;
    }

    private Dictionary<string, UmbracoValue> Decode(ContentTypeRole role, JsonArray values)
    {
        var decoded = new Dictionary<string, UmbracoValue>(StringComparer.Ordinal);
        var properties = UmbracoContentModel.For(role).Properties.ToDictionary(property => property.Alias);
        foreach (var value in values.OfType<JsonObject>())
        {
            if (properties.TryGetValue(value["alias"]!.GetValue<string>(), out var property) && Decode(property, value["value"]) is { } read)
            {
                decoded[property.Alias] = read;
            }
        }

        return decoded;
    }

    private UmbracoValue? Decode(PropertyDefinition property, JsonNode? value)
    {
        if (value is null)
        {
            return null;
        }

        return property.Kind switch
        {
            PropertyKind.Choice => value.AsArray().Count == 0 ? null : new UmbracoValue.Text(value[0]!.GetValue<string>()),
            PropertyKind.WholeNumber => value.GetValueKind() == JsonValueKind.Number ? new UmbracoValue.WholeNumber(value.GetValue<long>()) : new UmbracoValue.Text(value.GetValue<string>()),
            PropertyKind.TrueFalse => new UmbracoValue.TrueFalse(value.GetValue<bool>()),
            PropertyKind.TextList => new UmbracoValue.TextList([.. value.AsArray().Select(entry => entry!.GetValue<string>())]),
            PropertyKind.RichText => new UmbracoValue.RichText(value["markup"]!.GetValue<string>()),
            PropertyKind.ContentPicker => new UmbracoValue.Picked([.. value.AsArray().Select(entry => Guid.Parse(entry!["unique"]!.GetValue<string>()))]),
            PropertyKind.Blocks => Blocks(value.AsObject()),
            _ => value.GetValue<string>() is { Length: > 0 } text ? new UmbracoValue.Text(text) : null,
        };
    }

    /// <summary>The layout gives the order; content data gives each block's type and values.</summary>
    private UmbracoValue.Blocks Blocks(JsonObject value)
    {
        var data = (value["contentData"] as JsonArray ?? []).OfType<JsonObject>().ToDictionary(entry => Guid.Parse(entry["key"]!.GetValue<string>()));
        var layout = value["layout"]?["Umbraco.BlockList"] as JsonArray ?? [];
        return new UmbracoValue.Blocks([.. layout.Select(entry =>
        {
            var key = Guid.Parse(entry!["contentKey"]!.GetValue<string>());
            var role = typeRoles[Guid.Parse(data[key]["contentTypeKey"]!.GetValue<string>())];
            return new UmbracoElement(key, role, Decode(role, (JsonArray)data[key]["values"]!));
        })]);
    }

    /// <summary>Umbraco's URL segment for a name, as far as slugs need it: lower case, dashes for spaces.</summary>
    private static string Segment(string name) => string.Join('-', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Name(JsonObject body) => body["variants"]![0]!["name"]!.GetValue<string>();

    private static async Task<JsonObject?> Body(HttpContext http)
    {
        try
        {
            return await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult Failure() => Problem(HttpStatusCode.InternalServerError, "The fake was told to fail for this document");

    private static IResult Json(JsonNode body) => Results.Text(body.ToJsonString(), "application/json");

    private static IResult Problem(HttpStatusCode status, string title, string? detail = null) =>
        Results.Text(new JsonObject { ["title"] = title, ["status"] = (int)status, ["detail"] = detail }.ToJsonString(), "application/problem+json", statusCode: (int)status);

    private sealed class Stored(Guid id, Guid typeId, Guid? parent, int sequence)
    {
        public Guid Id { get; } = id;

        public Guid TypeId { get; } = typeId;

        public Guid? Parent { get; } = parent;

        public int Sequence { get; } = sequence;

        public required string Name { get; set; }

        public required JsonArray Values { get; set; }

        /// <summary>The values as last published; null while never published.</summary>
        public JsonObject? Published { get; set; }

        /// <summary>Saved since the last publish.</summary>
        public bool Pending { get; set; }

        /// <summary>The position among its siblings; Umbraco's tree and the Delivery API list children by it.</summary>
        public int SortOrder { get; set; }

        /// <summary>The values as Umbraco stores them from what was sent, which is what a GET answers.</summary>
        public static JsonArray AsUmbracoStores(ContentTypeRole role, JsonArray sent)
        {
            var values = (JsonArray)sent.DeepClone();
            foreach (var value in values.OfType<JsonObject>())
            {
                if (UmbracoContentModel.For(role).Properties.FirstOrDefault(property => property.Alias == value["alias"]?.GetValue<string>()) is { Kind: PropertyKind.RichText }
                    && value["value"] is JsonObject rich)
                {
                    // RichTextPropertyValueEditor.FromEditor: blank markup stores nothing; no blocks store an empty block value.
                    value["value"] = rich["markup"]?.GetValue<string>() is { } markup && !string.IsNullOrWhiteSpace(markup)
                        ? new JsonObject
                        {
                            ["markup"] = markup,
                            ["blocks"] = rich["blocks"] is JsonObject blocks ? blocks.DeepClone() : new JsonObject
                            {
                                ["layout"] = new JsonObject(),
                                ["contentData"] = new JsonArray(),
                                ["settingsData"] = new JsonArray(),
                                ["expose"] = new JsonArray(),
                            },
                        }
                        : null;
                }
            }

            return values;
        }
    }
}
