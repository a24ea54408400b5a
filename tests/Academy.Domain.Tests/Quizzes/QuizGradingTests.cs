using Academy.Domain.Quizzes;
using static Academy.Domain.Tests.Quizzes.QuizSamples;

namespace Academy.Domain.Tests.Quizzes;

/// <summary>The quiz as a whole: points, percent, pass, and what no honest form could send.</summary>
public sealed class QuizGradingTests
{
    private static SingleChoiceQuestion Single(int number) => new(Text(number), ["a", "b", "c"], 0);

    [Theory]
    [InlineData(66, true)]
    [InlineData(67, false)]
    public void The_percent_is_rounded_down_before_it_meets_the_pass_threshold(int pass, bool passed)
    {
        var quiz = QuizOf(Single(1), Single(2), Single(3)) with { PassPercent = pass };

        var grade = Submit(quiz, ("q1", ["0"]), ("q2", ["0"]), ("q3", ["1"]));

        Assert.Equal(66, grade.ScorePercent);
        Assert.Equal(2m, grade.Points);
        Assert.Equal(3m, grade.MaxPoints);
        Assert.Equal(passed, grade.Passed);
    }

    [Fact]
    public void Partial_points_add_up_across_questions()
    {
        var quiz = QuizOf(
            InFileOrder with { Scoring = Scoring.Partial },
            new MultipleChoiceQuestion(Text(1), ["a", "b", "c", "d"], [0, 1]),
            Single(2));

        var grade = Submit(quiz, ("q1", ["0"]), ("q2", ["0"]));

        Assert.Equal(1.5m, grade.Points);
        Assert.Equal(75, grade.ScorePercent);
        Assert.Equal(1, grade.CorrectCount);
        Assert.Equal([0.5m, 1m], grade.Results.Select(result => result.Points));
        Assert.Equal(["q1", "q2"], grade.Results.Select(result => result.QuestionId));
    }

    [Fact]
    public void Open_and_unreadable_answers_are_listed_as_problems()
    {
        var quiz = QuizOf(Single(1), new NumberQuestion(Text(2), 3, 0, null), Single(3));

        var grade = Submit(quiz, ("q1", ["0"]), ("q2", ["drei"]));

        Assert.Equal([2, 3], grade.Problems.Select(outcome => outcome.Slot));
        Assert.Equal([AnswerProblem.NotANumber, AnswerProblem.Unanswered], grade.Problems.Select(outcome => outcome.Problem));
    }

    [Fact]
    public void Fields_that_are_not_answers_are_ignored()
    {
        var grade = Submit(QuizOf(Single(1)), ("q1", ["0"]), ("__RequestVerificationToken", ["abc"]), ("check", ["1"]));

        Assert.True(grade.Passed);
    }

    [Theory]
    [InlineData("q0")]
    [InlineData("q2")]
    [InlineData("q99")]
    [InlineData("q99.1")]
    public void An_answer_to_a_slot_beyond_the_attempt_is_rejected(string field)
    {
        var exception = Assert.Throws<QuizAnswersRejectedException>(() => Submit(QuizOf(Single(1)), ("q1", ["0"]), (field, ["0"])));

        Assert.StartsWith("The attempt has no question", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Slots_count_the_drawn_questions_not_the_pool()
    {
        var quiz = QuizOf(InFileOrder with { Draw = 2 }, Single(1), Single(2), Single(3));
        var presentation = quiz.Present(3);

        Assert.Throws<QuizAnswersRejectedException>(() => Form(presentation.Questions.Count, ("q3", ["0"])));
        Assert.Equal(2, quiz.Grade(presentation, Form(2, ("q1", ["0"]), ("q2", ["0"]))).CorrectCount);
    }

    [Fact]
    public void An_answer_locked_by_an_immediate_check_wins_over_a_later_change()
    {
        var checkedForm = Form(2, ("q1", ["0"]));
        var submitted = Form(2, ("q1", ["1"]), ("q2", ["0"]));

        var merged = submitted.With(checkedForm, [1]);

        Assert.Equal(["0"], merged.For(1).Values());
        Assert.Equal(["0"], merged.For(2).Values());
        Assert.Equal(new Dictionary<string, IReadOnlyList<string>> { ["q1"] = ["0"], ["q2"] = ["0"] }, merged.ToFields());
    }
}
