namespace Academy.Domain.Quizzes;

/// <summary>One question of a quiz. Each type knows how to read its form and grade it.</summary>
/// <param name="Id">Stable across edits when the editor set <c>id:</c>; otherwise <c>q</c> and the position in the file.</param>
/// <param name="Number">The 1-based position in the file.</param>
public abstract class Question(QuestionText text)
{
    public string Id { get; } = text.Id;

    public int Number { get; } = text.Number;

    public string Prompt { get; } = text.Prompt;

    public string Explanation { get; } = text.Explanation;

    /// <summary>False when the editor fixed the option order, for options that refer to each other.</summary>
    public bool ShuffleChoices { get; } = text.Shuffle;

    /// <summary>The type's name in quiz.yml.</summary>
    public abstract string Type { get; }

    public decimal MaxPoints => 1;

    /// <summary>
    /// The lists of choices the learner picks from, each in the order shown before any shuffle. The
    /// order never depends on the right answer, so the page gives nothing away.
    /// </summary>
    public virtual IReadOnlyList<IReadOnlyList<int>> ChoiceLists => [];

    /// <summary>Reads and grades what the form sent for this question.</summary>
    /// <param name="display">For each of <see cref="ChoiceLists"/>, the order it was shown in this attempt.</param>
    /// <exception cref="QuizAnswersRejectedException">The form was tampered with.</exception>
    public abstract QuestionOutcome Grade(QuestionForm form, IReadOnlyList<IReadOnlyList<int>> display, Scoring scoring);

    protected QuestionOutcome Unanswered(int slot) => new(this, slot, 0, AnswerProblem.Unanswered, [], []);

    protected static IReadOnlyList<int> Identity(int count) => [.. Enumerable.Range(0, count)];

    /// <summary>Indexes ordered by their text, so the shown order says nothing about the file's order.</summary>
    protected static IReadOnlyList<int> Alphabetical(IReadOnlyList<string> texts) =>
        [.. Enumerable.Range(0, texts.Count).OrderBy(i => texts[i], StringComparer.Ordinal).ThenBy(i => i)];

    /// <summary>All or nothing, or the share of right parts.</summary>
    protected static decimal Score(int right, int total, Scoring scoring) =>
        total == 0 ? 0
        : right == total ? 1
        : scoring == Scoring.Partial ? Math.Round((decimal)right / total, 4)
        : 0;

    protected static string Label(int index) => index < 26 ? ((char)('A' + index)).ToString() : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>What every question has, whatever its type.</summary>
public sealed record QuestionText(string Id, int Number, string Prompt, string Explanation, bool Shuffle = true);
