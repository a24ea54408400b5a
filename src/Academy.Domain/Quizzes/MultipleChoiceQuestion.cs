namespace Academy.Domain.Quizzes;

/// <summary>All or nothing: the point is earned when exactly the right options are chosen.</summary>
public sealed class MultipleChoiceQuestion(int number, string prompt, string explanation, IReadOnlyList<string> options, IReadOnlyCollection<int> rightOptions)
    : ChoiceQuestion(number, prompt, explanation, options, rightOptions)
{
    public const string TypeName = "multiple";

    public override string Type => TypeName;
}
