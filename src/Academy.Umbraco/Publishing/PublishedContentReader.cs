using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Academy.Content.Umbraco;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Strings;
using Umbraco.Extensions;

namespace Academy.Umbraco.Publishing;

/// <summary>
/// Turns a document as it is being published into the shape the Delivery API will serve it in, so
/// that <see cref="UmbracoCatalogueReader"/> reads it exactly as Academy.Web will read the site.
/// Umbraco stores values differently from how it delivers them: a block list as layout and
/// contentData keyed by element type keys, a dropdown as a JSON array in a string, a text list as
/// lines, a picker as document UDIs, a checkbox as 1 or 0.
/// </summary>
public sealed class PublishedContentReader(
    IContentService contents,
    IContentTypeService contentTypes,
    IShortStringHelper shortStrings,
    UrlSegmentProviderCollection urlSegments,
    UmbracoAliases aliases)
{
    private const string BlockListLayout = "Umbraco.BlockList";

    public ContentTypeRole? RoleOf(IContentBase content) => aliases.RoleOf(content.ContentType.Alias);

    public IContent? Parent(IContent content) => content.ParentId > 0 ? contents.GetById(content.ParentId) : null;

    /// <summary>The URL segment Umbraco gives the document, which Academy takes as its slug.</summary>
    public string Slug(IContentBase content)
    {
        var segment = urlSegments.Count > 0 ? content.GetUrlSegment(shortStrings, urlSegments, culture: null, published: false) : null;
        return string.IsNullOrWhiteSpace(segment) ? shortStrings.CleanStringForUrlSegment(content.Name ?? "") : segment;
    }

    /// <summary>The documents a picker holds, in its order; null for a key Umbraco has no document for.</summary>
    public IReadOnlyList<(Guid Key, IContent? Document)> Picked(IContent content, string alias) =>
        [.. (content.HasProperty(alias) ? Text(Plain(content.GetValue(alias))) ?? "" : "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(udi => Guid.TryParse(udi[(udi.LastIndexOf('/') + 1)..], out var key) ? key : Guid.Empty)
            .Where(key => key != Guid.Empty)
            .Select(key => (key, contents.GetById(key)))];

    /// <summary>The document at <paramref name="path"/>, with the Academy properties of its type in Delivery API shape.</summary>
    public UmbracoItem Item(IContent content, string path)
    {
        var definition = RoleOf(content) is { } role ? UmbracoContentModel.For(role) : null;
        var properties = new JsonObject();
        foreach (var property in definition?.Properties ?? [])
        {
            if (content.HasProperty(property.Alias))
            {
                properties[property.Alias] = Value(content.GetValue(property.Alias), property);
            }
        }

        return new UmbracoItem(content.Key, content.ContentType.Alias, content.Name ?? "", path, Element(properties));
    }

    private JsonNode? Value(object? stored, PropertyDefinition property)
    {
        stored = Plain(stored);
        if (stored is null)
        {
            return null;
        }

        return property.Kind switch
        {
            PropertyKind.WholeNumber => stored switch
            {
                int or long or decimal or double => JsonValue.Create(Convert.ToDecimal(stored, CultureInfo.InvariantCulture)),
                string text when long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
                var other => JsonValue.Create(Text(other)),
            },
            PropertyKind.TrueFalse => stored switch
            {
                bool flag => JsonValue.Create(flag),
                int or long or decimal or double => JsonValue.Create(Convert.ToDecimal(stored, CultureInfo.InvariantCulture) != 0),
                string text when text.Trim() is "1" or "0" => JsonValue.Create(text.Trim() == "1"),
                string text when bool.TryParse(text.Trim(), out var flag) => JsonValue.Create(flag),
                var other => JsonValue.Create(Text(other)),
            },
            PropertyKind.TextList => Texts(stored, splitLines: true),
            PropertyKind.Choice => Texts(stored, splitLines: false),
            PropertyKind.ContentPicker => Picked(stored),
            PropertyKind.RichText => stored is string html && Json(html) is { ValueKind: JsonValueKind.Object } tree ? JsonNode.Parse(tree.GetRawText()) : Node(stored),
            PropertyKind.Blocks => Blocks(stored),
            _ => JsonValue.Create(Text(stored)),
        };
    }

    /// <summary>
    /// A text list is stored as lines (or, inside blocks, sometimes as a list); a dropdown as a JSON
    /// array in a string. Empty lines are no entry, as the backoffice shows them.
    /// </summary>
    private static JsonNode? Texts(object stored, bool splitLines)
    {
        if (stored is string text && Json(text) is { ValueKind: JsonValueKind.Array } array)
        {
            stored = array;
        }

        return stored switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } list => new JsonArray([.. list.EnumerateArray().Select(entry => JsonValue.Create(entry.ValueKind == JsonValueKind.String ? entry.GetString() : entry.GetRawText()))]),
            string lines when splitLines => new JsonArray([.. lines.ReplaceLineEndings("\n").Split('\n').Where(line => line.Length > 0).Select(line => JsonValue.Create(line))]),
            string one => string.IsNullOrEmpty(one) ? new JsonArray() : new JsonArray(JsonValue.Create(one)),
            var other => Node(other),
        };
    }

    /// <summary>A picker stores "umb://document/&lt;key&gt;,…"; the Delivery API gives each document's id, type and route.</summary>
    private JsonArray Picked(object stored)
    {
        var picked = new JsonArray();
        foreach (var udi in (Text(stored) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = Guid.TryParse(udi[(udi.LastIndexOf('/') + 1)..], out var guid) ? guid : Guid.Empty;
            var document = key == Guid.Empty ? null : contents.GetById(key);
            picked.Add(new JsonObject
            {
                ["id"] = key.ToString(),
                ["contentType"] = document?.ContentType.Alias ?? "",
                ["name"] = document?.Name ?? "",
                ["route"] = new JsonObject { ["path"] = $"/{(document is null ? key.ToString() : Slug(document))}/" },
            });
        }

        return picked;
    }

    /// <summary>
    /// Block lists are stored as <c>{ layout: { "Umbraco.BlockList": [ { contentKey } ] }, contentData:
    /// [ { contentTypeKey, key, values: [ { alias, value } ] } ] }</c> and delivered as <c>{ items: [
    /// { content: { contentType, id, properties } } ] }</c>, in the layout's order.
    /// </summary>
    private JsonNode? Blocks(object stored)
    {
        var value = stored switch
        {
            string text => Json(text),
            JsonElement element => element,
            _ => null,
        };
        if (value is not { ValueKind: JsonValueKind.Object } blocks || !blocks.TryGetProperty("contentData", out var contentData) || contentData.ValueKind != JsonValueKind.Array)
        {
            // Not a block value at all: the catalogue reader reports it as such.
            return Node(stored);
        }

        var data = contentData.EnumerateArray()
            .Where(entry => entry.ValueKind == JsonValueKind.Object)
            .Select(entry => (Key: KeyOf(entry, "key"), Entry: entry))
            .ToList();
        var order = blocks.TryGetProperty("layout", out var layout) && layout.ValueKind == JsonValueKind.Object
            && layout.TryGetProperty(BlockListLayout, out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(entry => KeyOf(entry, "contentKey")).ToList()
                : data.Select(entry => entry.Key).ToList();

        var items = new JsonArray();
        foreach (var key in order)
        {
            var entry = data.FirstOrDefault(candidate => candidate.Key == key && key is not null).Entry;
            if (entry.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var typeAlias = KeyOf(entry, "contentTypeKey") is { } typeKey ? contentTypes.Get(typeKey)?.Alias : null;
            var definition = aliases.RoleOf(typeAlias) is { } role ? UmbracoContentModel.For(role) : null;
            var properties = new JsonObject();
            if (entry.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                foreach (var saved in values.EnumerateArray().Where(saved => saved.ValueKind == JsonValueKind.Object))
                {
                    var alias = saved.TryGetProperty("alias", out var name) ? name.GetString() : null;
                    if (definition?.Properties.FirstOrDefault(property => property.Alias == alias) is { } property)
                    {
                        properties[property.Alias] = Value(saved.TryGetProperty("value", out var raw) ? raw : null, property);
                    }
                }
            }

            items.Add(new JsonObject
            {
                ["content"] = new JsonObject
                {
                    ["contentType"] = typeAlias ?? "",
                    ["id"] = key.ToString(),
                    ["properties"] = properties,
                },
            });
        }

        return new JsonObject { ["items"] = items };
    }

    /// <summary>Values read from stored JSON become plain values; lists and objects stay JSON.</summary>
    private static object? Plain(object? stored) => stored switch
    {
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        JsonElement { ValueKind: JsonValueKind.String } text => text.GetString(),
        JsonElement { ValueKind: JsonValueKind.Number } number => number.TryGetInt64(out var whole) ? whole : number.GetDecimal(),
        JsonElement { ValueKind: JsonValueKind.True or JsonValueKind.False } flag => flag.GetBoolean(),
        _ => stored,
    };

    private static JsonNode? Node(object stored) => stored is JsonElement element ? JsonNode.Parse(element.GetRawText()) : JsonValue.Create(Text(stored));

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        JsonElement element => element.GetRawText(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static JsonElement? Json(string text)
    {
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith('{') && !trimmed.StartsWith('['))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Guid? KeyOf(JsonElement entry, string name) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && Guid.TryParse(value.GetString(), out var key)
                ? key
                : null;

    private static Dictionary<string, JsonElement> Element(JsonObject properties) =>
        properties.ToDictionary(property => property.Key, property => JsonSerializer.SerializeToElement(property.Value), StringComparer.Ordinal);
}
