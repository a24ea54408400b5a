namespace Academy.Domain.Quizzes;

/// <summary>A question answered by choosing among options. The form sends 0-based option indexes.</summary>
public abstract class ChoiceQuestion(int number, string prompt, string explanation, IReadOnlyList<string> options, IReadOnlyCollection<int> rightOptions)
    : Question(number, prompt, explanation)
{
    private readonly HashSet<int> right = [.. rightOptions];

    public IReadOnlyList<string> Options { get; } = options;

    public bool IsRightOption(int index) => right.Contains(index);

    public override QuestionOutcome Grade(IReadOnlyList<string> given)
    {
        var chosen = ParseChoices(given);
        var correct = chosen.SetEquals(right);
        return new QuestionOutcome(this, chosen, correct, correct ? MaxPoints : 0);
    }

    protected virtual void CheckChoiceCount(int count)
    {
    }

    private HashSet<int> ParseChoices(IReadOnlyList<string> given)
    {
        var chosen = new HashSet<int>();
        foreach (var value in given)
        {
            if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                || index >= Options.Count)
            {
                throw new QuizAnswersRejectedException($"Question {Number} has no option '{Truncate(value)}'.");
            }

            if (!chosen.Add(index))
            {
                throw new QuizAnswersRejectedException($"Question {Number} received option {index} twice.");
            }
        }

        CheckChoiceCount(chosen.Count);
        return chosen;
    }

    private static string Truncate(string value) => value.Length <= 20 ? value : value[..20] + "…";
}
