using Academy.Domain.Quizzes;
using static Academy.Domain.Tests.Quizzes.QuizSamples;

namespace Academy.Domain.Tests.Quizzes;

/// <summary>
/// Instagram–Reels and LinkedIn–Fachbeiträge, with the distractor Anzeigen. Unshuffled, each select
/// lists the right-hand options alphabetically: Anzeigen (2), Fachbeiträge (1), Reels (0).
/// </summary>
public sealed class MatchQuestionTests
{
    private static MatchQuestion Question() => new(Text(), ["Instagram", "LinkedIn"], ["Reels", "Fachbeiträge"], ["Anzeigen"]);

    [Fact]
    public void The_right_hand_options_include_the_distractors_and_show_alphabetically()
    {
        var question = Question();

        Assert.Equal(["Reels", "Fachbeiträge", "Anzeigen"], question.Rights);
        Assert.Equal([2, 1, 0], QuizOf(question).Present(1).Questions[0].Display[0]);
    }

    [Fact]
    public void Every_left_with_its_partner_earns_the_point()
    {
        var outcome = Answer(Question(), ("q1.0", ["2"]), ("q1.1", ["1"]));

        Assert.True(outcome.IsCorrect);
        Assert.Equal(["0=0", "1=1"], outcome.Responses);
    }

    [Fact]
    public void One_wrong_pair_earns_nothing_all_or_nothing_and_half_with_partial_scoring()
    {
        (string, string[])[] form = [("q1.0", ["2"]), ("q1.1", ["0"])];

        Assert.Equal(0m, Answer(Question(), form).Points);
        var partial = Answer(Question(), Scoring.Partial, form);
        Assert.Equal(0.5m, partial.Points);
        Assert.Equal(["0=0", "1=2"], partial.Responses);
        Assert.Equal([true, false], partial.PartsCorrect);
    }

    [Fact]
    public void A_left_without_a_choice_is_incomplete()
    {
        var outcome = Answer(Question(), Scoring.Partial, ("q1.0", ["2"]));

        Assert.Equal(AnswerProblem.Incomplete, outcome.Problem);
        Assert.Equal(0.5m, outcome.Points);
    }

    [Fact]
    public void No_choice_at_all_is_unanswered()
    {
        Assert.Equal(AnswerProblem.Unanswered, Answer(Question()).Problem);
    }

    [Theory]
    [InlineData("q1.0", "3", "Question 1 has no option '3'.")]
    [InlineData("q1.2", "0", "Question 1 has no field '2'.")]
    public void Options_and_lefts_the_form_does_not_have_are_rejected(string field, string value, string message)
    {
        var exception = Assert.Throws<QuizAnswersRejectedException>(() => Answer(Question(), (field, [value])));

        Assert.Equal(message, exception.Message);
    }
}
