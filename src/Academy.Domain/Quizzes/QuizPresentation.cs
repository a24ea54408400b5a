using System.Text.Json;
using System.Text.Json.Serialization;

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

    /// <summary>The stored form agreed for attempts: <c>[{"id":"q3","choices":[2,0,1]},{"id":"q4","gaps":[[1,0],[]]}]</c>.</summary>
    public string ToJson() =>
        JsonSerializer.Serialize(Questions.Select(question => StoredQuestion.Of(question.Question, question.Display)));

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
            if (item?.Id is null || quiz.FindQuestion(item.Id) is not { } question || questions.Any(shown => shown.Question == question))
            {
                return null;
            }

            var display = item.DisplayFor(question);
            if (!Fits(question, display))
            {
                return null;
            }

            questions.Add(new PresentedQuestion(question, questions.Count + 1, display));
        }

        return new QuizPresentation(questions);
    }

    private static bool Fits(Question question, IReadOnlyList<IReadOnlyList<int>> display)
    {
        var lists = question.ChoiceLists;
        return display.Count == lists.Count
            && display.All(list => list is not null)
            && lists.Zip(display).All(pair => pair.First.Order().SequenceEqual(pair.Second.Order()));
    }

    /// <summary>A cloze question stores one display order per gap; any other question its one list of choices, if it has one.</summary>
    private sealed record StoredQuestion(
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("choices"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<int>? Choices,
        [property: JsonPropertyName("gaps"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<IReadOnlyList<int>>? Gaps)
    {
        public static StoredQuestion Of(Question question, IReadOnlyList<IReadOnlyList<int>> display) =>
            question is ClozeQuestion
                ? new(question.Id, null, display)
                : new(question.Id, display.Count == 1 ? display[0] : null, null);

        public IReadOnlyList<IReadOnlyList<int>> DisplayFor(Question question) =>
            question is ClozeQuestion ? Gaps ?? [] : Choices is { } choices ? [choices] : [];
    }
}
