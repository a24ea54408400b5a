namespace Academy.Content;

/// <summary>Bound from <c>Academy:Content</c>.</summary>
public sealed class ContentOptions
{
    public const string Section = "Academy:Content";
    public const string MarkdownSource = "Markdown";
    public const string UmbracoSource = "Umbraco";

    /// <summary><c>Markdown</c> (the content/ folder) or <c>Umbraco</c> (the Delivery API, see <c>Academy:Umbraco</c>).</summary>
    public string Source { get; set; } = MarkdownSource;

    public bool IsUmbraco => string.Equals(Source, UmbracoSource, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The Markdown folder. A relative path is relative to the current directory; without one, the
    /// repo's <c>content/</c> folder is found by walking up from the app.
    /// </summary>
    public string? Path { get; set; }
}
