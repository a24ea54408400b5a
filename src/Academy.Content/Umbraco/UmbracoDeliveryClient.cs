using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Academy.Content.Umbraco;

/// <summary>
/// Reads the Academy items under the start item from Umbraco's Content Delivery API v2: one paged
/// query per Academy type, in the order of the tree, with pickers expanded.
/// </summary>
public sealed class UmbracoDeliveryClient(HttpClient http, IOptions<UmbracoOptions> options, UmbracoAliases aliases)
{
    public const string ContentPath = "umbraco/delivery/api/v2/content";

    // Element types (questions, pairs) arrive inside their documents' block lists.
    private static readonly ContentTypeRole[] Documents =
        [ContentTypeRole.Course, ContentTypeRole.Module, ContentTypeRole.Lesson, ContentTypeRole.Quiz, ContentTypeRole.Package, ContentTypeRole.Assessment];

    private UmbracoOptions Settings => options.Value;

    /// <summary>Every Academy document under the start item, as raw Delivery API items.</summary>
    /// <param name="preview">Drafts too: sends Preview and the API key.</param>
    /// <exception cref="ContentSourceUnavailableException">Umbraco could not be reached or answered something else than content.</exception>
    public async Task<IReadOnlyList<JsonElement>> FetchAsync(bool preview, string culture, CancellationToken cancellationToken)
    {
        var items = new List<JsonElement>();
        foreach (var role in Documents)
        {
            for (var skip = 0; ;)
            {
                var page = await FetchPageAsync(aliases[role], skip, preview, culture, cancellationToken);
                items.AddRange(page.Items);
                skip += page.Items.Count;
                if (page.Items.Count == 0 || skip >= page.Total)
                {
                    break;
                }
            }
        }

        return items;
    }

    private async Task<(int Total, List<JsonElement> Items)> FetchPageAsync(string alias, int skip, bool preview, string culture, CancellationToken cancellationToken)
    {
        var query = string.Create(CultureInfo.InvariantCulture,
            $"{ContentPath}?fetch=descendants:{Uri.EscapeDataString(Settings.StartItem!)}&filter=contentType:{Uri.EscapeDataString(alias)}&sort=sortOrder:asc&skip={skip}&take={Settings.PageSize}&expand=properties[$all]");
        using var request = new HttpRequestMessage(HttpMethod.Get, query);
        request.Headers.AcceptLanguage.ParseAdd(culture);
        request.Headers.Add("Start-Item", Settings.StartItem);
        if (!string.IsNullOrWhiteSpace(Settings.ApiKey))
        {
            request.Headers.Add("Api-Key", Settings.ApiKey);
        }

        if (preview)
        {
            request.Headers.Add("Preview", "true");
        }

        var where = $"{http.BaseAddress}{query}";
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new ContentSourceUnavailableException($"Umbraco answered {(int)response.StatusCode} {response.ReasonPhrase} to {where}");
            }

            var page = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            if (page.ValueKind != JsonValueKind.Object
                || !page.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array
                || !page.TryGetProperty("total", out var total) || !total.TryGetInt32(out var count))
            {
                throw new ContentSourceUnavailableException($"Umbraco answered {where} with something else than {{ total, items }}");
            }

            return (count, [.. items.EnumerateArray().Select(item => item.Clone())]);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or NotSupportedException or Polly.ExecutionRejectedException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ContentSourceUnavailableException($"Umbraco could not be read at {where}: {exception.Message}", exception);
        }
    }
}
