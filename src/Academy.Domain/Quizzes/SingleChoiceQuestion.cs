namespace Academy.Domain.Quizzes;

public sealed class SingleChoiceQuestion(int number, string prompt, string explanation, IReadOnlyList<string> options, int rightOption)
    : ChoiceQuestion(number, prompt, explanation, options, [rightOption])
{
    public const string TypeName = "single";

    public override string Type => TypeName;

    protected override void CheckChoiceCount(int count)
    {
        if (count > 1)
        {
            throw new QuizAnswersRejectedException($"Question {Number} takes one answer, not {count}.");
        }
    }
}
