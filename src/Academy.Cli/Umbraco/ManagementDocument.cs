using System.Text.Json.Nodes;
using Academy.Content.Umbraco;

namespace Academy.Cli.Umbraco;

/// <summary>
/// One <see cref="UmbracoDocument"/> in the Management API's shapes: the bodies that create and
/// update it, with each value in the form its property editor stores, and whether a document that
/// Umbraco already holds says the same.
/// </summary>
/// <remarks>
/// The item is named by its title, as an editor would name it; its slug is set in umbracoUrlName,
/// which Umbraco reads for the URL segment instead of the name.
/// </remarks>
public sealed class ManagementDocument(UmbracoDocument document, IReadOnlyDictionary<ContentTypeRole, Guid> typeIds)
{
    public const string BlockListEditor = "Umbraco.BlockList";

    public Guid Id => document.Key;

    public string Name => document.Name;

    public JsonObject CreateBody(Guid? parent) => new()
    {
        ["id"] = document.Key,
        ["parent"] = parent is { } id ? new JsonObject { ["id"] = id } : null,
        ["documentType"] = new JsonObject { ["id"] = typeIds[document.Role] },
        ["template"] = null,
        ["values"] = Values(),
        ["variants"] = Variants(),
    };

    public JsonObject UpdateBody() => new()
    {
        ["template"] = null,
        ["values"] = Values(),
        ["variants"] = Variants(),
    };

    /// <summary>
    /// True when <paramref name="existing"/> (a GET of the document) has this name and these values.
    /// Only what a push sets is compared: Umbraco adds fields of its own (editorAlias, dates, settings
    /// keys), and an empty value, an empty list and no value are the same to it.
    /// </summary>
    public bool IsSameAs(JsonObject existing)
    {
        var variant = (existing["variants"] as JsonArray)?.FirstOrDefault();
        return variant?["name"]?.GetValue<string>() == Name && Same(Values(), existing["values"]);
    }

    /// <summary>Published with nothing pending, as the first (invariant) variant's state says.</summary>
    public static bool IsPublished(JsonObject existing) =>
        (existing["variants"] as JsonArray)?.FirstOrDefault()?["state"]?.GetValue<string>() == "Published";

    private JsonArray Variants() => [new JsonObject { ["culture"] = null, ["segment"] = null, ["name"] = Name }];

    /// <summary>Every property of the type, null where the document has no value, so an update also empties.</summary>
    private JsonArray Values() =>
        [.. UmbracoContentModel.For(document.Role).Properties.Select(property => (JsonNode)Value(
            property.Alias,
            document.Values.TryGetValue(property.Alias, out var value) ? Editor(property, value) : null))];

    private static JsonObject Value(string alias, JsonNode? value) => new()
    {
        ["alias"] = alias,
        ["culture"] = null,
        ["segment"] = null,
        ["value"] = value,
    };

    private JsonNode? Editor(PropertyDefinition property, UmbracoValue value) => value switch
    {
        // A single-choice dropdown stores its choice as a list of one.
        UmbracoValue.Text text when property.Kind == PropertyKind.Choice => new JsonArray(text.Value),
        UmbracoValue.Text text => text.Value,
        UmbracoValue.WholeNumber number => number.Value,
        UmbracoValue.TrueFalse flag => flag.Value,
        UmbracoValue.TextList list => new JsonArray([.. list.Values.Select(entry => (JsonNode?)entry)]),
        UmbracoValue.RichText rich => new JsonObject { ["markup"] = rich.Markup, ["blocks"] = null },
        UmbracoValue.Picked picked => new JsonArray([.. picked.Keys.Select(key => (JsonNode)new JsonObject { ["type"] = "document", ["unique"] = key })]),
        UmbracoValue.Blocks blocks => BlockList(blocks),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "A value the Academy model does not have."),
    };

    /// <summary>The block list storage format of Umbraco 15 and later: layout, content data and what is exposed.</summary>
    private JsonObject BlockList(UmbracoValue.Blocks blocks) => new()
    {
        ["layout"] = new JsonObject
        {
            [BlockListEditor] = new JsonArray([.. blocks.Elements.Select(element => (JsonNode)new JsonObject { ["contentKey"] = element.Key })]),
        },
        ["contentData"] = new JsonArray([.. blocks.Elements.Select(element => (JsonNode)new JsonObject
        {
            ["contentTypeKey"] = typeIds[element.Role],
            ["key"] = element.Key,
            ["values"] = new JsonArray([.. UmbracoContentModel.For(element.Role).Properties
                .Where(property => element.Values.ContainsKey(property.Alias))
                .Select(property => (JsonNode)Value(property.Alias, Editor(property, element.Values[property.Alias])))]),
        })]),
        ["settingsData"] = new JsonArray(),
        ["expose"] = new JsonArray([.. blocks.Elements.Select(element => (JsonNode)new JsonObject { ["contentKey"] = element.Key, ["culture"] = null, ["segment"] = null })]),
    };

    private static bool Same(JsonNode? wanted, JsonNode? held)
    {
        if (IsEmpty(wanted))
        {
            return IsEmpty(held);
        }

        switch (wanted)
        {
            case JsonObject fields:
                return held is JsonObject heldFields && fields.All(field => Same(field.Value, heldFields[field.Key]));
            case JsonArray list when list.All(entry => entry is JsonObject entryFields && entryFields.ContainsKey("alias")):
                // Values are matched by alias: Umbraco may list them in another order, and list unset ones too.
                return held is JsonArray heldList && SameByAlias(list, heldList);
            case JsonArray list:
                return held is JsonArray heldEntries && heldEntries.Count == list.Count && list.Zip(heldEntries).All(pair => Same(pair.First, pair.Second));
            default:
                return held is JsonValue && SameScalar(wanted!, held);
        }
    }

    private static bool SameByAlias(JsonArray wanted, JsonArray held)
    {
        var heldByAlias = held.OfType<JsonObject>().ToDictionary(entry => entry["alias"]?.GetValue<string>() ?? "", StringComparer.Ordinal);
        var wantedAliases = wanted.OfType<JsonObject>().Select(entry => entry["alias"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        return wanted.OfType<JsonObject>().All(entry => Same(entry["value"], heldByAlias.GetValueOrDefault(entry["alias"]!.GetValue<string>())?["value"]))
            && heldByAlias.Where(entry => !wantedAliases.Contains(entry.Key)).All(entry => IsEmpty(entry.Value["value"]));
    }

    /// <remarks>
    /// An object of empty members is empty too: Umbraco stores rich text sent with <c>blocks: null</c>
    /// with an empty block value, <c>{ layout: {}, contentData: [], settingsData: [], expose: [] }</c>
    /// (RichTextPropertyValueEditor.FromEditor), and answers with that.
    /// </remarks>
    private static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonArray list => list.Count == 0,
        JsonObject fields => fields.All(field => IsEmpty(field.Value)),
        JsonValue value when value.TryGetValue<string>(out var text) => text.Length == 0,
        _ => false,
    };

    /// <summary>As JSON text; ids compare as ids, whichever case Umbraco writes them in.</summary>
    private static bool SameScalar(JsonNode wanted, JsonNode held)
    {
        var left = wanted.ToJsonString();
        var right = held.ToJsonString();
        return left == right || (Guid.TryParse(left.Trim('"'), out var leftId) && Guid.TryParse(right.Trim('"'), out var rightId) && leftId == rightId);
    }
}
