using Academy.Domain.Quizzes;
using static Academy.Domain.Tests.Quizzes.QuizSamples;

namespace Academy.Domain.Tests.Quizzes;

public sealed class NumberQuestionTests
{
    [Theory]
    [InlineData("1,5")]
    [InlineData("1.5")]
    [InlineData(" 1,50 ")]
    [InlineData("1,5 %")]
    [InlineData("1,5%")]
    public void German_and_English_decimals_with_or_without_the_unit_are_read(string given)
    {
        var outcome = Answer(new NumberQuestion(Text(), 1.5m, 0, "%"), ("q1", [given]));

        Assert.True(outcome.IsCorrect, given);
        Assert.Equal(["1.5"], outcome.Responses);
    }

    [Theory]
    [InlineData("1.000,5", 1000.5)]
    [InlineData("1,000.5", 1000.5)]
    [InlineData("1.000.000", 1000000)]
    [InlineData("-2,25", -2.25)]
    [InlineData("12", 12)]
    public void Thousands_separators_are_told_from_the_decimal_separator(string text, double expected)
    {
        Assert.Equal((decimal)expected, NumberQuestion.ParseNumber(text));
    }

    [Theory]
    [InlineData("9.9", 1)]
    [InlineData("10.1", 1)]
    [InlineData("9.89", 0)]
    [InlineData("10.11", 0)]
    public void The_tolerance_includes_its_bounds(string given, int points)
    {
        Assert.Equal(points, Answer(new NumberQuestion(Text(), 10m, 0.1m, null), ("q1", [given])).Points);
    }

    [Fact]
    public void Without_tolerance_only_the_exact_number_is_right()
    {
        var question = new NumberQuestion(Text(), 30m, 0, null);

        Assert.Equal(1m, Answer(question, ("q1", ["30,0"])).Points);
        Assert.Equal(0m, Answer(question, ("q1", ["30,01"])).Points);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1,5,5x")]
    [InlineData("zehn")]
    public void Text_that_is_no_number_is_a_problem_not_a_wrong_answer(string given)
    {
        var outcome = Answer(new NumberQuestion(Text(), 10m, 0, null), ("q1", [given]));

        Assert.Equal(AnswerProblem.NotANumber, outcome.Problem);
        Assert.Equal(0m, outcome.Points);
        Assert.Empty(outcome.Responses);
    }

    [Fact]
    public void A_blank_number_is_unanswered()
    {
        Assert.Equal(AnswerProblem.Unanswered, Answer(new NumberQuestion(Text(), 10m, 0, null), ("q1", [" "])).Problem);
    }
}
