using Academy.Domain.Quizzes;
using static Academy.Domain.Tests.Quizzes.QuizSamples;

namespace Academy.Domain.Tests.Quizzes;

public sealed class TextQuestionTests
{
    private static TextQuestion Question(int typos = 0) => new(Text(), ["Zielgruppe", "Target group"], typos);

    [Theory]
    [InlineData("Zielgruppe")]
    [InlineData("zielgruppe")]
    [InlineData("ZIELGRUPPE")]
    [InlineData("  Zielgruppe \t")]
    [InlineData("„Zielgruppe“")]
    [InlineData("\"Zielgruppe\"")]
    [InlineData("“Zielgruppe”")]
    [InlineData("target   group")]
    public void Case_surrounding_space_quotes_and_inner_spaces_do_not_matter(string given)
    {
        var outcome = Answer(Question(), ("q1", [given]));

        Assert.True(outcome.IsCorrect, given);
    }

    [Fact]
    public void The_response_is_the_normalised_text_and_given_keeps_what_was_typed()
    {
        var outcome = Answer(Question(), ("q1", ["  „Target   Group“ "]));

        Assert.Equal(["target group"], outcome.Responses);
        Assert.Equal(["„Target   Group“"], outcome.Given);
    }

    [Theory]
    [InlineData("Zielgrupe")]
    [InlineData("Zeilgruppe")]
    public void A_wrong_answer_earns_nothing_without_typos(string given)
    {
        Assert.Equal(0m, Answer(Question(typos: 0), ("q1", [given])).Points);
    }

    [Theory]
    [InlineData(1, "Zielgrupe", 1)]
    [InlineData(1, "Zielgrppe", 1)]
    [InlineData(1, "Ziegrupe", 0)]
    [InlineData(2, "Ziegrupe", 1)]
    [InlineData(2, "Zigrpe", 0)]
    public void Typos_allow_that_many_edits(int typos, string given, int points)
    {
        Assert.Equal(points, Answer(Question(typos), ("q1", [given])).Points);
    }

    [Theory]
    [InlineData("Blau", "Blai", 0)]
    [InlineData("Farbe", "Farbr", 1)]
    public void Typos_are_forgiven_only_in_answers_of_five_characters_or_more(string accepted, string given, int points)
    {
        var question = new TextQuestion(Text(), [accepted], 2);

        Assert.Equal(points, Answer(question, ("q1", [given])).Points);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("„“")]
    public void A_blank_answer_is_unanswered(string given)
    {
        Assert.Equal(AnswerProblem.Unanswered, Answer(Question(), ("q1", [given])).Problem);
    }

    [Fact]
    public void An_answer_longer_than_2000_characters_is_rejected_before_grading()
    {
        var exception = Assert.Throws<QuizAnswersRejectedException>(() => Answer(Question(), ("q1", [new string('x', 2001)])));

        Assert.Equal("An answer to question 1 is longer than 2000 characters.", exception.Message);
    }

    [Fact]
    public void An_answer_of_exactly_2000_characters_is_graded()
    {
        Assert.Equal(0m, Answer(Question(), ("q1", [new string('x', 2000)])).Points);
    }
}
