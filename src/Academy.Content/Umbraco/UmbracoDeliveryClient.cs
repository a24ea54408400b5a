using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Academy.Content.Umbraco;

/// <summary>
/// Reads the Academy items under the start item from Umbraco's Content Delivery API v2: one paged
/// query per Academy type, in the order of the tree, with pickers expanded. Preview walks the tree
/// instead, child by child, because drafts that were never published have no route to place them by.
/// </summary>
/// <remarks>
/// Academy's document types are invariant, so no request carries Accept-Language: Umbraco then
/// serves the items in its default language, and a code that is not exactly one of the site's
/// languages cannot empty the catalogue.
/// </remarks>
public sealed class UmbracoDeliveryClient(HttpClient http, IOptions<UmbracoOptions> options, UmbracoAliases aliases)
{
    public const string ContentPath = "umbraco/delivery/api/v2/content";

    // Element types (questions, pairs) arrive inside their documents' block lists.
    private static readonly ContentTypeRole[] Documents =
        [ContentTypeRole.Course, ContentTypeRole.Module, ContentTypeRole.Lesson, ContentTypeRole.Quiz, ContentTypeRole.Package, ContentTypeRole.Assessment];

    // The items below which the preview walk goes on; lessons, quizzes, packages and checks have no Academy children.
    private static readonly ContentTypeRole[] Containers = [ContentTypeRole.Course, ContentTypeRole.Module, ContentTypeRole.PackageFolder];

    private UmbracoOptions Settings => options.Value;

    /// <summary>Every Academy document under the start item, as raw Delivery API items.</summary>
    /// <param name="preview">Drafts too: sends Preview and the API key, and gives each item its parent (<see cref="UmbracoItem.ParentIdProperty"/>).</param>
    /// <exception cref="ContentSourceUnavailableException">Umbraco could not be reached, has no such start item, or answered something else than content.</exception>
    public async Task<IReadOnlyList<JsonElement>> FetchAsync(bool preview, CancellationToken cancellationToken)
    {
        var start = await ResolveStartAsync(preview, cancellationToken);
        return preview ? await WalkAsync(start, cancellationToken) : await FetchByTypeAsync(start, Documents, preview, cancellationToken);
    }

    /// <summary>The packages as preview sees them: their pickers still hold courses that are not published.</summary>
    public async Task<IReadOnlyList<JsonElement>> FetchPackagesInPreviewAsync(CancellationToken cancellationToken)
    {
        var start = await ResolveStartAsync(preview: true, cancellationToken);
        return await FetchByTypeAsync(start, [ContentTypeRole.Package], preview: true, cancellationToken);
    }

    /// <summary>
    /// Finds the configured start item once per read. A Start-Item header must name a root
    /// (RequestStartItemProvider), and a path in fetch is relative to it (RequestRoutingService),
    /// so the item is looked up first: by id, or by its path below the root its first segment names.
    /// Queries then name it by id, with Start-Item only when it is a root.
    /// </summary>
    private async Task<StartItem> ResolveStartAsync(bool preview, CancellationToken cancellationToken)
    {
        var configured = Settings.StartItem!.Trim().Trim('/');
        string url;
        string? root = null;
        if (Guid.TryParse(configured, out var id))
        {
            url = $"{ContentPath}/item/{id:D}";
        }
        else
        {
            var segments = configured.Split('/', StringSplitOptions.RemoveEmptyEntries);
            root = segments[0];
            url = $"{ContentPath}/item/{string.Join('/', segments.Skip(1).Select(Uri.EscapeDataString))}";
        }

        using var request = Request(url, preview, root);
        var (status, body) = await SendAsync(request, url, cancellationToken);
        if (status == HttpStatusCode.NotFound)
        {
            throw new ContentSourceUnavailableException(
                $"Umbraco has no {(preview ? "" : "published ")}item '{Settings.StartItem}' for Academy:Umbraco:StartItem ({Describe(body)}). "
                + "Use the Academy item's id, or its path starting with the root's URL segment (home/academy), and publish it.");
        }

        if (body.ValueKind != JsonValueKind.Object
            || !body.TryGetProperty("id", out var key) || key.ValueKind != JsonValueKind.String || !key.TryGetGuid(out var itemId)
            || !body.TryGetProperty("route", out var route) || route.ValueKind != JsonValueKind.Object
            || !route.TryGetProperty("startItem", out var startItem) || startItem.ValueKind != JsonValueKind.Object
            || !startItem.TryGetProperty("id", out var rootId) || rootId.ValueKind != JsonValueKind.String || !rootId.TryGetGuid(out var rootKey))
        {
            throw new ContentSourceUnavailableException($"Umbraco answered {http.BaseAddress}{url} with something else than an item with an id and a route");
        }

        // ApiContentRouteBuilder names each item's root as its route's start item, and a root is its own.
        return new StartItem(itemId, IsRoot: itemId == rootKey);
    }

    private async Task<List<JsonElement>> FetchByTypeAsync(StartItem start, IEnumerable<ContentTypeRole> roles, bool preview, CancellationToken cancellationToken)
    {
        var items = new List<JsonElement>();
        foreach (var role in roles)
        {
            items.AddRange(await FetchAllAsync(start, $"descendants:{start.Id:D}", $"&filter=contentType:{Uri.EscapeDataString(aliases[role])}", preview, cancellationToken));
        }

        return items;
    }

    /// <summary>
    /// The tree below the start item, parents before children and siblings in tree order, each item
    /// marked with the parent it was found under: a never-published draft's route is
    /// "/preview-{id}/" (ApiContentRouteBuilder), so routes cannot place items in preview.
    /// </summary>
    private async Task<List<JsonElement>> WalkAsync(StartItem start, CancellationToken cancellationToken)
    {
        var items = new List<JsonElement>();
        var parents = new Queue<Guid>([start.Id]);
        while (parents.TryDequeue(out var parent))
        {
            foreach (var child in await FetchAllAsync(start, $"children:{parent:D}", "", preview: true, cancellationToken))
            {
                var role = child.TryGetProperty("contentType", out var type) && type.ValueKind == JsonValueKind.String ? aliases.RoleOf(type.GetString()!) : null;
                if (role is { } known && Containers.Contains(known) && child.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.TryGetGuid(out var key))
                {
                    parents.Enqueue(key);
                }

                if (role is { } document && Documents.Contains(document))
                {
                    var marked = JsonNode.Parse(child.GetRawText())!.AsObject();
                    marked[UmbracoItem.ParentIdProperty] = parent.ToString("D");
                    items.Add(JsonSerializer.SerializeToElement(marked));
                }
            }
        }

        // The reader wants each type in tree order; a breadth-first walk gives siblings in order, so a stable sort by type is enough.
        return [.. items.OrderBy(item => Array.IndexOf(Documents, aliases.RoleOf(item.GetProperty("contentType").GetString()!)))];
    }

    private async Task<List<JsonElement>> FetchAllAsync(StartItem start, string fetch, string filter, bool preview, CancellationToken cancellationToken)
    {
        var items = new List<JsonElement>();
        for (var skip = 0; ;)
        {
            var url = string.Create(CultureInfo.InvariantCulture,
                $"{ContentPath}?fetch={fetch}{filter}&sort=sortOrder:asc&skip={skip}&take={Settings.PageSize}&expand=properties[$all]");
            using var request = Request(url, preview, start.IsRoot ? start.Id.ToString("D") : null);
            var (status, page) = await SendAsync(request, url, cancellationToken);
            if (status == HttpStatusCode.NotFound)
            {
                throw new ContentSourceUnavailableException($"Umbraco answered 404 ({Describe(page)}) to {http.BaseAddress}{url}");
            }

            if (page.ValueKind != JsonValueKind.Object
                || !page.TryGetProperty("items", out var found) || found.ValueKind != JsonValueKind.Array
                || !page.TryGetProperty("total", out var total) || !total.TryGetInt32(out var count))
            {
                throw new ContentSourceUnavailableException($"Umbraco answered {http.BaseAddress}{url} with something else than {{ total, items }}");
            }

            // PublishStatusService drops invariant items from a page whose culture is no language of the site, but the total still counts them.
            if (found.GetArrayLength() == 0 && skip < count)
            {
                throw new ContentSourceUnavailableException(
                    $"Umbraco counted {count} items for {http.BaseAddress}{url} but sent none. It does so when a request's Accept-Language "
                    + "is not exactly one of the site's language codes (de-DE, not de): check that no proxy adds one, and the site's languages.");
            }

            items.AddRange(found.EnumerateArray().Select(item => item.Clone()));
            skip += found.GetArrayLength();
            if (found.GetArrayLength() == 0 || skip >= count)
            {
                return items;
            }
        }
    }

    private HttpRequestMessage Request(string url, bool preview, string? startItem)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (startItem is not null)
        {
            request.Headers.Add("Start-Item", startItem);
        }

        if (!string.IsNullOrWhiteSpace(Settings.ApiKey))
        {
            request.Headers.Add("Api-Key", Settings.ApiKey);
        }

        if (preview)
        {
            request.Headers.Add("Preview", "true");
        }

        return request;
    }

    /// <summary>The status and JSON body of a 2xx or 404 answer; anything else means Umbraco is unavailable.</summary>
    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpRequestMessage request, string url, CancellationToken cancellationToken)
    {
        var where = $"{http.BaseAddress}{url}";
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                return (response.StatusCode, TryParse(text));
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new ContentSourceUnavailableException($"Umbraco answered {(int)response.StatusCode} {response.ReasonPhrase} to {where}");
            }

            return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken));
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or NotSupportedException or Polly.ExecutionRejectedException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ContentSourceUnavailableException($"Umbraco could not be read at {where}: {exception.Message}", exception);
        }
    }

    private static JsonElement TryParse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(text);
        }
    }

    // ValidateStartItemAttribute answers a Start-Item that is no root with the JSON string "The Start-Item could not be found".
    private static string Describe(JsonElement body) =>
        body.ValueKind == JsonValueKind.String && body.GetString() is { Length: > 0 } message ? $"404: {message}" : "404";

    private sealed record StartItem(Guid Id, bool IsRoot);
}
