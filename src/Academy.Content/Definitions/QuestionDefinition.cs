namespace Academy.Content.Definitions;

/// <param name="Number">The 1-based position in the quiz, used in messages and as the form field name.</param>
/// <param name="Options">Null when the field is missing.</param>
/// <param name="Answer">Null when the field is missing.</param>
public sealed record QuestionDefinition(
    int Number,
    string? Type,
    string? Prompt,
    IReadOnlyList<string>? Options,
    AnswerDefinition? Answer,
    string? Explanation,
    SourceLocation Location,
    IReadOnlyDictionary<string, int> FieldLines)
    : Definition(Location, FieldLines);

/// <summary>The right answer as written: one index (<c>answer: 1</c>) or a list (<c>answer: [0, 2]</c>).</summary>
public sealed record AnswerDefinition(IReadOnlyList<string> Indexes, bool IsList);
