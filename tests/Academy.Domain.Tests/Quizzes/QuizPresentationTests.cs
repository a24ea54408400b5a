using Academy.Domain.Quizzes;
using static Academy.Domain.Tests.Quizzes.QuizSamples;

namespace Academy.Domain.Tests.Quizzes;

public sealed class QuizPresentationTests
{
    /// <summary>Twelve single-choice questions with four options each.</summary>
    private static Question[] Pool(int count = 12) =>
        [.. Enumerable.Range(1, count).Select(number => new SingleChoiceQuestion(Text(number), ["a", "b", "c", "d"], 0))];

    [Fact]
    public void The_same_seed_gives_the_same_presentation()
    {
        var quiz = QuizOf(QuizSettings.Default with { Draw = 5 }, Pool());

        Assert.Equal(quiz.Present(42).ToJson(), quiz.Present(42).ToJson());
        Assert.NotEqual(quiz.Present(42).ToJson(), quiz.Present(43).ToJson());
    }

    [Fact]
    public void A_draw_of_five_gives_five_distinct_questions_in_slots_one_to_five()
    {
        var quiz = QuizOf(QuizSettings.Default with { Draw = 5 }, Pool());

        foreach (var seed in Enumerable.Range(0, 50))
        {
            var presentation = quiz.Present(seed);
            Assert.Equal(5, presentation.Questions.Select(question => question.Question.Id).Distinct().Count());
            Assert.Equal([1, 2, 3, 4, 5], presentation.Questions.Select(question => question.Slot));
        }
    }

    [Fact]
    public void Over_many_seeds_every_question_of_the_pool_is_drawn()
    {
        var quiz = QuizOf(QuizSettings.Default with { Draw = 3 }, Pool());

        var drawn = Enumerable.Range(0, 200).SelectMany(seed => quiz.Present(seed).Questions.Select(question => question.Question.Id)).ToHashSet();

        Assert.Equal(12, drawn.Count);
    }

    [Fact]
    public void Shuffle_off_keeps_the_file_order_of_questions_and_options()
    {
        var quiz = QuizOf(InFileOrder, Pool(4));

        var presentation = quiz.Present(5);

        Assert.Equal(["q1", "q2", "q3", "q4"], presentation.Questions.Select(question => question.Question.Id));
        Assert.All(presentation.Questions, question => Assert.Equal([0, 1, 2, 3], question.Display[0]));
    }

    [Fact]
    public void Shuffle_off_with_a_draw_keeps_the_drawn_questions_in_file_order()
    {
        var quiz = QuizOf(InFileOrder with { Draw = 4 }, Pool());

        foreach (var seed in Enumerable.Range(0, 20))
        {
            var numbers = quiz.Present(seed).Questions.Select(question => question.Question.Number).ToList();
            Assert.Equal(numbers.Order(), numbers);
        }
    }

    [Fact]
    public void Shuffle_on_permutes_questions_and_options_across_seeds()
    {
        var quiz = QuizOf(QuizSettings.Default, Pool(4));

        var orders = Enumerable.Range(0, 30).Select(seed => string.Join(",", quiz.Present(seed).Questions.Select(question => question.Question.Id))).ToHashSet();
        var optionOrders = Enumerable.Range(0, 30).Select(seed => string.Join(",", quiz.Present(seed).Questions[0].Display[0])).ToHashSet();

        Assert.True(orders.Count > 1);
        Assert.True(optionOrders.Count > 1);
    }

    [Fact]
    public void A_question_with_shuffle_off_keeps_its_option_order_while_the_quiz_shuffles()
    {
        var fixedOrder = new SingleChoiceQuestion(Text(1, shuffle: false), ["a", "b", "Alle oben"], 2);
        var quiz = QuizOf(QuizSettings.Default, fixedOrder, Pool(3)[1]);

        Assert.All(Enumerable.Range(0, 20), seed =>
            Assert.Equal([0, 1, 2], quiz.Present(seed).Questions.Single(question => question.Question.Id == "q1").Display[0]));
    }

    [Fact]
    public void The_stored_json_follows_the_agreed_shape_and_round_trips()
    {
        var cloze = new ClozeQuestion(Text(3), "{1} und {2}", [ClozeGap.Choice(["x", "y"], 0), ClozeGap.Typed(["z"])]);
        var quiz = QuizOf(QuizSettings.Default, Pool(1)[0], new TextQuestion(Text(2), ["a"], 0), cloze);
        var presentation = quiz.Present(9);

        var json = presentation.ToJson();
        var restored = QuizPresentation.FromJson(json, quiz);

        Assert.Contains("{\"id\":\"q2\"}", json, StringComparison.Ordinal);
        Assert.Matches("\\{\"id\":\"q1\",\"choices\":\\[\\d,\\d,\\d,\\d\\]\\}", json);
        Assert.Matches("\\{\"id\":\"q3\",\"gaps\":\\[\\[\\d,\\d\\],\\[\\]\\]\\}", json);
        Assert.NotNull(restored);
        Assert.Equal(json, restored.ToJson());
        Assert.Equal(presentation.Questions.Select(question => question.Question), restored.Questions.Select(question => question.Question));
        Assert.Equal([1, 2, 3], restored.Questions.Select(question => question.Slot));
    }

    [Fact]
    public void A_stored_presentation_no_longer_fits_when_a_question_is_gone_or_its_options_changed()
    {
        var quiz = QuizOf(Pool(3));
        var json = quiz.Present(1).ToJson();

        var withoutQ3 = QuizOf(Pool(2));
        var moreOptions = QuizOf([.. Pool(2), new SingleChoiceQuestion(Text(3), ["a", "b", "c", "d", "e"], 0)]);
        var nowAText = QuizOf([.. Pool(2), new TextQuestion(Text(3), ["a"], 0)]);

        Assert.Null(QuizPresentation.FromJson(json, withoutQ3));
        Assert.Null(QuizPresentation.FromJson(json, moreOptions));
        Assert.Null(QuizPresentation.FromJson(json, nowAText));
        Assert.NotNull(QuizPresentation.FromJson(json, QuizOf(Pool(4))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("[null]")]
    [InlineData("[{\"id\":\"q1\",\"choices\":[0,1,2,2]}]")]
    [InlineData("[{\"id\":\"q1\",\"choices\":[0,1,2,3]},{\"id\":\"q1\",\"choices\":[0,1,2,3]}]")]
    [InlineData("[{\"choices\":[0,1,2,3]}]")]
    public void A_stored_presentation_that_is_broken_is_not_restored(string json)
    {
        Assert.Null(QuizPresentation.FromJson(json, QuizOf(Pool(2))));
    }
}
