namespace Academy.Domain.Diagnostics;

/// <summary>What a visitor submitted: the raw values per question id, as the form or link sent them.</summary>
public sealed class AssessmentAnswers(IReadOnlyDictionary<string, IReadOnlyList<string>> byQuestion)
{
    public IEnumerable<string> QuestionIds => byQuestion.Keys;

    public IReadOnlyList<string> For(string questionId) =>
        byQuestion.TryGetValue(questionId, out var values) ? values : [];
}
