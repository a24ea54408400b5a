namespace Academy.Domain.Quizzes;

/// <summary>A statement the learner judges as right or wrong.</summary>
public sealed class TrueFalseQuestion(QuestionText text, bool isTrue) : Question(text)
{
    public const string TypeName = "truefalse";

    public override string Type => TypeName;

    public bool IsTrue { get; } = isTrue;

    public override QuestionOutcome Grade(QuestionForm form, IReadOnlyList<IReadOnlyList<int>> display, Scoring scoring)
    {
        form.OnlyParts([""]);
        bool given;
        switch (form.Single())
        {
            case null:
                return Unanswered(form.Slot);
            case "true":
                given = true;
                break;
            case "false":
                given = false;
                break;
            case var other:
                throw form.Rejected($"takes 'true' or 'false', not '{(other.Length > 20 ? other[..20] + "…" : other)}'");
        }

        var value = given ? "true" : "false";
        return new QuestionOutcome(this, form.Slot, given == IsTrue ? 1 : 0, AnswerProblem.None, [value], [value]);
    }
}
