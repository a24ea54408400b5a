using Academy.Domain.Quizzes;
using static Academy.Domain.Tests.Quizzes.QuizSamples;

namespace Academy.Domain.Tests.Quizzes;

/// <summary>
/// Items in the right order: Ziel, Analyse, Plan. Unshuffled they show alphabetically (Analyse, Plan,
/// Ziel), and field q1.d sends the position the learner gave the d-th shown item.
/// </summary>
public sealed class OrderQuestionTests
{
    private static OrderQuestion Question() => new(Text(), ["Ziel", "Analyse", "Plan"]);

    [Fact]
    public void Items_show_alphabetically_so_the_page_never_shows_the_right_order()
    {
        var presented = QuizOf(Question()).Present(1).Questions[0];

        Assert.Equal([1, 2, 0], presented.Display[0]);
    }

    [Fact]
    public void Every_item_in_its_place_earns_the_point()
    {
        var outcome = Answer(Question(), ("q1.0", ["2"]), ("q1.1", ["3"]), ("q1.2", ["1"]));

        Assert.True(outcome.IsCorrect);
        Assert.Equal(["0-1-2"], outcome.Responses);
        Assert.Equal([true, true, true], outcome.PartsCorrect);
    }

    [Fact]
    public void A_wrong_order_earns_nothing_all_or_nothing_and_a_share_with_partial_scoring()
    {
        (string, string[])[] form = [("q1.0", ["1"]), ("q1.1", ["3"]), ("q1.2", ["2"])];

        var strict = Answer(Question(), form);
        var partial = Answer(Question(), Scoring.Partial, form);

        Assert.Equal(0m, strict.Points);
        Assert.Equal(["1-0-2"], strict.Responses);
        Assert.Equal(0.3333m, partial.Points);
        Assert.Equal([false, false, true], partial.PartsCorrect);
    }

    [Fact]
    public void A_position_given_twice_is_a_repeated_position()
    {
        var outcome = Answer(Question(), ("q1.0", ["1"]), ("q1.1", ["1"]), ("q1.2", ["3"]));

        Assert.Equal(AnswerProblem.RepeatedPosition, outcome.Problem);
        Assert.False(outcome.IsCorrect);
        Assert.Empty(outcome.Responses);
    }

    [Fact]
    public void An_item_without_a_position_is_incomplete()
    {
        var outcome = Answer(Question(), ("q1.0", ["2"]), ("q1.2", ["1"]));

        Assert.Equal(AnswerProblem.Incomplete, outcome.Problem);
        Assert.Equal(0m, outcome.Points);
    }

    [Fact]
    public void No_position_at_all_is_unanswered()
    {
        Assert.Equal(AnswerProblem.Unanswered, Answer(Question(), ("q1.0", [""])).Problem);
    }

    [Theory]
    [InlineData("q1.0", "0", "Question 1 has no position '0'.")]
    [InlineData("q1.0", "4", "Question 1 has no option '4'.")]
    [InlineData("q1.3", "1", "Question 1 has no field '3'.")]
    [InlineData("q1", "1", "Question 1 has no field of its own.")]
    public void Positions_and_items_the_form_does_not_have_are_rejected(string field, string value, string message)
    {
        var exception = Assert.Throws<QuizAnswersRejectedException>(() => Answer(Question(), (field, [value])));

        Assert.Equal(message, exception.Message);
    }
}
