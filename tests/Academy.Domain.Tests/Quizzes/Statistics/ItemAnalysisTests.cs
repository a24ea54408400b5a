using Academy.Domain.Quizzes;
using Academy.Domain.Quizzes.Statistics;

namespace Academy.Domain.Tests.Quizzes.Statistics;

public sealed class ItemAnalysisTests
{
    private static readonly QuizItem Q1 = new("q1", "Welche Farbe hat der Himmel?", ["A", "B", "C", "D"], new HashSet<string> { "B" });
    private static readonly QuizItem Q2 = new("q2", "Welche sind Plattformen?", ["A", "B", "C"], new HashSet<string> { "A", "C" });
    private static readonly QuizItem Q3 = new("q3", "Lückentext mit zwei Lücken");

    /*
     * Ten attempts, in submission order. q1 single choice (right B), q2 multiple choice all-or-nothing
     * (right A+C), q3 a cloze with half a point per gap (right 1:rot, 2:blau), drawn from a pool: a4 and a7
     * never saw it.
     *
     *        score passed  q1      q2          q3
     *   a1    100  yes     B  1    A,C    1    1:rot 2:blau   1
     *   a2     83  yes     B  1    A,C    1    1:rot 2:gelb   0.5
     *   a3     66  yes     B  1    A      0    1:rot 2:blau   1
     *   a4    100  yes     B  1    A,C    1    –
     *   a5     50  yes     C  0    A,C    1    1:grün 2:blau  0.5
     *   a6     33  no      B  1    A,B    0    1:grün 2:gelb  0
     *   a7     50  yes     C  0    A,C    1    –
     *   a8     16  no      A  0    B      0    1:rot 2:gelb   0.5
     *   a9      0  no      C  0    (none) 0    (none)         0
     *   a10    66  yes     B  1    A,B,C  0    1:rot 2:blau   1
     *
     * Quiz: mean = 564 / 10 = 56.4. Sorted 0 16 33 50 50 66 66 83 100 100, median = (50 + 66) / 2 = 58.
     * Pass rate = 7 / 10 = 0.7.
     *
     * Ranking by score, ties to the earlier attempt: a1 a4 a2 a3 a10 a5 a7 a6 a8 a9.
     * q1: seen 10, facility 6/10 = 0.6. Group size round(0.27 · 10 = 2.7) = 3.
     *     upper a1 a4 a2 = 1 1 1 -> 1; lower a6 a8 a9 = 1 0 0 -> 1/3; D = 2/3.
     *     responses B 6, C 3, A 1, D 0.
     * q2: seen 10, facility 5/10 = 0.5. upper 1 1 1 -> 1, lower 0 0 0 -> 0, D = 1.
     *     responses A 8, C 6, B 3; a9 unanswered.
     * q3: seen 8, facility (1 + .5 + 1 + .5 + 0 + .5 + 0 + 1) / 8 = 4.5 / 8 = 0.5625.
     *     ranking a1 a2 a3 a10 a5 a6 a8 a9, group size round(0.27 · 8 = 2.16) = 2.
     *     upper a1 a2 = (1 + .5) / 2 = 0.75, lower a8 a9 = (.5 + 0) / 2 = 0.25, D = 0.5.
     *     responses 1:rot 5, 2:blau 4, 2:gelb 3, 1:grün 2; a9 unanswered.
     *     No right keys given: 1:rot and 2:blau appear in full-point attempts (a1, a3, a10), the others never.
     */
    private static readonly ScoredAttempt[] TenAttempts =
    [
        Attempt(100, R("q1", 1, "B"), R("q2", 1, "A", "C"), R("q3", 1, "1:rot", "2:blau")),
        Attempt(83, R("q1", 1, "B"), R("q2", 1, "A", "C"), R("q3", 0.5m, "1:rot", "2:gelb")),
        Attempt(66, R("q1", 1, "B"), R("q2", 0, "A"), R("q3", 1, "1:rot", "2:blau")),
        Attempt(100, R("q1", 1, "B"), R("q2", 1, "A", "C")),
        Attempt(50, R("q1", 0, "C"), R("q2", 1, "A", "C"), R("q3", 0.5m, "1:grün", "2:blau")),
        Attempt(33, R("q1", 1, "B"), R("q2", 0, "A", "B"), R("q3", 0, "1:grün", "2:gelb")),
        Attempt(50, R("q1", 0, "C"), R("q2", 1, "A", "C")),
        Attempt(16, R("q1", 0, "A"), R("q2", 0, "B"), R("q3", 0.5m, "1:rot", "2:gelb")),
        Attempt(0, R("q1", 0, "C"), R("q2", 0), R("q3", 0)),
        Attempt(66, R("q1", 1, "B"), R("q2", 0, "A", "B", "C"), R("q3", 1, "1:rot", "2:blau")),
    ];

    [Fact]
    public void The_quiz_summary_matches_the_hand_computation()
    {
        var statistics = ItemAnalysis.Analyse([Q1, Q2, Q3], TenAttempts);

        Assert.Equal(10, statistics.Attempts);
        Assert.Equal(56.4m, statistics.MeanPercent);
        Assert.Equal(58m, statistics.MedianPercent);
        Assert.Equal(0.7m, statistics.PassRate);
        Assert.Equal(["q1", "q2", "q3"], statistics.Items.Select(item => item.Item.QuestionId));
    }

    [Fact]
    public void Facility_and_discrimination_match_the_hand_computation()
    {
        var items = ItemAnalysis.Analyse([Q1, Q2, Q3], TenAttempts).Items;

        Assert.Equal([10, 10, 8], items.Select(item => item.Seen));
        Assert.Equal([0.6m, 0.5m, 0.5625m], items.Select(item => item.Facility!.Value));
        Assert.Equal(2m / 3, items[0].Discrimination!.Value, 20);
        Assert.Equal(1m, items[1].Discrimination);
        Assert.Equal(0.5m, items[2].Discrimination);
    }

    [Fact]
    public void Responses_are_counted_per_attempt_and_ordered_by_frequency()
    {
        var items = ItemAnalysis.Analyse([Q1, Q2, Q3], TenAttempts).Items;

        Assert.Equal([("B", 6, true), ("C", 3, false), ("A", 1, false), ("D", 0, false)], Counts(items[0]));
        Assert.Equal([("A", 8, true), ("C", 6, true), ("B", 3, false)], Counts(items[1]));
        Assert.Equal(1, items[1].Unanswered);
        Assert.Equal([("1:rot", 5, true), ("2:blau", 4, true), ("2:gelb", 3, false), ("1:grün", 2, false)], Counts(items[2]));
        Assert.Equal(1, items[2].Unanswered);
        Assert.Equal(0, items[0].Unanswered);
    }

    [Fact]
    public void Ten_attempts_are_too_few_for_flags_even_for_a_wrong_option_chosen_by_thirty_percent()
    {
        var items = ItemAnalysis.Analyse([Q1, Q2, Q3], TenAttempts).Items;

        Assert.All(items, item => Assert.Empty(item.Flags));
        Assert.All(items, item => Assert.False(item.HasEnoughAttemptsForFlags));
    }

    [Fact]
    public void The_median_of_an_odd_number_of_attempts_is_the_middle_score()
    {
        var statistics = ItemAnalysis.Analyse([Q1], [Attempt(90, R("q1", 1, "B")), Attempt(0, R("q1", 0, "A")), Attempt(30, R("q1", 0, "C"))]);

        Assert.Equal(30m, statistics.MedianPercent);
        Assert.Equal(40m, statistics.MeanPercent);
        Assert.Equal(1m / 3, statistics.PassRate!.Value, 20);
    }

    [Fact]
    public void Without_attempts_there_are_no_numbers_but_every_question_is_listed()
    {
        var statistics = ItemAnalysis.Analyse([Q1, Q3], []);

        Assert.Equal(0, statistics.Attempts);
        Assert.Null(statistics.MeanPercent);
        Assert.Null(statistics.MedianPercent);
        Assert.Null(statistics.PassRate);
        Assert.Equal(["q1", "q3"], statistics.Items.Select(item => item.Item.QuestionId));
        Assert.All(statistics.Items, item => Assert.Equal(0, item.Seen));
        Assert.All(statistics.Items, item => Assert.Null(item.Facility));
        Assert.All(statistics.Items, item => Assert.Null(item.Discrimination));
        Assert.Equal([("A", 0, false), ("B", 0, true), ("C", 0, false), ("D", 0, false)], Counts(statistics.Items[0]));
    }

    [Fact]
    public void One_attempt_has_a_facility_but_no_discrimination()
    {
        var statistics = ItemAnalysis.Analyse([Q1, Q3], [Attempt(75, R("q1", 1, "B"), R("q3", 0.5m, "1:rot", "2:grau"))]);

        Assert.Equal(75m, statistics.MeanPercent);
        Assert.Equal(75m, statistics.MedianPercent);
        Assert.Equal(1m, statistics.PassRate);
        Assert.Equal([1m, 0.5m], statistics.Items.Select(item => item.Facility!.Value));
        Assert.All(statistics.Items, item => Assert.Null(item.Discrimination));
        // Nobody earned full points on q3, so nothing says which of its keys is right.
        Assert.All(statistics.Items[1].Responses, response => Assert.Null(response.IsRight));
    }

    [Fact]
    public void A_pool_question_counts_only_the_attempts_that_saw_it()
    {
        var statistics = ItemAnalysis.Analyse(
            [Q1, Q2, Q3],
            [Attempt(100, R("q1", 1, "B")), Attempt(0, R("q2", 0, "B")), Attempt(50, R("q1", 0, "A"), R("q2", 1, "A", "C"))]);

        Assert.Equal([2, 2, 0], statistics.Items.Select(item => item.Seen));
        Assert.Equal(0.5m, statistics.Items[0].Facility);
        // q1: the 100 % attempt is the upper group, the 50 % one the lower: D = 1 − 0.
        Assert.Equal(1m, statistics.Items[0].Discrimination);
        // q2: upper is the 50 % attempt (right), lower the 0 % one (wrong).
        Assert.Equal(1m, statistics.Items[1].Discrimination);
        Assert.Null(statistics.Items[2].Facility);
    }

    [Fact]
    public void Equal_totals_rank_the_earlier_attempt_higher()
    {
        // Four attempts at 50 %, group size round(0.27 · 4 = 1.08) = 1: the first is upper, the last lower.
        ScoredAttempt[] firstRight = [Attempt(50, R("q1", 1, "B")), Attempt(50, R("q1", 0, "A")), Attempt(50, R("q1", 0, "A")), Attempt(50, R("q1", 0, "A"))];

        Assert.Equal(1m, ItemAnalysis.Analyse([Q1], firstRight).Items[0].Discrimination);
        Assert.Equal(-1m, ItemAnalysis.Analyse([Q1], [.. firstRight.Reverse()]).Items[0].Discrimination);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(8, 2)]
    [InlineData(10, 3)]
    [InlineData(20, 5)]
    [InlineData(50, 14)]
    public void The_groups_are_27_percent_rounded_and_at_least_one(int attempts, int size) =>
        Assert.Equal(size, ItemAnalysis.GroupSize(attempts));

    [Fact]
    public void A_question_the_quiz_no_longer_has_is_listed_after_the_quiz_questions()
    {
        var statistics = ItemAnalysis.Analyse([Q1], [Attempt(100, R("q1", 1, "B"), R("alt", 1, "A"))]);

        Assert.Equal(["q1", "alt"], statistics.Items.Select(item => item.Item.QuestionId));
        Assert.Equal([true, false], statistics.Items.Select(item => item.InQuiz));
        Assert.Equal(1, statistics.Items[1].Seen);
    }

    /*
     * Twenty attempts with scores 100, 95, …, 5 (attempt i scores 100 − 5i). Group size round(5.4) = 5:
     * upper i = 0..4, lower i = 15..19.
     *   easy:     right (B) for i = 0..18, A for 19.   facility 19/20 = 0.95 > 0.9; D = 1 − 4/5 = 0.2 (not < 0.2).
     *   hard:     right for i = 0..4, C otherwise.     facility 5/20 = 0.25 < 0.3; D = 1; C 15/20 = 75 %.
     *   flat:     right for i = 0,1,2,5..8,15,16,17.   facility 10/20 = 0.5; D = 3/5 − 3/5 = 0;
     *             C for 10..14 and 18 (6/20 = 30 %, flagged), A for 3, 4, 9, 19 (20 %).
     *   edges:    right for i = 0..17, A for 18, 19.   facility exactly 0.9; D = 1 − 3/5 = 0.4; A 10 %.
     *   edgeHard: right for i = 0..5, A for 6..10, C for 11..15, D for 16..19.
     *             facility exactly 0.3; D = 1 − 0 = 1; A and C 25 %, D 20 %.
     */
    private static readonly QuizItem[] FlagItems = [.. new[] { "easy", "hard", "flat", "edges", "edgeHard" }
        .Select(id => new QuizItem(id, id, ["A", "B", "C", "D"], new HashSet<string> { "B" }))];

    private static ScoredAttempt[] TwentyAttempts() =>
        [.. Enumerable.Range(0, 20).Select(i => Attempt(
            100 - (5 * i),
            Choice("easy", i <= 18 ? "B" : "A"),
            Choice("hard", i <= 4 ? "B" : "C"),
            Choice("flat", i is <= 2 or (>= 5 and <= 8) or (>= 15 and <= 17) ? "B" : i is 3 or 4 or 9 or 19 ? "A" : "C"),
            Choice("edges", i <= 17 ? "B" : "A"),
            Choice("edgeHard", i <= 5 ? "B" : i <= 10 ? "A" : i <= 15 ? "C" : "D")))];

    [Fact]
    public void Twenty_attempts_raise_the_flags_from_the_hand_computation()
    {
        var items = ItemAnalysis.Analyse(FlagItems, TwentyAttempts()).Items;

        Assert.Equal([0.95m, 0.25m, 0.5m, 0.9m, 0.3m], items.Select(item => item.Facility!.Value));
        Assert.Equal([0.2m, 1m, 0m, 0.4m, 1m], items.Select(item => item.Discrimination!.Value));
        Assert.Equal([new ItemFlag(ItemFlagKind.TooEasy)], items[0].Flags);
        Assert.Equal([new ItemFlag(ItemFlagKind.TooHard), new ItemFlag(ItemFlagKind.WrongResponseOftenChosen, "C")], items[1].Flags);
        Assert.Equal([new ItemFlag(ItemFlagKind.DiscriminatesPoorly), new ItemFlag(ItemFlagKind.WrongResponseOftenChosen, "C")], items[2].Flags);
        Assert.Empty(items[3].Flags);
        Assert.Empty(items[4].Flags);
        Assert.All(items, item => Assert.True(item.HasEnoughAttemptsForFlags));
    }

    [Fact]
    public void One_attempt_below_the_threshold_hides_every_flag()
    {
        var items = ItemAnalysis.Analyse(FlagItems, TwentyAttempts()[..^1]).Items;

        Assert.Equal(ItemAnalysis.MinimumAttemptsForFlags - 1, items[0].Seen);
        Assert.All(items, item => Assert.Empty(item.Flags));
        Assert.All(items, item => Assert.False(item.HasEnoughAttemptsForFlags));
    }

    [Fact]
    public void A_wrong_text_answer_is_known_by_never_earning_full_points()
    {
        var item = new QuizItem("q", "Wie heißt die Plattform mit den Reels?");
        var attempts = Enumerable.Range(0, 20)
            .Select(i => Attempt(50, i < 12 ? R("q", 1, "instagram") : i < 18 ? R("q", 0, "instagramm") : R("q", 0, "tiktok")))
            .ToList();

        var statistics = ItemAnalysis.Analyse([item], attempts).Items[0];

        Assert.Equal([("instagram", 12, true), ("instagramm", 6, false), ("tiktok", 2, false)], Counts(statistics));
        Assert.Contains(new ItemFlag(ItemFlagKind.WrongResponseOftenChosen, "instagramm"), statistics.Flags);
        Assert.DoesNotContain(new ItemFlag(ItemFlagKind.WrongResponseOftenChosen, "tiktok"), statistics.Flags);
    }

    private static ScoredAttempt Attempt(int score, params QuestionResult[] results) => new(score, score >= 50, results);

    private static QuestionResult R(string id, decimal points, params string[] responses) => new(id, points, 1, responses);

    private static QuestionResult Choice(string id, string option) => R(id, option == "B" ? 1 : 0, option);

    private static (string, int, bool?)[] Counts(ItemStatistics item) =>
        [.. item.Responses.Select(response => (response.Key, response.Count, response.IsRight))];
}
