namespace Academy.Domain.Diagnostics;

/// <summary>How one visitor's answers add up.</summary>
/// <param name="Choices">Question id to the chosen option index, for every answered question.</param>
/// <param name="Ranking">Every outcome, highest score first; ties keep the outcomes' order in the file.</param>
/// <param name="Unanswered">Questions left open; a result is only shown when there are none.</param>
public sealed record AssessmentResult(
    IReadOnlyDictionary<string, int> Choices,
    IReadOnlyList<OutcomeScore> Ranking,
    IReadOnlyList<AssessmentQuestion> Unanswered)
{
    public bool IsComplete => Unanswered.Count == 0;

    /// <summary>The outcomes worth acting on: a zero or negative total is no recommendation.</summary>
    public IReadOnlyList<OutcomeScore> Recommended => [.. Ranking.Where(score => score.IsRecommended)];

    /// <summary>The strongest recommendation; null when no outcome scored above zero.</summary>
    public OutcomeScore? Top => Ranking.FirstOrDefault(score => score.IsRecommended);
}

public sealed record OutcomeScore(AssessmentOutcome Outcome, int Score)
{
    public bool IsRecommended => Score > 0;
}
