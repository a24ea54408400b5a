namespace Academy.Domain.Diagnostics;

/// <summary>A single-choice question whose options weigh towards outcomes.</summary>
/// <param name="Id">Unique within the assessment; stored with results, so answers survive reordering.</param>
/// <param name="Number">The 1-based position, shown to the learner.</param>
public sealed record AssessmentQuestion(string Id, int Number, string Prompt, IReadOnlyList<AssessmentOption> Options);

/// <param name="Weights">Outcome key to points; outcomes not named get nothing from this option.</param>
public sealed record AssessmentOption(string Text, IReadOnlyDictionary<string, int> Weights);
