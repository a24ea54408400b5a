namespace Academy.Data;

/// <summary>One submitted quiz, with the raw answers so the result page can show feedback later.</summary>
public sealed class QuizAttempt
{
    public Guid Id { get; set; }

    public required string LearnerId { get; set; }

    public required string CourseSlug { get; set; }

    public required string QuizSlug { get; set; }

    public DateTime SubmittedAtUtc { get; set; }

    public double Points { get; set; }

    public double MaxPoints { get; set; }

    public int ScorePercent { get; set; }

    public bool Passed { get; set; }

    /// <summary>JSON: question number to the values the form sent.</summary>
    public required string AnswersJson { get; set; }
}
