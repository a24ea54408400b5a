namespace Academy.Content.Definitions;

/// <param name="Description">The course description in Markdown.</param>
public sealed record CourseDefinition(
    string Slug,
    string? Title,
    string? Summary,
    string? Order,
    string Description,
    IReadOnlyList<ModuleDefinition> Modules,
    SourceLocation Location,
    IReadOnlyDictionary<string, int> FieldLines)
    : Definition(Location, FieldLines);
