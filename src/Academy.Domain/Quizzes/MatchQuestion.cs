using System.Globalization;

namespace Academy.Domain.Quizzes;

/// <summary>
/// Left items paired with right ones. Each left item gets a select of every right-hand option
/// (the pairs' and any distractors), shown alphabetically or shuffled.
/// </summary>
public sealed class MatchQuestion(QuestionText text, IReadOnlyList<string> lefts, IReadOnlyList<string> rights, IReadOnlyList<string> distractors) : Question(text)
{
    public const string TypeName = "match";

    public override string Type => TypeName;

    public IReadOnlyList<string> Lefts { get; } = lefts;

    /// <summary>The right-hand options: first each left's partner, in the same order, then the distractors.</summary>
    public IReadOnlyList<string> Rights { get; } = [.. rights, .. distractors];

    public override IReadOnlyList<IReadOnlyList<int>> ChoiceLists => [Alphabetical(Rights)];

    public override QuestionOutcome Grade(QuestionForm form, IReadOnlyList<IReadOnlyList<int>> display, Scoring scoring)
    {
        var shown = display[0];
        form.OnlyParts(Enumerable.Range(0, Lefts.Count).Select(left => left.ToString(CultureInfo.InvariantCulture)));
        var given = new int?[Lefts.Count];
        for (var left = 0; left < Lefts.Count; left++)
        {
            if (form.Single(left.ToString(CultureInfo.InvariantCulture)) is { } value)
            {
                given[left] = shown[form.DisplayIndex(value, shown.Count)];
            }
        }

        var paired = given.Count(right => right is not null);
        if (paired == 0)
        {
            return Unanswered(form.Slot);
        }

        var correct = given.Select((right, left) => right == left).ToList();
        var problem = paired < Lefts.Count ? AnswerProblem.Incomplete : AnswerProblem.None;
        return new QuestionOutcome(
            this,
            form.Slot,
            Score(correct.Count(right => right), Lefts.Count, scoring),
            problem,
            [.. given.Select(right => right?.ToString(CultureInfo.InvariantCulture))],
            [.. given.Select((right, left) => right is null ? null : $"{left}={right}").OfType<string>()],
            correct);
    }
}
