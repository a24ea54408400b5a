namespace Academy.Domain.Quizzes;

public sealed record QuizGrade(IReadOnlyList<QuestionOutcome> Outcomes, decimal Points, decimal MaxPoints, int ScorePercent, bool Passed)
{
    public int CorrectCount => Outcomes.Count(outcome => outcome.IsCorrect);
}

/// <param name="Chosen">The option indexes the learner chose; empty for unanswered or non-choice questions.</param>
public sealed record QuestionOutcome(Question Question, IReadOnlySet<int> Chosen, bool IsCorrect, decimal Points)
{
    public bool WasAnswered => Chosen.Count > 0;
}
