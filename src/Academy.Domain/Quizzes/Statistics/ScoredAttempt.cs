namespace Academy.Domain.Quizzes.Statistics;

/// <summary>One submitted exam attempt as the item statistics see it, in the order the attempts were submitted.</summary>
/// <param name="Results">One result per question the attempt was shown; a pool shows each attempt only some questions.</param>
public sealed record ScoredAttempt(int ScorePercent, bool Passed, IReadOnlyList<QuestionResult> Results);
