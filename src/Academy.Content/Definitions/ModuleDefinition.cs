namespace Academy.Content.Definitions;

public sealed record ModuleDefinition(
    string Slug,
    string? Title,
    string? Summary,
    IReadOnlyList<LessonDefinition> Lessons,
    QuizDefinition? Quiz,
    SourceLocation Location,
    IReadOnlyDictionary<string, int> FieldLines)
    : Definition(Location, FieldLines);
