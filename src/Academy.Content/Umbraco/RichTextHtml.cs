using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Academy.Content.Umbraco;

/// <summary>
/// The HTML of a Delivery API rich-text value, before sanitising: <c>{ markup, blocks }</c> by
/// default, or the element tree when the site sets RichTextOutputAsJson. Blocks inside the text
/// (<c>umb-rte-block</c>) have no Academy meaning and are dropped by the sanitiser.
/// </summary>
internal static partial class RichTextHtml
{
    /// <summary>Null when the value is neither shape.</summary>
    public static string? From(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (value.TryGetProperty("markup", out var markup) && markup.ValueKind is JsonValueKind.String or JsonValueKind.Null)
        {
            return markup.GetString() ?? "";
        }

        if (value.TryGetProperty("tag", out var tag) && tag.GetString() == "#root")
        {
            var html = new StringBuilder();
            WriteChildren(value, html);
            return html.ToString();
        }

        return null;
    }

    private static void WriteChildren(JsonElement element, StringBuilder html)
    {
        if (!element.TryGetProperty("elements", out var children) || children.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var child in children.EnumerateArray())
        {
            Write(child, html);
        }
    }

    private static void Write(JsonElement element, StringBuilder html)
    {
        var tag = element.TryGetProperty("tag", out var name) ? name.GetString() ?? "" : "";
        if (tag == "#text")
        {
            html.Append(WebUtility.HtmlEncode(element.TryGetProperty("text", out var text) ? text.GetString() : ""));
            return;
        }

        // A tag name that is not a plain HTML name could break out of the markup; its text stays.
        if (!TagName().IsMatch(tag))
        {
            WriteChildren(element, html);
            return;
        }

        html.Append('<').Append(tag);
        if (element.TryGetProperty("attributes", out var attributes) && attributes.ValueKind == JsonValueKind.Object)
        {
            foreach (var attribute in attributes.EnumerateObject().Where(attribute => TagName().IsMatch(attribute.Name)))
            {
                html.Append(' ').Append(attribute.Name).Append("=\"").Append(WebUtility.HtmlEncode(attribute.Value.ToString())).Append('"');
            }
        }

        html.Append('>');
        WriteChildren(element, html);
        html.Append("</").Append(tag).Append('>');
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9-]*$")]
    private static partial Regex TagName();
}
