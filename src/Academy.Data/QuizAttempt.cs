namespace Academy.Data;

/// <summary>
/// One attempt at a quiz, created on the server when the learner starts it. It stores the drawn
/// questions and their order, the draft, and after submission the grade and each question's result.
/// </summary>
public sealed class QuizAttempt
{
    public Guid Id { get; set; }

    public required string LearnerId { get; set; }

    public required string CourseSlug { get; set; }

    public required string QuizSlug { get; set; }

    /// <summary><c>exam</c> or <c>practice</c>, as the quiz said when the attempt started.</summary>
    public required string Mode { get; set; }

    public DateTime StartedAtUtc { get; set; }

    /// <summary>When time runs out, with any extra time granted; null without a time limit.</summary>
    public DateTime? DeadlineUtc { get; set; }

    /// <summary>JSON: the drawn questions in their order, with each one's displayed choice order.</summary>
    public required string PresentationJson { get; set; }

    /// <summary>JSON: form field to values, as last saved or checked; the attempt's draft.</summary>
    public string DraftJson { get; set; } = "{}";

    public DateTime? DraftSavedAtUtc { get; set; }

    /// <summary>JSON: the slots checked one by one under immediate feedback; their answers are locked.</summary>
    public string CheckedJson { get; set; } = "[]";

    /// <summary>Null while the attempt is open. An attempt is submitted once.</summary>
    public DateTime? SubmittedAtUtc { get; set; }

    /// <summary>True when the submit came after the deadline and the saved draft was graded instead.</summary>
    public bool SubmittedLate { get; set; }

    public double Points { get; set; }

    public double MaxPoints { get; set; }

    public int ScorePercent { get; set; }

    public bool Passed { get; set; }

    /// <summary>JSON: form field to values, as graded.</summary>
    public string AnswersJson { get; set; } = "{}";

    /// <summary>JSON: each question's <c>QuestionResult</c>, for the review and the item statistics.</summary>
    public string OutcomesJson { get; set; } = "[]";
}
