namespace Academy.Content.Definitions;

/// <summary>
/// A quiz as written: a module's quiz.yml or a course's practice.yml. The settings stay text, like
/// every other value, so a wrong one is reported at its line; missing ones are null.
/// </summary>
/// <param name="Questions">Null when the field is missing.</param>
public sealed record QuizDefinition(
    string? Title,
    string? Pass,
    IReadOnlyList<QuestionDefinition>? Questions,
    SourceLocation Location,
    IReadOnlyDictionary<string, int> FieldLines)
    : Definition(Location, FieldLines)
{
    public string? Mode { get; init; }

    public string? Draw { get; init; }

    public string? Shuffle { get; init; }

    public string? Scoring { get; init; }

    public string? Attempts { get; init; }

    public string? Cooldown { get; init; }

    public string? Grading { get; init; }

    public string? Feedback { get; init; }

    public string? TimeLimit { get; init; }

    public ReviewDefinition? Review { get; init; }
}

/// <summary>What the result page shows, as written under <c>review:</c>; a missing field shows everything.</summary>
public sealed record ReviewDefinition(
    string? Score,
    string? Correctness,
    string? Answers,
    string? Explanations,
    SourceLocation Location,
    IReadOnlyDictionary<string, int> FieldLines)
    : Definition(Location, FieldLines);
