using Academy.Domain.Quizzes;
using static Academy.Domain.Tests.Quizzes.QuizSamples;

namespace Academy.Domain.Tests.Quizzes;

public sealed class ChoiceQuestionTests
{
    private static readonly string[] FourOptions = ["a", "b", "c", "d"];

    private static SingleChoiceQuestion Single(int right = 1) => new(Text(), ["a", "b", "c"], right);

    private static MultipleChoiceQuestion Multiple(params int[] right) => new(Text(), FourOptions, right);

    [Fact]
    public void A_right_single_answer_earns_the_point_and_records_the_option_label()
    {
        var outcome = Answer(Single(right: 1), ("q1", ["1"]));

        Assert.True(outcome.IsCorrect);
        Assert.Equal(1m, outcome.Points);
        Assert.Equal(AnswerProblem.None, outcome.Problem);
        Assert.Equal(["B"], outcome.ToResult().Responses);
        Assert.True(outcome.IsChosen(1));
    }

    [Fact]
    public void A_wrong_single_answer_earns_nothing()
    {
        var outcome = Answer(Single(right: 1), ("q1", ["2"]));

        Assert.False(outcome.IsCorrect);
        Assert.Equal(0m, outcome.Points);
        Assert.Equal(["C"], outcome.Responses);
    }

    [Fact]
    public void A_single_question_left_open_is_unanswered()
    {
        var outcome = Answer(Single());

        Assert.Equal(AnswerProblem.Unanswered, outcome.Problem);
        Assert.False(outcome.WasAnswered);
        Assert.Empty(outcome.ToResult().Responses);
    }

    [Fact]
    public void The_form_sends_the_displayed_position_which_maps_back_to_the_file_option()
    {
        var quiz = QuizOf(QuizSettings.Default, Single(right: 2));
        var presentation = quiz.Present(7);
        var shownAt = presentation.Questions[0].Display[0].ToList().IndexOf(2);

        var grade = quiz.Grade(presentation, Form(1, ("q1", [shownAt.ToString(System.Globalization.CultureInfo.InvariantCulture)])));

        Assert.True(grade.Outcomes[0].IsCorrect);
        Assert.Equal(["C"], grade.Outcomes[0].Responses);
    }

    [Fact]
    public void Exactly_the_right_multiple_options_earn_the_point_in_any_order()
    {
        var outcome = Answer(Multiple(0, 2), ("q1", ["2", "0"]));

        Assert.True(outcome.IsCorrect);
        Assert.Equal(["A", "C"], outcome.Responses);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0", "1", "2")]
    [InlineData("1")]
    public void A_partial_or_excessive_multiple_choice_earns_nothing_all_or_nothing(params string[] chosen)
    {
        var outcome = Answer(Multiple(0, 2), ("q1", chosen));

        Assert.Equal(0m, outcome.Points);
    }

    [Theory]
    [InlineData(new[] { "0" }, 0.5)]
    [InlineData(new[] { "0", "2" }, 1)]
    [InlineData(new[] { "0", "1" }, 0)]
    [InlineData(new[] { "0", "2", "1" }, 0.5)]
    [InlineData(new[] { "1", "3" }, 0)]
    public void With_partial_scoring_each_wrong_choice_cancels_a_right_one(string[] chosen, double points)
    {
        var outcome = Answer(Multiple(0, 2), Scoring.Partial, ("q1", chosen));

        Assert.Equal((decimal)points, outcome.Points);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("99")]
    [InlineData("-1")]
    [InlineData("eins")]
    [InlineData("")]
    [InlineData(" 1")]
    public void An_option_no_form_could_send_is_rejected(string value)
    {
        var exception = Assert.Throws<QuizAnswersRejectedException>(() => Answer(Single(), ("q1", [value])));

        Assert.StartsWith("Question 1 has no option", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_option_sent_twice_is_rejected()
    {
        var exception = Assert.Throws<QuizAnswersRejectedException>(() => Answer(Multiple(0, 2), ("q1", ["0", "0"])));

        Assert.Equal("Question 1 received option 0 twice.", exception.Message);
    }

    [Fact]
    public void Two_answers_to_a_single_question_are_rejected()
    {
        var exception = Assert.Throws<QuizAnswersRejectedException>(() => Answer(Single(), ("q1", ["0", "1"])));

        Assert.Equal("Question 1 takes one answer, not 2.", exception.Message);
    }

    [Fact]
    public void A_part_a_choice_question_does_not_have_is_rejected()
    {
        var exception = Assert.Throws<QuizAnswersRejectedException>(() => Answer(Single(), ("q1.2", ["0"])));

        Assert.Equal("Question 1 has no field '2'.", exception.Message);
    }
}
