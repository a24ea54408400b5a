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

        if (StringOf(value, "tag") == "#root")
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
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var tag = StringOf(element, "tag") ?? "";
        if (tag == "#text")
        {
            html.Append(WebUtility.HtmlEncode(StringOf(element, "text")));
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

        // HTML reads "</br>" as a second line break; void elements take no closing tag.
        if (VoidElements.Contains(tag))
        {
            return;
        }

        WriteChildren(element, html);
        html.Append("</").Append(tag).Append('>');
    }

    // GetString throws on anything but a string or null; a malformed tree is reported, not fatal.
    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9-]*$")]
    private static partial Regex TagName();
}
