using System.Text.Json;
using Academy.Content.Definitions;

namespace Academy.Content.Umbraco;

/// <summary>
/// One content item or block element as the Delivery API returns it: its type, id, name, route
/// path and raw properties. Blocks carry their owner's name and path, so an error in question 3
/// still points at the quiz an editor has to open.
/// </summary>
public sealed record UmbracoItem(Guid Id, string ContentType, string Name, string Path, IReadOnlyDictionary<string, JsonElement> Properties)
{
    /// <summary>Where errors about this item point: its name, id and path, as the backoffice shows them.</summary>
    public SourceLocation Location => Owner?.Location ?? new($"Umbraco \"{Name}\" ({Id}) {Path}", 0);

    /// <summary>
    /// Academy's own field, not Umbraco's: the Delivery API names no parent, so the preview walk
    /// writes the id of the item it found this one under.
    /// </summary>
    public const string ParentIdProperty = "academyParentId";

    // Constants.DeliveryApi.Routing.PreviewContentPathPrefix: a never-published draft's route in preview.
    private const string PreviewRoutePrefix = "/preview-";

    /// <summary>
    /// The URL segment, which is the slug: "/strategie/ziele/" is "ziele". A draft that was never
    /// published has no segment yet ("/preview-{id}/"), so it takes its umbracoUrlName when it has one.
    /// </summary>
    public string Slug =>
        Path.StartsWith(PreviewRoutePrefix, StringComparison.Ordinal) && Properties.TryGetValue("umbracoUrlName", out var urlName)
            && urlName.ValueKind == JsonValueKind.String && urlName.GetString() is { Length: > 0 } name
            ? name
            : Path.TrimEnd('/') is var trimmed && trimmed.LastIndexOf('/') is var slash && slash >= 0 ? trimmed[(slash + 1)..] : trimmed;

    /// <summary>The route of the item above this one: "/strategie/ziele/" and "/strategie/ziele" are below "/strategie/".</summary>
    public string ParentPath => Path.TrimEnd('/') is var trimmed && trimmed.LastIndexOf('/') is var slash && slash > 0 ? trimmed[..(slash + 1)] : "/";

    /// <summary>The route with one trailing slash, whether Umbraco adds it or not (RequestHandler:AddTrailingSlash).</summary>
    public string NormalPath => Path.TrimEnd('/') + "/";

    /// <summary>The item above, where the preview walk found it; null for items read by type.</summary>
    public Guid? ParentId { get; init; }

    /// <summary>Reads one item of a Delivery API response; null when it lacks an id, a type or a route.</summary>
    public static UmbracoItem? Read(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object
            || !item.TryGetProperty("id", out var id) || !IsGuid(id, out var guid)
            || !item.TryGetProperty("contentType", out var type) || type.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var path = item.TryGetProperty("route", out var route) && route.ValueKind == JsonValueKind.Object
            && route.TryGetProperty("path", out var routePath) && routePath.ValueKind == JsonValueKind.String
                ? routePath.GetString()!
                : null;
        if (path is null)
        {
            return null;
        }

        return new UmbracoItem(guid, type.GetString()!, Text(item, "name") ?? "", path, ReadProperties(item))
        {
            ParentId = item.TryGetProperty(ParentIdProperty, out var parent) && IsGuid(parent, out var parentKey) ? parentKey : null,
        };
    }

    /// <summary>A block element (<c>{ contentType, id, properties }</c>) of a block list inside <paramref name="owner"/>.</summary>
    public static UmbracoItem? ReadElement(JsonElement element, UmbracoItem owner)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("contentType", out var type) || type.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var id = element.TryGetProperty("id", out var key) && IsGuid(key, out var guid) ? guid : Guid.Empty;
        return new UmbracoItem(id, type.GetString()!, owner.Name, owner.Path, ReadProperties(element)) { Owner = owner };
    }

    /// <summary>For a block element, the document it belongs to; errors point there.</summary>
    public UmbracoItem? Owner { get; init; }

    // TryGetGuid throws on anything but a string, and a broken item must be reported, not crash the read.
    private static bool IsGuid(JsonElement value, out Guid guid)
    {
        guid = Guid.Empty;
        return value.ValueKind == JsonValueKind.String && value.TryGetGuid(out guid);
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Dictionary<string, JsonElement> ReadProperties(JsonElement item) =>
        item.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? properties.EnumerateObject().ToDictionary(property => property.Name, property => property.Value.Clone(), StringComparer.Ordinal)
            : new Dictionary<string, JsonElement>(StringComparer.Ordinal);
}
