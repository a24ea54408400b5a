namespace Academy.Content.Definitions;

/// <param name="Description">The course description in Markdown.</param>
/// <param name="Practice">The course's practice pool (practice.yml); null when it has none.</param>
public sealed record CourseDefinition(
    string Slug,
    string? Title,
    string? Summary,
    string? Order,
    string Description,
    IReadOnlyList<ModuleDefinition> Modules,
    SourceLocation Location,
    IReadOnlyDictionary<string, int> FieldLines,
    QuizDefinition? Practice = null)
    : Definition(Location, FieldLines);
