using System.Text.Json;

namespace Academy.Domain.Quizzes;

/// <summary>One question as an attempt shows it: its slot and the order of each of its choice lists.</summary>
public sealed record PresentedQuestion(Question Question, int Slot, IReadOnlyList<IReadOnlyList<int>> Display);

/// <summary>
/// The questions an attempt drew, in the order shown, with each one's option order. Stored with the
/// attempt, so a reload or the back button shows the same attempt.
/// </summary>
public sealed class QuizPresentation(IReadOnlyList<PresentedQuestion> questions)
{
    public IReadOnlyList<PresentedQuestion> Questions { get; } = questions;

    public PresentedQuestion? AtSlot(int slot) => slot >= 1 && slot <= Questions.Count ? Questions[slot - 1] : null;

    public string ToJson() =>
        JsonSerializer.Serialize(Questions.Select(question => new StoredQuestion(question.Question.Id, question.Display)));

    /// <summary>Restores a stored presentation, or null when the quiz changed so that it no longer fits.</summary>
    public static QuizPresentation? FromJson(string json, Quiz quiz)
    {
        List<StoredQuestion>? stored;
        try
        {
            stored = JsonSerializer.Deserialize<List<StoredQuestion>>(json);
        }
        catch (JsonException)
        {
            return null;
        }

        if (stored is null || stored.Count == 0)
        {
            return null;
        }

        var questions = new List<PresentedQuestion>();
        foreach (var item in stored)
        {
            if (quiz.FindQuestion(item.Id) is not { } question || !Fits(question, item.Display))
            {
                return null;
            }

            questions.Add(new PresentedQuestion(question, questions.Count + 1, item.Display));
        }

        return new QuizPresentation(questions);
    }

    private static bool Fits(Question question, IReadOnlyList<IReadOnlyList<int>> display)
    {
        var lists = question.ChoiceLists;
        return display.Count == lists.Count
            && lists.Zip(display).All(pair => pair.First.Order().SequenceEqual(pair.Second.Order()));
    }

    private sealed record StoredQuestion(string Id, IReadOnlyList<IReadOnlyList<int>> Display);
}
