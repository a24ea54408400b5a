using System.Globalization;

namespace Academy.Domain.Quizzes;

/// <summary>
/// Items to put in order. The file lists them in the right order; the page shows them alphabetically
/// or shuffled, and the learner gives each item its position with a select, so nothing is drag-only.
/// </summary>
public sealed class OrderQuestion(QuestionText text, IReadOnlyList<string> itemsInOrder) : Question(text)
{
    public const string TypeName = "order";

    public override string Type => TypeName;

    public IReadOnlyList<string> Items { get; } = itemsInOrder;

    public override IReadOnlyList<IReadOnlyList<int>> ChoiceLists => [Alphabetical(Items)];

    /// <param name="form">Part <c>d</c> (the displayed item) sends the position 1..n the learner gave it.</param>
    public override QuestionOutcome Grade(QuestionForm form, IReadOnlyList<IReadOnlyList<int>> display, Scoring scoring)
    {
        var shown = display[0];
        form.OnlyParts(Enumerable.Range(0, shown.Count).Select(Part));
        var itemAt = new int?[Items.Count];
        var repeated = false;
        for (var d = 0; d < shown.Count; d++)
        {
            if (form.Single(Part(d)) is not { } value)
            {
                continue;
            }

            var position = form.DisplayIndex(value, Items.Count + 1);
            if (position == 0)
            {
                throw form.Rejected($"has no position '{value}'");
            }

            repeated |= itemAt[position - 1] is not null;
            itemAt[position - 1] = shown[d];
        }

        var placed = itemAt.Count(item => item is not null);
        if (placed == 0 && !repeated)
        {
            return Unanswered(form.Slot);
        }

        var correct = itemAt.Select((item, position) => item == position).ToList();
        var given = itemAt.Select(item => item?.ToString(CultureInfo.InvariantCulture)).ToList();
        var problem = repeated ? AnswerProblem.RepeatedPosition : placed < Items.Count ? AnswerProblem.Incomplete : AnswerProblem.None;
        var responses = problem == AnswerProblem.None ? [string.Join("-", given)] : Array.Empty<string>();
        return new QuestionOutcome(this, form.Slot, Score(correct.Count(right => right), Items.Count, scoring), problem, given, responses, correct);
    }

    private static string Part(int displayed) => displayed.ToString(CultureInfo.InvariantCulture);
}
