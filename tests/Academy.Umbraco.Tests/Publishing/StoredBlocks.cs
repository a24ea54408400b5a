using System.Text.Json;
using System.Text.Json.Nodes;
using Academy.Content.Umbraco;

namespace Academy.Umbraco.Tests.Publishing;

/// <summary>
/// A block list value as Umbraco 15+ stores it on a document: the layout names the blocks in order,
/// contentData holds each element with its type's key and its values.
/// </summary>
public static class StoredBlocks
{
    public static string Of(UmbracoSite site, ContentTypeRole element, params IReadOnlyDictionary<string, object?>[] blocks)
    {
        var keys = blocks.Select(_ => Guid.NewGuid()).ToList();
        var value = new JsonObject
        {
            ["layout"] = new JsonObject
            {
                ["Umbraco.BlockList"] = new JsonArray([.. keys.Select(key => (JsonNode)new JsonObject { ["contentKey"] = key.ToString() })]),
            },
            ["contentData"] = new JsonArray([.. blocks.Select((values, index) => (JsonNode)new JsonObject
            {
                ["contentTypeKey"] = site.ContentType(element).Key.ToString(),
                ["key"] = keys[index].ToString(),
                ["values"] = new JsonArray([.. values.Select(entry => (JsonNode)new JsonObject
                {
                    ["editorAlias"] = UmbracoContentModel.For(element).Property(entry.Key).EditorAlias,
                    ["culture"] = null,
                    ["segment"] = null,
                    ["alias"] = entry.Key,
                    ["value"] = entry.Value switch
                    {
                        null => null,
                        string text => JsonValue.Create(text),
                        var other => JsonSerializer.SerializeToNode(other),
                    },
                })]),
            })]),
            ["settingsData"] = new JsonArray(),
            ["expose"] = new JsonArray([.. keys.Select(key => (JsonNode)new JsonObject { ["contentKey"] = key.ToString(), ["culture"] = null, ["segment"] = null })]),
        };
        return value.ToJsonString();
    }
}
