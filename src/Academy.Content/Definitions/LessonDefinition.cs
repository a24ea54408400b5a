namespace Academy.Content.Definitions;

/// <param name="Body">The lesson text in Markdown.</param>
public sealed record LessonDefinition(
    string Slug,
    string? Title,
    string? Minutes,
    string? Preview,
    string Body,
    SourceLocation Location,
    IReadOnlyDictionary<string, int> FieldLines)
    : Definition(Location, FieldLines);
