using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Academy.Content.Umbraco;

namespace Academy.Cli.Umbraco;

/// <summary>
/// The few Management API v1 calls a push needs: document types by key or alias, one document's
/// read, create, update and publish, and the order of a document's children. Every failure becomes an <see cref="UmbracoManagementException"/>
/// that names the request and Umbraco's own explanation.
/// </summary>
public sealed class UmbracoManagementClient(HttpClient http)
{
    public const string ApiPath = "umbraco/management/api/v1/";

    /// <summary>
    /// The id of each Academy type. The package gives each type a stable key
    /// (<see cref="UmbracoContentModel.TypeKey"/>), so it is read by that key. Umbraco's search would
    /// not do: it matches names ("Academy-Kurs"), not aliases. A type the key misses (created by an
    /// older package, or by hand) is looked for in the document type tree by its alias.
    /// </summary>
    /// <exception cref="UmbracoManagementException">Some types are missing: the package is not installed.</exception>
    public async Task<IReadOnlyDictionary<ContentTypeRole, Guid>> DocumentTypesAsync(UmbracoAliases aliases, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<ContentTypeRole, Guid>();
        foreach (var type in UmbracoContentModel.Types)
        {
            var key = aliases.TypeKey(type.Role);
            if (await SendAsync(HttpMethod.Get, $"document-type/{key}", null, cancellationToken, notFoundIsNull: true) is { } found
                && string.Equals(found["alias"]?.GetValue<string>(), aliases[type.Role], StringComparison.OrdinalIgnoreCase))
            {
                ids[type.Role] = key;
            }
        }

        var unkeyed = UmbracoContentModel.Types.Where(type => !ids.ContainsKey(type.Role)).ToList();
        if (unkeyed.Count > 0)
        {
            var byAlias = await AliasesInTreeAsync(cancellationToken);
            foreach (var type in unkeyed)
            {
                if (byAlias.TryGetValue(aliases[type.Role], out var id))
                {
                    ids[type.Role] = id;
                }
            }
        }

        var missing = UmbracoContentModel.Types.Where(type => !ids.ContainsKey(type.Role)).Select(type => aliases[type.Role]).ToList();
        if (missing.Count > 0)
        {
            throw new UmbracoManagementException(
                $"The Umbraco site has no document type {string.Join(", ", missing)}. Install the Academy.Umbraco package first (or map renamed types with Academy:Umbraco:Aliases).");
        }

        return ids;
    }

    /// <summary>Every document type in the tree, folders walked, by alias; each is read once, since tree items carry no alias.</summary>
    private async Task<Dictionary<string, Guid>> AliasesInTreeAsync(CancellationToken cancellationToken)
    {
        var byAlias = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        var folders = new Queue<Guid?>([null]);
        while (folders.TryDequeue(out var folder))
        {
            var level = folder is { } parent ? $"tree/document-type/children?parentId={parent}" : "tree/document-type/root?";
            await foreach (var item in PagesAsync(level, cancellationToken))
            {
                if (!Guid.TryParse(item["id"]?.GetValue<string>(), out var id))
                {
                    continue;
                }

                if (item["isFolder"]?.GetValue<bool>() == true)
                {
                    folders.Enqueue(id);
                    continue;
                }

                if (item["hasChildren"]?.GetValue<bool>() == true)
                {
                    // A type can hold types below it, as a folder can.
                    folders.Enqueue(id);
                }

                var type = await SendAsync(HttpMethod.Get, $"document-type/{id}", null, cancellationToken, notFoundIsNull: true);
                if (type?["alias"]?.GetValue<string>() is { } alias)
                {
                    byAlias.TryAdd(alias, id);
                }
            }
        }

        return byAlias;
    }

    /// <summary>The children of <paramref name="parent"/> (null: the root of the content tree), in Umbraco's sort order.</summary>
    public async Task<IReadOnlyList<Guid>> ChildrenAsync(Guid? parent, CancellationToken cancellationToken)
    {
        var level = parent is { } id ? $"tree/document/children?parentId={id}" : "tree/document/root?";
        var children = new List<Guid>();
        await foreach (var item in PagesAsync(level, cancellationToken))
        {
            if (Guid.TryParse(item["id"]?.GetValue<string>(), out var child))
            {
                children.Add(child);
            }
        }

        return children;
    }

    /// <summary>Puts the children of <paramref name="parent"/> in this order (Umbraco's SortingRequestModel, positions from 0).</summary>
    public Task SortAsync(Guid? parent, IReadOnlyList<Guid> children, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, "document/sort", new JsonObject
        {
            ["parent"] = parent is { } id ? new JsonObject { ["id"] = id } : null,
            ["sorting"] = new JsonArray([.. children.Select((child, index) => (JsonNode)new JsonObject { ["id"] = child, ["sortOrder"] = index })]),
        }, cancellationToken);

    private async IAsyncEnumerable<JsonObject> PagesAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const int page = 100;
        var separator = path.EndsWith('?') ? "" : "&";
        for (var skip = 0; ; skip += page)
        {
            var found = await SendAsync(HttpMethod.Get, $"{path}{separator}skip={skip}&take={page}", null, cancellationToken);
            var items = (found?["items"] as JsonArray ?? []).OfType<JsonObject>().ToList();
            foreach (var item in items)
            {
                yield return item;
            }

            if (items.Count < page || skip + page >= (found?["total"]?.GetValue<int>() ?? 0))
            {
                yield break;
            }
        }
    }

    /// <summary>The document as Umbraco holds it, or null when there is none with this id.</summary>
    public async Task<JsonObject?> GetDocumentAsync(Guid id, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Get, $"document/{id}", null, cancellationToken, notFoundIsNull: true) as JsonObject;

    public Task CreateDocumentAsync(JsonObject body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "document", body, cancellationToken);

    public Task UpdateDocumentAsync(Guid id, JsonObject body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"document/{id}", body, cancellationToken);

    /// <summary>Publishes the invariant variant: Academy's types do not vary by culture.</summary>
    public Task PublishDocumentAsync(Guid id, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"document/{id}/publish", new JsonObject { ["publishSchedules"] = new JsonArray(new JsonObject { ["culture"] = null }) }, cancellationToken);

    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken, bool notFoundIsNull = false)
    {
        using var request = new HttpRequestMessage(method, ApiPath + path);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        var where = $"{method} {http.BaseAddress}{ApiPath}{path}";
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new UmbracoManagementException($"Umbraco could not be reached for {where}: {exception.Message}");
        }

        using (response)
        {
            if (notFoundIsNull && response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new UmbracoManagementException($"Umbraco answered {(int)response.StatusCode} {response.ReasonPhrase} to {where}{Detail(text)}", (int)response.StatusCode);
            }

            try
            {
                return text.Length == 0 ? null : JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                throw new UmbracoManagementException($"Umbraco answered {where} with something else than JSON.");
            }
        }
    }

    /// <summary>Umbraco explains a refusal as a problem document: its title and detail are what the operator needs.</summary>
    private static string Detail(string text)
    {
        try
        {
            var problem = JsonNode.Parse(text) as JsonObject;
            var parts = new[] { problem?["title"], problem?["detail"] }
                .Select(part => part is JsonValue value && value.TryGetValue<string>(out var said) ? said : null)
                .Where(said => !string.IsNullOrWhiteSpace(said))
                .ToList();
            return parts.Count == 0 ? "" : ": " + string.Join(" ", parts);
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
