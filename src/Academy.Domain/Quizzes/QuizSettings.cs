namespace Academy.Domain.Quizzes;

public enum QuizMode
{
    /// <summary>Counts towards course completion; attempts may be limited.</summary>
    Exam,

    /// <summary>Unlimited, drawn from the pool, explanations straight away; never counts.</summary>
    Practice,
}

public enum Scoring
{
    AllOrNothing,

    /// <summary>Questions with several parts (multiple, order, match, cloze) earn a share of the point.</summary>
    Partial,
}

public enum Grading
{
    Highest,
    Last,
}

public enum Feedback
{
    /// <summary>Results after submit.</summary>
    Deferred,

    /// <summary>Each question can be checked on the server as the learner goes; a checked answer is locked.</summary>
    Immediate,
}

/// <summary>When the result page reveals something to the learner.</summary>
public enum Reveal
{
    Always,
    AfterPass,
    AfterLastAttempt,
    Never,
}

/// <summary>What the result page shows after submit.</summary>
public sealed record ReviewPolicy(bool Score, bool Correctness, Reveal Answers, Reveal Explanations)
{
    public static ReviewPolicy Everything { get; } = new(true, true, Reveal.Always, Reveal.Always);
}

/// <summary>How a quiz is taken, as the editor set it in quiz.yml.</summary>
/// <param name="Draw">Questions per attempt; null draws all.</param>
/// <param name="Attempts">0 means unlimited.</param>
public sealed record QuizSettings(
    QuizMode Mode = QuizMode.Exam,
    int? Draw = null,
    bool Shuffle = true,
    Scoring Scoring = Scoring.AllOrNothing,
    int Attempts = 0,
    TimeSpan? Cooldown = null,
    Grading Grading = Grading.Highest,
    Feedback Feedback = Feedback.Deferred,
    TimeSpan? TimeLimit = null,
    ReviewPolicy? Review = null)
{
    public static QuizSettings Default { get; } = new();

    public ReviewPolicy ReviewPolicy => Review ?? ReviewPolicy.Everything;

    public bool IsPractice => Mode == QuizMode.Practice;

    /// <summary>Practice is always unlimited, with feedback and explanations straight away, whatever else the file says.</summary>
    public QuizSettings Effective() =>
        IsPractice
            ? this with { Attempts = 0, Cooldown = null, Feedback = Feedback.Immediate, Review = ReviewPolicy.Everything }
            : this;
}
