namespace Academy.Domain.Quizzes;

/// <summary>A short typed answer, compared with the accepted answers by <see cref="AnswerText"/>.</summary>
public sealed class TextQuestion(QuestionText text, IReadOnlyList<string> accepted, int typos) : Question(text)
{
    public const string TypeName = "text";

    public override string Type => TypeName;

    public IReadOnlyList<string> Accepted { get; } = accepted;

    public int Typos { get; } = typos;

    public override QuestionOutcome Grade(QuestionForm form, IReadOnlyList<IReadOnlyList<int>> display, Scoring scoring)
    {
        form.OnlyParts([""]);
        if (form.Single() is not { } given || AnswerText.Normalise(given).Length == 0)
        {
            return Unanswered(form.Slot);
        }

        var right = AnswerText.Matches(given, Accepted, Typos);
        return new QuestionOutcome(this, form.Slot, right ? 1 : 0, AnswerProblem.None, [given.Trim()], [AnswerText.Normalise(given)]);
    }
}
