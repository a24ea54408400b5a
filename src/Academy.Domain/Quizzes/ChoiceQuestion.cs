using System.Globalization;

namespace Academy.Domain.Quizzes;

/// <summary>A question answered by choosing among options. The form sends the displayed positions.</summary>
public abstract class ChoiceQuestion(QuestionText text, IReadOnlyList<string> options, IReadOnlyCollection<int> rightOptions)
    : Question(text)
{
    private readonly HashSet<int> right = [.. rightOptions];

    public IReadOnlyList<string> Options { get; } = options;

    public override IReadOnlyList<IReadOnlyList<int>> ChoiceLists => [Identity(Options.Count)];

    public bool IsRightOption(int index) => right.Contains(index);

    public override QuestionOutcome Grade(QuestionForm form, IReadOnlyList<IReadOnlyList<int>> display, Scoring scoring)
    {
        form.OnlyParts([""]);
        var shown = display[0];
        var chosen = new SortedSet<int>();
        foreach (var value in form.Values())
        {
            if (!chosen.Add(shown[form.DisplayIndex(value, shown.Count)]))
            {
                throw form.Rejected($"received option {value} twice");
            }
        }

        CheckChoiceCount(form, chosen.Count);
        if (chosen.Count == 0)
        {
            return Unanswered(form.Slot);
        }

        var rightChosen = chosen.Count(right.Contains);
        var wrongChosen = chosen.Count - rightChosen;
        var points = wrongChosen == 0 && rightChosen == right.Count ? 1
            : scoring == Scoring.Partial ? Math.Max(0, Math.Round((decimal)(rightChosen - wrongChosen) / right.Count, 4))
            : 0;
        return new QuestionOutcome(
            this,
            form.Slot,
            points,
            AnswerProblem.None,
            [.. chosen.Select(index => index.ToString(CultureInfo.InvariantCulture))],
            [.. chosen.Select(Label)]);
    }

    protected virtual void CheckChoiceCount(QuestionForm form, int count)
    {
    }
}

public sealed class SingleChoiceQuestion(QuestionText text, IReadOnlyList<string> options, int rightOption)
    : ChoiceQuestion(text, options, [rightOption])
{
    public const string TypeName = "single";

    public override string Type => TypeName;

    protected override void CheckChoiceCount(QuestionForm form, int count)
    {
        if (count > 1)
        {
            throw form.Rejected($"takes one answer, not {count}");
        }
    }
}

/// <summary>Every right option and no wrong one earns the point; with partial scoring, each wrong choice cancels a right one.</summary>
public sealed class MultipleChoiceQuestion(QuestionText text, IReadOnlyList<string> options, IReadOnlyCollection<int> rightOptions)
    : ChoiceQuestion(text, options, rightOptions)
{
    public const string TypeName = "multiple";

    public override string Type => TypeName;
}
