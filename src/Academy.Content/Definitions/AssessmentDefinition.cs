namespace Academy.Content.Definitions;

/// <summary>A diagnostic check as one source wrote it (assessments/&lt;slug&gt;.yml).</summary>
/// <param name="Intro">Markdown; optional.</param>
/// <param name="Outcomes">Null when the field is missing.</param>
/// <param name="Questions">Null when the field is missing.</param>
public sealed record AssessmentDefinition(
    string Slug,
    string? Title,
    string? Intro,
    IReadOnlyList<OutcomeDefinition>? Outcomes,
    IReadOnlyList<AssessmentQuestionDefinition>? Questions,
    SourceLocation Location,
    IReadOnlyDictionary<string, int> FieldLines)
    : Definition(Location, FieldLines);

/// <param name="Number">The 1-based position in the file, used in messages.</param>
/// <param name="Text">The plain-words explanation, in Markdown.</param>
/// <param name="Recommend">Course or package slugs; null when the field is missing.</param>
/// <param name="Contact">"true" when the result should offer the agency's contact details; as written.</param>
public sealed record OutcomeDefinition(
    int Number,
    string? Key,
    string? Title,
    string? Text,
    IReadOnlyList<SlugReference>? Recommend,
    string? Reason,
    string? Contact,
    SourceLocation Location,
    IReadOnlyDictionary<string, int> FieldLines)
    : Definition(Location, FieldLines);

/// <param name="Number">The 1-based position in the file, used in messages and for the default id q&lt;N&gt;.</param>
/// <param name="Id">As written; null when the default applies.</param>
/// <param name="Options">Null when the field is missing.</param>
public sealed record AssessmentQuestionDefinition(
    int Number,
    string? Id,
    string? Prompt,
    IReadOnlyList<AssessmentOptionDefinition>? Options,
    SourceLocation Location,
    IReadOnlyDictionary<string, int> FieldLines)
    : Definition(Location, FieldLines)
{
    public string EffectiveId => string.IsNullOrWhiteSpace(Id) ? $"q{Number}" : Id;
}

/// <param name="Question">The 1-based position of its question, used in messages.</param>
/// <param name="Number">The 1-based position within its question.</param>
/// <param name="Weights">Null when the field is missing.</param>
public sealed record AssessmentOptionDefinition(
    int Question,
    int Number,
    string? Text,
    IReadOnlyList<WeightDefinition>? Weights,
    SourceLocation Location,
    IReadOnlyDictionary<string, int> FieldLines)
    : Definition(Location, FieldLines);

/// <summary>One "outcome: points" entry of an option's weights, with its line.</summary>
/// <param name="Points">As written; validated, not parsed, on read.</param>
public sealed record WeightDefinition(string OutcomeKey, string? Points, SourceLocation Location);

/// <summary>A course or package named by slug, with where it was named.</summary>
public sealed record SlugReference(string Slug, SourceLocation Location);
