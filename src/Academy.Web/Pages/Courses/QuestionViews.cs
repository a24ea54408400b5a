using Academy.Domain.Quizzes;

namespace Academy.Web.Pages.Courses;

/// <summary>One question's inputs in an attempt: what was shown, what the learner gave so far, and whether it is locked.</summary>
public sealed record QuestionInput(PresentedQuestion Presented, QuestionForm Given, bool Locked)
{
    public int Slot => Presented.Slot;

    public string Field(string part = "") => part.Length == 0 ? $"q{Slot}" : $"q{Slot}.{part}";

    public string Id(string part) => $"q{Slot}-{part}";

    public bool Has(string part, string value) => Given.Values(part).Contains(value, StringComparer.Ordinal);

    public string Value(string part = "") => Given.Values(part).FirstOrDefault() ?? "";
}

/// <summary>One question's review after a check or a submit, with what the quiz's review policy lets it show.</summary>
public sealed record QuestionReview(QuestionOutcome Outcome, PresentedQuestion Presented, bool ShowCorrectness, bool ShowAnswers, bool ShowExplanation, bool AsSection = true);
