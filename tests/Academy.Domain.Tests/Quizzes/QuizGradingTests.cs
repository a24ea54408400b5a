using Academy.Domain.Quizzes;

namespace Academy.Domain.Tests.Quizzes;

public sealed class QuizGradingTests
{
    private static readonly string[] ThreeOptions = ["a", "b", "c"];

    [Fact]
    public void A_right_single_answer_earns_the_point()
    {
        var grade = QuizOf(70, Single(1, right: 1)).Grade(Answers((1, ["1"])));

        var outcome = Assert.Single(grade.Outcomes);
        Assert.True(outcome.IsCorrect);
        Assert.Equal(1m, outcome.Points);
        Assert.Equal(100, grade.ScorePercent);
        Assert.True(grade.Passed);
    }

    [Fact]
    public void A_wrong_single_answer_earns_nothing()
    {
        var grade = QuizOf(70, Single(1, right: 1)).Grade(Answers((1, ["2"])));

        Assert.False(grade.Outcomes[0].IsCorrect);
        Assert.Equal(0m, grade.Points);
        Assert.Equal([2], grade.Outcomes[0].Chosen);
        Assert.False(grade.Passed);
    }

    [Fact]
    public void Exactly_the_right_multiple_options_earn_the_point()
    {
        var grade = QuizOf(70, Multiple(1, 0, 2)).Grade(Answers((1, ["2", "0"])));

        Assert.True(grade.Outcomes[0].IsCorrect);
        Assert.Equal(1m, grade.Points);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0", "1", "2")]
    [InlineData("1")]
    public void A_partial_or_excessive_multiple_choice_earns_nothing(params string[] chosen)
    {
        var grade = QuizOf(70, Multiple(1, 0, 2)).Grade(Answers((1, chosen)));

        Assert.False(grade.Outcomes[0].IsCorrect);
        Assert.Equal(0m, grade.Outcomes[0].Points);
    }

    [Fact]
    public void An_unanswered_question_is_wrong_and_marked_unanswered()
    {
        var grade = QuizOf(50, Single(1, right: 0), Single(2, right: 0)).Grade(Answers((1, ["0"])));

        Assert.True(grade.Outcomes[0].WasAnswered);
        Assert.False(grade.Outcomes[1].WasAnswered);
        Assert.False(grade.Outcomes[1].IsCorrect);
        Assert.Equal(1, grade.CorrectCount);
        Assert.Equal(50, grade.ScorePercent);
        Assert.True(grade.Passed);
    }

    [Theory]
    [InlineData(66, true)]
    [InlineData(67, false)]
    public void The_percent_is_rounded_down_before_it_meets_the_pass_threshold(int pass, bool passed)
    {
        var quiz = QuizOf(pass, Single(1, right: 0), Single(2, right: 0), Single(3, right: 0));

        var grade = quiz.Grade(Answers((1, ["0"]), (2, ["0"]), (3, ["1"])));

        Assert.Equal(66, grade.ScorePercent);
        Assert.Equal(2m, grade.Points);
        Assert.Equal(3m, grade.MaxPoints);
        Assert.Equal(passed, grade.Passed);
    }

    [Fact]
    public void Meeting_the_pass_percent_exactly_passes()
    {
        var quiz = QuizOf(50, Single(1, right: 0), Single(2, right: 0));

        Assert.True(quiz.Grade(Answers((1, ["0"]), (2, ["1"]))).Passed);
        Assert.False(quiz.Grade(Answers((1, ["1"]), (2, ["1"]))).Passed);
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
        var quiz = QuizOf(70, Single(1, right: 0));

        var exception = Assert.Throws<QuizAnswersRejectedException>(() => quiz.Grade(Answers((1, [value]))));

        Assert.StartsWith("Question 1 has no option", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_option_sent_twice_is_rejected()
    {
        var quiz = QuizOf(70, Multiple(1, 0, 2));

        var exception = Assert.Throws<QuizAnswersRejectedException>(() => quiz.Grade(Answers((1, ["0", "0"]))));

        Assert.Equal("Question 1 received option 0 twice.", exception.Message);
    }

    [Fact]
    public void Two_answers_to_a_single_question_are_rejected()
    {
        var quiz = QuizOf(70, Single(1, right: 0));

        var exception = Assert.Throws<QuizAnswersRejectedException>(() => quiz.Grade(Answers((1, ["0", "1"]))));

        Assert.Equal("Question 1 takes one answer, not 2.", exception.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void An_answer_to_a_question_the_quiz_does_not_have_is_rejected(int number)
    {
        var quiz = QuizOf(70, Single(1, right: 0));

        var exception = Assert.Throws<QuizAnswersRejectedException>(() => quiz.Grade(Answers((1, ["0"]), (number, ["0"]))));

        Assert.Equal($"The quiz has no question {number}.", exception.Message);
    }

    private static Quiz QuizOf(int pass, params Question[] questions) => new("ziele", "Quiz", pass, questions);

    private static SingleChoiceQuestion Single(int number, int right) => new(number, "P?", "E.", ThreeOptions, right);

    private static MultipleChoiceQuestion Multiple(int number, params int[] right) => new(number, "P?", "E.", ThreeOptions, right);

    private static QuizAnswers Answers(params (int Question, string[] Values)[] answers) =>
        new(answers.ToDictionary(answer => answer.Question, answer => (IReadOnlyList<string>)answer.Values));
}
