namespace Academy.Content.Tests.Validation;

/// <summary>
/// The rules of the quiz engine's quiz.yml and practice.yml, each with its exact path:line. In these
/// files line 1 is the title, 2 pass, then any settings, then 'questions:'; each question starts
/// with its type, then prompt and explanation, then its own fields.
/// </summary>
public sealed class QuizValidationErrorTests
{
    private const string Quiz = ContentFolder.QuizFile;
    private const string Practice = ContentFolder.PracticeFile;

    private static readonly string TrueFalse = Question("truefalse", "answer: true");

    [Fact]
    public void An_unknown_setting_is_reported_so_a_typo_is_not_ignored()
    {
        using var folder = Folder(QuizFile("drwa: 5\n", TrueFalse));

        var error = Assert.Single(folder.Errors());
        Assert.StartsWith($"{Quiz}:3: unknown field 'drwa'; known fields: title, pass, mode, draw,", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_question_field_is_reported_at_its_line()
    {
        using var folder = Folder(QuizFile("", Question("truefalse", "answer: true", "answr: false")));

        Assert.Equal([$"{Quiz}:8: question 1: unknown field 'answr'"], folder.Errors());
    }

    [Fact]
    public void A_field_of_another_type_is_reported_with_the_fields_of_this_type()
    {
        using var folder = Folder(QuizFile("", Question("truefalse", "answer: true", "options: [ja, nein]")));

        Assert.Equal(
            [$"{Quiz}:8: question 1: a 'truefalse' question has no field 'options'; its fields are: type, id, shuffle, prompt, explanation, answer"],
            folder.Errors());
    }

    [Theory]
    [InlineData("cooldown", "soon")]
    [InlineData("cooldown", "10 min")]
    [InlineData("timeLimit", "15")]
    [InlineData("timeLimit", "0m")]
    [InlineData("timeLimit", "1w")]
    public void A_duration_must_be_a_whole_number_and_a_unit(string field, string value)
    {
        using var folder = Folder(QuizFile($"{field}: {value}\n", TrueFalse));

        Assert.Equal([$"{Quiz}:3: {field} must be a duration like 30s, 10m, 2h or 1d, not '{value}'"], folder.Errors());
    }

    [Theory]
    [InlineData("20", "20")]
    [InlineData("0", "0")]
    [InlineData("viele", "'viele'")]
    public void Draw_must_be_from_1_to_the_number_of_questions(string draw, string shown)
    {
        using var folder = Folder(QuizFile($"draw: {draw}\n", [.. Enumerable.Repeat(TrueFalse, 12)]));

        Assert.Equal([$"{Quiz}:3: draw must be from 1 to the number of questions (12), not {shown}"], folder.Errors());
    }

    [Theory]
    [InlineData("mode: test", "mode must be one of exam, practice, not 'test'")]
    [InlineData("shuffle: ja", "shuffle must be true or false, not 'ja'")]
    [InlineData("scoring: half", "scoring must be one of all-or-nothing, partial, not 'half'")]
    [InlineData("attempts: -1", "attempts must be a whole number from 0 (0 means unlimited), not '-1'")]
    [InlineData("grading: best", "grading must be one of highest, last, not 'best'")]
    [InlineData("feedback: now", "feedback must be one of deferred, immediate, not 'now'")]
    public void A_setting_outside_its_words_is_reported_at_its_line(string line, string message)
    {
        using var folder = Folder(QuizFile(line + "\n", TrueFalse));

        Assert.Equal([$"{Quiz}:3: {message}"], folder.Errors());
    }

    [Fact]
    public void Review_settings_are_checked_one_by_one_at_their_lines()
    {
        using var folder = Folder(QuizFile("review:\n  score: maybe\n  answers: sometimes\n  explanation: always\n", TrueFalse));

        Assert.Equal(
            [
                $"{Quiz}:4: review.score must be one of always, never, not 'maybe'",
                $"{Quiz}:5: review.answers must be one of always, after-pass, after-last-attempt, never, not 'sometimes'",
                $"{Quiz}:6: review: unknown field 'explanation'; known fields: score, correctness, answers, explanations",
            ],
            folder.Errors());
    }

    [Fact]
    public void An_id_used_twice_is_reported_at_the_second()
    {
        using var folder = Folder(QuizFile("", Question("truefalse", "id: x", "answer: true"), Question("truefalse", "id: x", "answer: false")));

        // Question 2 starts on line 9; its id is its fourth line.
        Assert.Equal([$"{Quiz}:12: question 2: id 'x' is used twice; question 1 has it too; ids must be unique within a quiz"], folder.Errors());
    }

    [Fact]
    public void An_id_that_collides_with_a_default_id_is_reported()
    {
        using var folder = Folder(QuizFile("", Question("truefalse", "id: q2", "answer: true"), TrueFalse));

        Assert.Equal(
            [$"{Quiz}:9: question 2: id 'q2' is used twice; question 1 has it too (a question without 'id:' is q<position>); ids must be unique within a quiz"],
            folder.Errors());
    }

    [Fact]
    public void An_id_must_be_written_like_a_slug()
    {
        using var folder = Folder(QuizFile("", Question("truefalse", "id: Ziel SMART", "answer: true")));

        Assert.Equal([$"{Quiz}:7: question 1: id 'Ziel SMART' may only use lower-case letters a-z, digits and single dashes, like 'ziel-smart'"], folder.Errors());
    }

    [Fact]
    public void A_truefalse_answer_must_be_true_or_false()
    {
        using var folder = Folder(QuizFile("", Question("truefalse", "answer: vielleicht")));

        Assert.Equal([$"{Quiz}:7: question 1: answer must be true or false, not 'vielleicht'"], folder.Errors());
    }

    [Fact]
    public void A_question_shuffle_must_be_true_or_false()
    {
        using var folder = Folder(QuizFile("", Question("truefalse", "answer: true", "shuffle: nie")));

        Assert.Equal([$"{Quiz}:8: question 1: shuffle must be true or false, not 'nie'"], folder.Errors());
    }

    [Theory]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("eins")]
    public void Typos_must_be_0_1_or_2(string typos)
    {
        using var folder = Folder(QuizFile("", Question("text", "answer: [Zielgruppe]", $"typos: {typos}")));

        Assert.Equal([$"{Quiz}:8: question 1: typos must be 0, 1 or 2, not '{typos}'"], folder.Errors());
    }

    [Theory]
    [InlineData("answer: []")]
    [InlineData("answer: [Zielgruppe, \"\"]")]
    public void A_text_question_needs_accepted_answers_none_empty(string answer)
    {
        using var folder = Folder(QuizFile("", Question("text", answer)));

        Assert.Equal([$"{Quiz}:7: question 1: answer must list the accepted texts, none of them empty, like [\"Zielgruppe\", \"Target group\"]"], folder.Errors());
    }

    [Fact]
    public void A_tolerance_below_zero_is_reported()
    {
        using var folder = Folder(QuizFile("", Question("number", "answer: 1.5", "tolerance: -1")));

        Assert.Equal([$"{Quiz}:8: question 1: tolerance must be a number from 0, not '-1'"], folder.Errors());
    }

    [Theory]
    [InlineData("ca. 5")]
    [InlineData("1.000,5")]
    public void A_number_answer_must_be_one_number(string answer)
    {
        using var folder = Folder(QuizFile("", Question("number", $"answer: {answer}")));

        Assert.Equal([$"{Quiz}:7: question 1: answer must be one number, like 1.5, not '{answer}'"], folder.Errors());
    }

    [Theory]
    [InlineData("[erst, dann]", "2")]
    [InlineData("[a, b, c, d, e, f, g, h]", "8")]
    public void An_order_question_needs_3_to_7_items(string items, string count)
    {
        using var folder = Folder(QuizFile("", Question("order", $"items: {items}")));

        Assert.Equal([$"{Quiz}:7: question 1: an 'order' question needs 3 to 7 items, not {count}"], folder.Errors());
    }

    [Fact]
    public void An_order_question_without_items_or_with_a_repeated_item_is_reported()
    {
        using var folder = Folder(QuizFile("", Question("order"), Question("order", "items: [erst, dann, Erst]")));

        Assert.Equal(
            [
                $"{Quiz}:4: question 1: items are missing; an 'order' question needs 3 to 7 items, written in the right order",
                $"{Quiz}:10: question 2: an item 'Erst' is listed twice; each must be different",
            ],
            folder.Errors());
    }

    [Fact]
    public void A_match_question_needs_2_to_7_complete_pairs_and_distinct_options()
    {
        using var folder = Folder(QuizFile(
            "",
            Question("match", "pairs:", "  - left: Instagram", "    right: Reels"),
            Question("match", "pairs:", "  - left: Instagram", "    right: Reels", "  - left: LinkedIn", "    rigth: Fachbeiträge", "distractors: [Reels]")));

        Assert.Equal(
            [
                $"{Quiz}:7: question 1: a 'match' question needs 2 to 7 pairs, not 1",
                $"{Quiz}:16: question 2: pair 2: right is missing or empty",
                $"{Quiz}:17: question 2: pair 2: unknown field 'rigth'; known fields: left, right",
                $"{Quiz}:18: question 2: right-hand option 'Reels' is listed twice (pairs and distractors together); each must be different",
            ],
            folder.Errors());
    }

    [Fact]
    public void A_cloze_gap_written_in_the_text_but_not_listed_is_reported()
    {
        using var folder = Folder(QuizFile("", Question("cloze", "text: \"{1} und {2} und {3}\"", "gaps:", "  - answer: [a]", "  - answer: [b]")));

        Assert.Equal([$"{Quiz}:7: question 1: the text has gap {{3}} but gaps lists 2"], folder.Errors());
    }

    [Fact]
    public void A_cloze_gap_listed_but_not_in_the_text_is_reported()
    {
        using var folder = Folder(QuizFile("", Question("cloze", "text: \"{1} und mehr\"", "gaps:", "  - answer: [a]", "  - answer: [b]")));

        Assert.Equal([$"{Quiz}:7: question 1: gaps lists 2 but the text has no gap {{2}}"], folder.Errors());
    }

    [Fact]
    public void Cloze_gaps_must_appear_in_order()
    {
        using var folder = Folder(QuizFile("", Question("cloze", "text: \"{2} und {1}\"", "gaps:", "  - answer: [a]", "  - answer: [b]")));

        Assert.Equal([$"{Quiz}:7: question 1: the gaps must be numbered in the order they appear in the text: {{1}}, {{2}} ..."], folder.Errors());
    }

    [Fact]
    public void Each_cloze_gap_is_checked_at_its_own_lines()
    {
        using var folder = Folder(QuizFile(
            "",
            Question("cloze", "text: \"{1}, {2}, {3}\"", "gaps:", "  - options: [einem, drei]", "    answer: 2", "  - typos: 1", "  - answer: [x]", "    typos: 5")));

        Assert.Equal(
            [
                $"{Quiz}:10: question 1: gap 1: answer 2 is out of range; there are 2 options (0-1)",
                $"{Quiz}:11: question 1: gap 2: answer is missing; give the accepted texts, or options and the index of the right one",
                $"{Quiz}:13: question 1: gap 3: typos must be 0, 1 or 2, not '5'",
            ],
            folder.Errors());
    }

    [Fact]
    public void A_cloze_question_without_text_or_gaps_is_reported()
    {
        using var folder = Folder(QuizFile("", Question("cloze")));

        Assert.Equal(
            [
                $"{Quiz}:4: question 1: text is missing or empty; write the text with its gaps, like 'Plane {{1}} Minuten pro Woche.'",
                $"{Quiz}:4: question 1: gaps are missing or empty; list one '- answer: ...' or '- options: ...' for each gap {{1}}, {{2}} ... of the text",
            ],
            folder.Errors());
    }

    [Fact]
    public void A_practice_pool_in_exam_mode_is_reported_in_practice_yml()
    {
        using var folder = Folder(QuizFile("", TrueFalse)).With(Practice, QuizFile("mode: exam\n", TrueFalse));

        Assert.Equal([$"{Practice}:3: mode in practice.yml is always practice, not 'exam'; an exam belongs in a module's quiz.yml"], folder.Errors());
    }

    [Fact]
    public void A_practice_pool_is_validated_like_a_quiz()
    {
        using var folder = Folder(QuizFile("", TrueFalse)).With(Practice, "title: Übung\npass: 0\nquestions:\n" + Question("order", "items: [a, b]"));

        Assert.Equal(
            [
                $"{Practice}:2: pass must be a whole percent from 1 to 100, not '0'",
                $"{Practice}:7: question 1: an 'order' question needs 3 to 7 items, not 2",
            ],
            folder.Errors());
    }

    [Fact]
    public void A_module_may_not_take_the_practice_pools_slug()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With("courses/strategie/02-uebung/module.md", "---\ntitle: Übung\n---")
            .With("courses/strategie/02-uebung/01-los.md", "---\ntitle: Los\n---\nText.");

        Assert.Equal(
            ["courses/strategie/02-uebung/module.md:1: module slug 'uebung' is reserved: /courses/<course>/quiz/uebung is the course's practice pool (practice.yml); rename the module folder"],
            folder.Errors());
    }

    private static ContentFolder Folder(string quiz) => ContentFolder.WithOneCourse().With(Quiz, quiz);

    private static string QuizFile(string settings, params string[] questions) =>
        $"title: Quiz\npass: 70\n{settings}questions:\n{string.Concat(questions)}";

    /// <summary>Type, prompt and explanation on the question's first three lines, then <paramref name="fields"/> one per line.</summary>
    private static string Question(string type, params string[] fields) =>
        $"  - type: {type}\n    prompt: P?\n    explanation: E.\n{string.Concat(fields.Select(field => $"    {field}\n"))}";
}
