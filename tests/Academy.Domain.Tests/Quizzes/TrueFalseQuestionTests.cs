using Academy.Domain.Quizzes;
using static Academy.Domain.Tests.Quizzes.QuizSamples;

namespace Academy.Domain.Tests.Quizzes;

public sealed class TrueFalseQuestionTests
{
    [Theory]
    [InlineData(true, "true", 1)]
    [InlineData(true, "false", 0)]
    [InlineData(false, "false", 1)]
    [InlineData(false, "true", 0)]
    public void The_judgement_is_right_when_it_matches_the_statement(bool isTrue, string given, int points)
    {
        var outcome = Answer(new TrueFalseQuestion(Text(), isTrue), ("q1", [given]));

        Assert.Equal(points, outcome.Points);
        Assert.Equal([given], outcome.Responses);
    }

    [Fact]
    public void No_judgement_is_unanswered()
    {
        Assert.Equal(AnswerProblem.Unanswered, Answer(new TrueFalseQuestion(Text(), true)).Problem);
    }

    [Theory]
    [InlineData("True")]
    [InlineData("ja")]
    [InlineData("1")]
    public void Anything_but_true_or_false_is_rejected(string value)
    {
        var exception = Assert.Throws<QuizAnswersRejectedException>(() => Answer(new TrueFalseQuestion(Text(), true), ("q1", [value])));

        Assert.Equal($"Question 1 takes 'true' or 'false', not '{value}'.", exception.Message);
    }
}
