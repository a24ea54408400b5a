using Ganss.Xss;

namespace Academy.Content.Rendering;

/// <summary>
/// Makes a CMS rich-text body safe to serve, by the same policy as <see cref="MarkdownRenderer"/>:
/// the markup a lesson needs stays, anything that could run, load or restyle does not, and links
/// keep only http, https, mailto and tel.
/// </summary>
public static class RichTextRenderer
{
    // Built once: the sanitiser is thread-safe once configured.
    private static readonly HtmlSanitizer Sanitizer = new(new HtmlSanitizerOptions
    {
        AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "p", "br", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "sub", "sup", "mark",
            "a", "ul", "ol", "li", "blockquote", "code", "pre", "hr", "img", "figure", "figcaption",
            "table", "thead", "tbody", "tr", "th", "td", "caption",
        },
        AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title", "alt", "src", "width", "height", "colspan", "rowspan", "scope" },
        AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" },
        UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
        AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
    });

    public static RenderedMarkdown Render(string html)
    {
        using var document = Sanitizer.SanitizeDom(html);
        var body = document.Body!;
        return new RenderedMarkdown(body.InnerHtml, MarkdownRenderer.CountWords(body.TextContent));
    }
}
