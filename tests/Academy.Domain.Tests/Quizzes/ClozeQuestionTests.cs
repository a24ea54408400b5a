using Academy.Domain.Quizzes;
using static Academy.Domain.Tests.Quizzes.QuizSamples;

namespace Academy.Domain.Tests.Quizzes;

/// <summary>"Plane {1} Minuten auf {2} Kanal.": gap 1 typed (30 or dreißig), gap 2 a choice of drei or einem (right).</summary>
public sealed class ClozeQuestionTests
{
    private static ClozeQuestion Question() =>
        new(Text(), "Plane {1} Minuten auf {2} Kanal.", [ClozeGap.Typed(["30", "dreißig"]), ClozeGap.Choice(["drei", "einem"], 1)]);

    [Fact]
    public void The_text_splits_into_literal_parts_and_gaps()
    {
        Assert.Equal(
            new (string, int?)[] { ("Plane ", null), ("", 0), (" Minuten auf ", null), ("", 1), (" Kanal.", null) },
            Question().Segments());
        Assert.Equal([1, 2], ClozeQuestion.GapNumbers("Plane {1} Minuten auf {2} Kanal."));
    }

    [Theory]
    [InlineData("30")]
    [InlineData(" Dreißig ")]
    [InlineData("„dreißig“")]
    public void Typed_and_chosen_gaps_both_right_earn_the_point(string typed)
    {
        var outcome = Answer(Question(), ("q1.1", [typed]), ("q1.2", ["1"]));

        Assert.True(outcome.IsCorrect, typed);
        Assert.Equal(["1:" + AnswerText.Normalise(typed), "2:B"], outcome.Responses);
    }

    [Fact]
    public void One_wrong_gap_earns_nothing_all_or_nothing_and_half_with_partial_scoring()
    {
        (string, string[])[] form = [("q1.1", ["20"]), ("q1.2", ["1"])];

        Assert.Equal(0m, Answer(Question(), form).Points);
        var partial = Answer(Question(), Scoring.Partial, form);
        Assert.Equal(0.5m, partial.Points);
        Assert.Equal([false, true], partial.PartsCorrect);
    }

    [Fact]
    public void A_wrong_choice_gap_is_wrong()
    {
        var outcome = Answer(Question(), Scoring.Partial, ("q1.1", ["30"]), ("q1.2", ["0"]));

        Assert.Equal(0.5m, outcome.Points);
        Assert.Equal(["1:30", "2:A"], outcome.Responses);
    }

    [Fact]
    public void A_typed_gap_forgives_typos_when_allowed()
    {
        var question = new ClozeQuestion(Text(), "Ein {1} hilft.", [ClozeGap.Typed(["Redaktionsplan"], typos: 1)]);

        Assert.True(Answer(question, ("q1.1", ["Redaktionsplam"])).IsCorrect);
        Assert.False(Answer(question, ("q1.1", ["Redaktionsplaene"])).IsCorrect);
    }

    [Fact]
    public void An_open_gap_is_incomplete_and_no_gap_at_all_unanswered()
    {
        Assert.Equal(AnswerProblem.Incomplete, Answer(Question(), ("q1.2", ["1"])).Problem);
        Assert.Equal(AnswerProblem.Unanswered, Answer(Question(), ("q1.1", ["  "])).Problem);
    }

    [Theory]
    [InlineData("q1.3", "x", "Question 1 has no field '3'.")]
    [InlineData("q1.0", "x", "Question 1 has no field '0'.")]
    [InlineData("q1.2", "2", "Question 1 has no option '2'.")]
    [InlineData("q1.2", "einem", "Question 1 has no option 'einem'.")]
    public void Gaps_and_options_the_form_does_not_have_are_rejected(string field, string value, string message)
    {
        var exception = Assert.Throws<QuizAnswersRejectedException>(() => Answer(Question(), (field, [value])));

        Assert.Equal(message, exception.Message);
    }
}
