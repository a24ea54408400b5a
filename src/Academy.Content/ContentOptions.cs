namespace Academy.Content;

/// <summary>Bound from <c>Academy:Content</c>.</summary>
public sealed class ContentOptions
{
    public const string Section = "Academy:Content";
    public const string MarkdownSource = "Markdown";

    /// <summary><c>Markdown</c>; <c>Umbraco</c> is reserved for the headless source.</summary>
    public string Source { get; set; } = MarkdownSource;

    /// <summary>
    /// The Markdown folder. A relative path is relative to the current directory; without one, the
    /// repo's <c>content/</c> folder is found by walking up from the app.
    /// </summary>
    public string? Path { get; set; }
}
