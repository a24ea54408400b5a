namespace Academy.Domain.Quizzes.Statistics;

/// <summary>A question of the quiz as the statistics list it: its id in the stored results and its prompt.</summary>
/// <param name="ListedResponses">Response keys to list even when nobody gave them, such as every option label of a choice question.</param>
/// <param name="RightResponses">
/// The response keys that are right, when the question knows them (choice questions). Without them a key
/// counts as right once an attempt with full points gave it.
/// </param>
public sealed record QuizItem(string QuestionId, string Prompt, IReadOnlyList<string> ListedResponses, IReadOnlySet<string>? RightResponses)
{
    public QuizItem(string questionId, string prompt)
        : this(questionId, prompt, [], null)
    {
    }
}
