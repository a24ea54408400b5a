namespace Academy.Content.Definitions;

/// <summary>
/// One question as written. The fields every type has come first; each type's own fields are null
/// when not written, and the validator says which type needs which.
/// </summary>
/// <param name="Number">The 1-based position in the quiz, used in messages and for the default id <c>q&lt;N&gt;</c>.</param>
public sealed record QuestionDefinition(
    int Number,
    string? Type,
    string? Prompt,
    string? Explanation,
    SourceLocation Location,
    IReadOnlyDictionary<string, int> FieldLines)
    : Definition(Location, FieldLines)
{
    /// <summary>The stable id; null means <c>q&lt;Number&gt;</c>.</summary>
    public string? Id { get; init; }

    /// <summary>Whether the options may be shuffled; null means yes.</summary>
    public string? Shuffle { get; init; }

    /// <summary>single and multiple.</summary>
    public IReadOnlyList<string>? Options { get; init; }

    /// <summary>An option index or a list of them (single, multiple), true or false, accepted texts, or a number.</summary>
    public AnswerDefinition? Answer { get; init; }

    /// <summary>text: the allowed edit distance.</summary>
    public string? Typos { get; init; }

    /// <summary>number.</summary>
    public string? Tolerance { get; init; }

    /// <summary>number: shown after the input.</summary>
    public string? Unit { get; init; }

    /// <summary>order: written in the right order.</summary>
    public IReadOnlyList<string>? Items { get; init; }

    /// <summary>match.</summary>
    public IReadOnlyList<PairDefinition>? Pairs { get; init; }

    /// <summary>match: extra right-hand options.</summary>
    public IReadOnlyList<string>? Distractors { get; init; }

    /// <summary>cloze: the text with gaps written {1}, {2}.</summary>
    public string? Text { get; init; }

    /// <summary>cloze.</summary>
    public IReadOnlyList<GapDefinition>? Gaps { get; init; }

    /// <summary>The id an attempt stores: <c>id:</c> or <c>q&lt;N&gt;</c>.</summary>
    public string EffectiveId => string.IsNullOrWhiteSpace(Id) ? $"q{Number}" : Id.Trim();
}

/// <summary>The right answer as written: one value (<c>answer: 1</c>) or a list (<c>answer: [0, 2]</c>).</summary>
public sealed record AnswerDefinition(IReadOnlyList<string> Values, bool IsList);

/// <summary>A match question's pair; <paramref name="Number"/> is its 1-based position.</summary>
public sealed record PairDefinition(
    int Number,
    string? Left,
    string? Right,
    SourceLocation Location,
    IReadOnlyDictionary<string, int> FieldLines)
    : Definition(Location, FieldLines);

/// <summary>A cloze gap: typed (<see cref="Answer"/> lists accepted texts) or chosen (<see cref="Options"/> and an index).</summary>
/// <param name="Number">The gap's number, as written in the text: {1} is the first entry of gaps.</param>
public sealed record GapDefinition(
    int Number,
    AnswerDefinition? Answer,
    IReadOnlyList<string>? Options,
    string? Typos,
    SourceLocation Location,
    IReadOnlyDictionary<string, int> FieldLines)
    : Definition(Location, FieldLines);
