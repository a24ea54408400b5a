using Academy.Domain.Diagnostics;

namespace Academy.Domain.Tests.Diagnostics;

public sealed class AssessmentScoringTests
{
    [Fact]
    public void Weights_of_the_chosen_options_add_up_per_outcome_and_rank_highest_first()
    {
        var result = Check().Score(Answers(("ziel", "1"), ("zeit", "0")));

        Assert.Equal(["zeit", "strategie", "agentur"], result.Ranking.Select(score => score.Outcome.Key));
        Assert.Equal([5, 2, 0], result.Ranking.Select(score => score.Score));
        Assert.Equal("zeit", result.Top!.Outcome.Key);
        Assert.Equal(new Dictionary<string, int> { ["ziel"] = 1, ["zeit"] = 0 }, result.Choices);
        Assert.True(result.IsComplete);
    }

    [Fact]
    public void Equal_scores_keep_the_order_of_the_outcomes_in_the_file()
    {
        // ziel option 0: strategie 2; zeit option 1: agentur 2. strategie comes first in the file.
        var result = Check().Score(Answers(("ziel", "0"), ("zeit", "1")));

        Assert.Equal(["strategie", "agentur", "zeit"], result.Ranking.Select(score => score.Outcome.Key));
        Assert.Equal("strategie", result.Top!.Outcome.Key);
    }

    [Fact]
    public void An_outcome_with_a_zero_or_negative_total_is_not_recommended()
    {
        // ziel option 2: agentur -1; zeit option 2: nothing.
        var result = Check().Score(Answers(("ziel", "2"), ("zeit", "2")));

        Assert.Empty(result.Recommended);
        Assert.Null(result.Top);
        Assert.Equal(-1, result.Ranking.Single(score => score.Outcome.Key == "agentur").Score);
        Assert.Equal("agentur", result.Ranking[^1].Outcome.Key);
    }

    [Fact]
    public void Only_positive_outcomes_are_recommended()
    {
        var result = Check().Score(Answers(("ziel", "1"), ("zeit", "0")));

        Assert.Equal(["zeit", "strategie"], result.Recommended.Select(score => score.Outcome.Key));
    }

    [Fact]
    public void Unanswered_questions_are_listed_and_the_result_is_incomplete()
    {
        var result = Check().Score(Answers(("zeit", "0")));

        Assert.False(result.IsComplete);
        Assert.Equal(["ziel"], result.Unanswered.Select(question => question.Id));
    }

    [Theory]
    [InlineData("7")]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("eins")]
    [InlineData(" 1")]
    [InlineData("")]
    public void An_option_that_does_not_exist_is_rejected(string value)
    {
        var rejected = Assert.Throws<AssessmentAnswersRejectedException>(() => Check().Score(Answers(("ziel", value), ("zeit", "0"))));

        Assert.Contains("has no option", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_question_is_rejected()
    {
        var rejected = Assert.Throws<AssessmentAnswersRejectedException>(() => Check().Score(Answers(("ziel", "0"), ("zeit", "0"), ("q99", "0"))));

        Assert.Contains("no question 'q99'", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_values_for_one_question_are_rejected()
    {
        var answers = new AssessmentAnswers(new Dictionary<string, IReadOnlyList<string>> { ["ziel"] = ["0", "1"], ["zeit"] = ["0"] });

        var rejected = Assert.Throws<AssessmentAnswersRejectedException>(() => Check().Score(answers));

        Assert.Contains("takes one answer", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_tampered_value_is_not_echoed_in_full()
    {
        var rejected = Assert.Throws<AssessmentAnswersRejectedException>(() => Check().Score(Answers(("ziel", new string('9', 3000)), ("zeit", "0"))));

        Assert.True(rejected.Message.Length < 100);
    }

    [Fact]
    public void A_stored_ranking_ignores_outcomes_that_no_longer_exist_and_counts_new_ones_as_zero()
    {
        var ranking = Check().Rank(new Dictionary<string, int> { ["agentur"] = 4, ["weg"] = 9, ["strategie"] = 1 });

        Assert.Equal(["agentur", "strategie", "zeit"], ranking.Select(score => score.Outcome.Key));
        Assert.Equal([4, 1, 0], ranking.Select(score => score.Score));
    }

    [Fact]
    public void Weights_towards_an_unknown_outcome_are_refused()
    {
        var question = new AssessmentQuestion("q1", 1, "?", [Option("a", ("nope", 1)), Option("b")]);

        var error = Assert.Throws<ArgumentException>(() => new Assessment("x", "X", null, [Outcome("strategie")], [question]));

        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalogue_refuses_an_assessment_that_recommends_something_it_does_not_have()
    {
        var assessment = new Assessment("x", "X", null, [Outcome("strategie", recommend: "gibt-es-nicht")], []);

        var error = Assert.Throws<ArgumentException>(() => new Academy.Domain.Catalogue.Catalogue([], null, [assessment]));

        Assert.Contains("'gibt-es-nicht'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Outcomes strategie, zeit, agentur (in this order); questions ziel and zeit with three options each.</summary>
    private static Assessment Check() =>
        new(
            "check",
            "Check",
            null,
            [Outcome("strategie"), Outcome("zeit"), Outcome("agentur")],
            [
                new AssessmentQuestion("ziel", 1, "Hast du ein Ziel?", [Option("Nein", ("strategie", 2)), Option("Ja", ("strategie", 2), ("zeit", 1)), Option("Egal", ("agentur", -1))]),
                new AssessmentQuestion("zeit", 2, "Wie viel Zeit hast du?", [Option("Kaum", ("zeit", 4)), Option("Keine Lust", ("agentur", 2)), Option("Genug")]),
            ]);

    private static AssessmentOutcome Outcome(string key, params string[] recommend) =>
        new(key, key, $"<p>{key}</p>", recommend, "Weil es passt.");

    private static AssessmentOption Option(string text, params (string Key, int Weight)[] weights) =>
        new(text, weights.ToDictionary(weight => weight.Key, weight => weight.Weight));

    private static AssessmentAnswers Answers(params (string Id, string Value)[] answers) =>
        new(answers.ToDictionary(answer => answer.Id, answer => (IReadOnlyList<string>)[answer.Value]));
}
