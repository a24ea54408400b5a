namespace Academy.Content.Definitions;

/// <param name="Questions">Null when the field is missing.</param>
public sealed record QuizDefinition(
    string? Title,
    string? Pass,
    IReadOnlyList<QuestionDefinition>? Questions,
    SourceLocation Location,
    IReadOnlyDictionary<string, int> FieldLines)
    : Definition(Location, FieldLines);
