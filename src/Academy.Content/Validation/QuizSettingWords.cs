using Academy.Domain.Quizzes;

namespace Academy.Content.Validation;

/// <summary>The words quiz.yml uses for its settings, shared by the validator (to list them) and the compiler (to read them).</summary>
internal static class QuizSettingWords
{
    public static WordList<QuizMode> Modes { get; } = new(("exam", QuizMode.Exam), ("practice", QuizMode.Practice));

    public static WordList<Scoring> Scorings { get; } = new(("all-or-nothing", Scoring.AllOrNothing), ("partial", Scoring.Partial));

    public static WordList<Grading> Gradings { get; } = new(("highest", Grading.Highest), ("last", Grading.Last));

    public static WordList<Feedback> Feedbacks { get; } = new(("deferred", Feedback.Deferred), ("immediate", Feedback.Immediate));

    /// <summary>review.score and review.correctness: shown or not.</summary>
    public static WordList<bool> Shown { get; } = new(("always", true), ("never", false));

    public static WordList<Reveal> Reveals { get; } = new(
        ("always", Reveal.Always),
        ("after-pass", Reveal.AfterPass),
        ("after-last-attempt", Reveal.AfterLastAttempt),
        ("never", Reveal.Never));
}

/// <summary>A closed set of words, in the order the messages list them.</summary>
internal sealed class WordList<T>(params (string Word, T Value)[] words)
{
    /// <summary>"a, b, c" for messages.</summary>
    public string Names { get; } = string.Join(", ", words.Select(word => word.Word));

    public bool Contains(string? word) => words.Any(entry => entry.Word == word?.Trim());

    /// <summary>The value of a validated word, or <paramref name="fallback"/> when none was written.</summary>
    public T ValueOr(string? word, T fallback) =>
        word is null ? fallback : words.First(entry => entry.Word == word.Trim()).Value;
}
