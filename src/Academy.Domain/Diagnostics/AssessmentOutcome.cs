namespace Academy.Domain.Diagnostics;

/// <summary>One possible result of an assessment: what it means for the learner and what helps.</summary>
/// <param name="Key">The outcome's name in weights and in stored results.</param>
/// <param name="TextHtml">The plain-words explanation, rendered and sanitised; safe to write into a page.</param>
/// <param name="Recommend">Course or package slugs, in the order the editor listed them.</param>
/// <param name="Reason">A short sentence why the recommendations fit.</param>
/// <param name="SuggestsContact">True when the learner is better served by talking to the agency.</param>
public sealed record AssessmentOutcome(
    string Key,
    string Title,
    string TextHtml,
    IReadOnlyList<string> Recommend,
    string Reason,
    bool SuggestsContact = false);
