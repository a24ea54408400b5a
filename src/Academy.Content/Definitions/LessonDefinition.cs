namespace Academy.Content.Definitions;

/// <param name="Body">The lesson text in Markdown; empty when the source wrote <see cref="RichTextBody"/> instead.</param>
public sealed record LessonDefinition(
    string Slug,
    string? Title,
    string? Minutes,
    string? Preview,
    string Body,
    SourceLocation Location,
    IReadOnlyDictionary<string, int> FieldLines)
    : Definition(Location, FieldLines)
{
    /// <summary>The lesson text as CMS rich-text HTML, not yet sanitised; null for Markdown lessons.</summary>
    public string? RichTextBody { get; init; }
}
