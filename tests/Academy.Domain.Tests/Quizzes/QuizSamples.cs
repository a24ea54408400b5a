using Academy.Domain.Quizzes;

namespace Academy.Domain.Tests.Quizzes;

/// <summary>Builds quizzes and submits forms as the quiz page would post them.</summary>
internal static class QuizSamples
{
    /// <summary>Without shuffling, so a choice list shows in its canonical order (file order, or alphabetical for order and match).</summary>
    public static QuizSettings InFileOrder { get; } = new(Shuffle: false);

    public static QuestionText Text(int number = 1, string? id = null, bool shuffle = true) => new(id ?? $"q{number}", number, "P?", "E.", shuffle);

    public static Quiz QuizOf(params Question[] questions) => QuizOf(InFileOrder, questions);

    public static Quiz QuizOf(QuizSettings settings, params Question[] questions) => new("ziele", "Quiz", 70, questions, settings);

    public static QuizForm Form(int slotCount, params (string Field, string[] Values)[] fields) =>
        QuizForm.Read(fields.Select(field => KeyValuePair.Create(field.Field, (IReadOnlyList<string>)field.Values)), slotCount);

    /// <summary>Presents the quiz with seed 1 and grades the fields against that presentation.</summary>
    public static QuizGrade Submit(Quiz quiz, params (string Field, string[] Values)[] fields)
    {
        var presentation = quiz.Present(1);
        return quiz.Grade(presentation, Form(presentation.Questions.Count, fields));
    }

    /// <summary>Grades one question on its own, shown in canonical order, with the given scoring.</summary>
    public static QuestionOutcome Answer(Question question, Scoring scoring, params (string Field, string[] Values)[] fields) =>
        Assert.Single(Submit(QuizOf(InFileOrder with { Scoring = scoring }, question), fields).Outcomes);

    public static QuestionOutcome Answer(Question question, params (string Field, string[] Values)[] fields) =>
        Answer(question, Scoring.AllOrNothing, fields);
}
