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
/// client-credentials token, document types by alias, and documents read, created, updated and
/// published. It is as strict as Umbraco where a push could go wrong: no token, a duplicate id, an
/// unknown parent, type or property alias, publishing below an unpublished parent. Tests read the
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
    public static async Task<FakeManagementApi> StartAsync(bool installTypes = true, UmbracoAliases? aliases = null)
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
                api.typeRoles[Guid.NewGuid()] = type.Role;
            }
        }

        app.Use(api.Gatekeeper);
        app.MapPost(ApiPath + "/security/back-office/token", (Func<HttpContext, Task<IResult>>)api.Token);
        app.MapGet(ApiPath + "/item/document-type/search", api.SearchTypes);
        app.MapGet(ApiPath + "/document-type/{id:guid}", api.DocumentType);
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

    public bool IsPublished(Guid key)
    {
        lock (gate)
        {
            return documents.TryGetValue(key, out var stored) && stored.Published is not null && !stored.Pending;
        }
    }

    /// <summary>
    /// The published documents as Academy's neutral documents, parents first and in creation order
    /// among siblings, which is where Umbraco puts a new item. Values are read back from the stored
    /// editor values by the kinds of <see cref="UmbracoContentModel"/>, independently of the CLI's writer.
    /// </summary>
    public IReadOnlyList<UmbracoDocument> PublishedDocuments()
    {
        lock (gate)
        {
            var published = documents.Values.Where(stored => stored.Published is not null).OrderBy(stored => stored.Sequence).ToList();
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

    /// <summary>Like Umbraco's search, it matches names and aliases loosely, and its items carry no alias.</summary>
    private IResult SearchTypes(string query)
    {
        lock (gate)
        {
            var items = typeRoles
                .Where(type => aliases[type.Value].Contains(query, StringComparison.OrdinalIgnoreCase) || UmbracoContentModel.For(type.Value).Name.Contains(query, StringComparison.OrdinalIgnoreCase))
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

            var state = stored.Published is null ? "Draft" : stored.Pending ? "PublishedPendingChanges" : "Published";
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
                Values = (JsonArray)body["values"]!.DeepClone(),
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
            stored.Values = (JsonArray)body["values"]!.DeepClone();
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
    }
}
