using System.Text.Json;
using Academy.Content.Snapshot;
using Academy.Content.Umbraco;
using Academy.Umbraco.Fakes;

namespace Academy.Content.Tests.Umbraco;

/// <summary>
/// Reads the Academy items over HTTP the way the Umbraco source is meant to: one content type at a
/// time, below the start item, in tree order, page by page.
/// </summary>
internal static class DeliveryApiFetch
{
    private static readonly ContentTypeRole[] DocumentRoles =
        [ContentTypeRole.Course, ContentTypeRole.Module, ContentTypeRole.Lesson, ContentTypeRole.Quiz, ContentTypeRole.Package, ContentTypeRole.Assessment];

    /// <param name="take">Small, so that most types need more than one page.</param>
    public static async Task<List<UmbracoItem>> Items(HttpClient client, int take = 3, bool expand = true)
    {
        var items = new List<UmbracoItem>();
        foreach (var role in DocumentRoles)
        {
            var total = 0;
            for (var skip = 0; skip == 0 || skip < total; skip += take)
            {
                var url = $"{FakeDeliveryApi.ContentPath}?fetch=descendants:{FakeDeliveryApi.StartItemId}"
                    + $"&filter=contentType:{UmbracoAliases.Default[role]}&sort=sortOrder:asc&skip={skip}&take={take}"
                    + (expand ? $"&expand={Uri.EscapeDataString("properties[$all]")}" : "");
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                response.EnsureSuccessStatusCode();
                using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                total = page.RootElement.GetProperty("total").GetInt32();
                foreach (var item in page.RootElement.GetProperty("items").EnumerateArray())
                {
                    items.Add(UmbracoItem.Read(item) ?? throw new InvalidOperationException($"Not a Delivery API item: {item}"));
                }
            }
        }

        return items;
    }

    public static ContentLoadResult Compile(IReadOnlyList<UmbracoItem> items)
    {
        var (definition, errors) = new UmbracoCatalogueReader().Read(items);
        return CatalogueCompiler.Compile(definition, errors);
    }

    public static async Task<ContentLoadResult> Catalogue(HttpClient client, int take = 3, bool expand = true) =>
        Compile(await Items(client, take, expand));
}
