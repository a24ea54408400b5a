namespace Academy.Domain.Quizzes;

public sealed record QuizGrade(IReadOnlyList<QuestionOutcome> Outcomes, decimal Points, decimal MaxPoints, int ScorePercent, bool Passed)
{
    public int CorrectCount => Outcomes.Count(outcome => outcome.IsCorrect);

    /// <summary>Questions the learner still has to fix before an honest submit: left open, half done, not a number.</summary>
    public IReadOnlyList<QuestionOutcome> Problems => [.. Outcomes.Where(outcome => outcome.Problem != AnswerProblem.None)];

    public IReadOnlyList<QuestionResult> Results => [.. Outcomes.Select(outcome => outcome.ToResult())];
}

/// <summary>Why an answer cannot be graded as the learner meant it. A tampered form is not a problem but a rejection.</summary>
public enum AnswerProblem
{
    None,
    Unanswered,

    /// <summary>Some parts (items, pairs, gaps) are still open.</summary>
    Incomplete,

    /// <summary>An order question with the same position given twice.</summary>
    RepeatedPosition,
    NotANumber,
}

/// <param name="Slot">The 1-based position in the attempt.</param>
/// <param name="Given">
/// What the learner gave, in file terms, by part: the chosen option indexes for choice questions, the
/// text, the item index at each position, the right-hand index for each pair, each gap's answer; null
/// where a part was left open.
/// </param>
/// <param name="PartsCorrect">For questions with parts (order, match, cloze), whether each part is right.</param>
public sealed record QuestionOutcome(
    Question Question,
    int Slot,
    decimal Points,
    AnswerProblem Problem,
    IReadOnlyList<string?> Given,
    IReadOnlyList<string> Responses,
    IReadOnlyList<bool>? PartsCorrect = null)
{
    public bool IsCorrect => Points == Question.MaxPoints;

    public bool WasAnswered => Problem != AnswerProblem.Unanswered;

    public bool IsChosen(int option) => Given.Contains(option.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public bool IsPartCorrect(int part) => PartsCorrect is { } parts && part < parts.Count && parts[part];

    public QuestionResult ToResult() => new(Question.Id, Points, Question.MaxPoints, Responses);
}
