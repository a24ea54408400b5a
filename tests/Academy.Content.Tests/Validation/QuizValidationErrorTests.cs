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
        Assert.StartsWith($"{Quiz}:3: unbekanntes Feld 'drwa'; bekannte Felder: title, pass, mode, draw,", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_question_field_is_reported_at_its_line()
    {
        using var folder = Folder(QuizFile("", Question("truefalse", "answer: true", "answr: false")));

        Assert.Equal([$"{Quiz}:8: Frage 1: unbekanntes Feld 'answr'"], folder.Errors());
    }

    [Fact]
    public void A_field_of_another_type_is_reported_with_the_fields_of_this_type()
    {
        using var folder = Folder(QuizFile("", Question("truefalse", "answer: true", "options: [ja, nein]")));

        Assert.Equal(
            [$"{Quiz}:8: Frage 1: eine Frage vom Typ 'truefalse' hat kein Feld 'options'; ihre Felder sind: type, id, shuffle, prompt, explanation, answer"],
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

        Assert.Equal([$"{Quiz}:3: '{field}' muss eine Dauer wie 30s, 10m, 2h oder 1d sein, nicht '{value}'"], folder.Errors());
    }

    [Theory]
    [InlineData("20", "20")]
    [InlineData("0", "0")]
    [InlineData("viele", "'viele'")]
    public void Draw_must_be_from_1_to_the_number_of_questions(string draw, string shown)
    {
        using var folder = Folder(QuizFile($"draw: {draw}\n", [.. Enumerable.Repeat(TrueFalse, 12)]));

        Assert.Equal([$"{Quiz}:3: 'draw' muss zwischen 1 und der Zahl der Fragen (12) liegen, nicht {shown}"], folder.Errors());
    }

    [Theory]
    [InlineData("mode: test", "'mode' muss eines von exam, practice sein, nicht 'test'")]
    [InlineData("shuffle: ja", "'shuffle' muss true oder false sein, nicht 'ja'")]
    [InlineData("scoring: half", "'scoring' muss eines von all-or-nothing, partial sein, nicht 'half'")]
    [InlineData("attempts: -1", "'attempts' muss eine ganze Zahl ab 0 sein (0 heißt unbegrenzt), nicht '-1'")]
    [InlineData("grading: best", "'grading' muss eines von highest, last sein, nicht 'best'")]
    [InlineData("feedback: now", "'feedback' muss eines von deferred, immediate sein, nicht 'now'")]
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
                $"{Quiz}:4: 'review.score' muss eines von always, never sein, nicht 'maybe'",
                $"{Quiz}:5: 'review.answers' muss eines von always, after-pass, after-last-attempt, never sein, nicht 'sometimes'",
                $"{Quiz}:6: review: unbekanntes Feld 'explanation'; bekannte Felder: score, correctness, answers, explanations",
            ],
            folder.Errors());
    }

    [Fact]
    public void An_id_used_twice_is_reported_at_the_second()
    {
        using var folder = Folder(QuizFile("", Question("truefalse", "id: x", "answer: true"), Question("truefalse", "id: x", "answer: false")));

        // Question 2 starts on line 9; its id is its fourth line.
        Assert.Equal([$"{Quiz}:12: Frage 2: die id 'x' kommt zweimal vor; Frage 1 hat sie auch; jede Frage eines Quiz braucht eine eigene id"], folder.Errors());
    }

    [Fact]
    public void An_id_that_collides_with_a_default_id_is_reported()
    {
        using var folder = Folder(QuizFile("", Question("truefalse", "id: q2", "answer: true"), TrueFalse));

        Assert.Equal(
            [$"{Quiz}:9: Frage 2: die id 'q2' kommt zweimal vor; Frage 1 hat sie auch (eine Frage ohne 'id:' heißt q<Position>); jede Frage eines Quiz braucht eine eigene id"],
            folder.Errors());
    }

    [Fact]
    public void An_id_must_be_written_like_a_slug()
    {
        using var folder = Folder(QuizFile("", Question("truefalse", "id: Ziel SMART", "answer: true")));

        Assert.Equal([$"{Quiz}:7: Frage 1: die id 'Ziel SMART' darf nur Kleinbuchstaben a-z, Ziffern und einzelne Bindestriche enthalten, wie 'ziel-smart'"], folder.Errors());
    }

    [Fact]
    public void A_truefalse_answer_must_be_true_or_false()
    {
        using var folder = Folder(QuizFile("", Question("truefalse", "answer: vielleicht")));

        Assert.Equal([$"{Quiz}:7: Frage 1: 'answer' muss true oder false sein, nicht 'vielleicht'"], folder.Errors());
    }

    [Fact]
    public void A_question_shuffle_must_be_true_or_false()
    {
        using var folder = Folder(QuizFile("", Question("truefalse", "answer: true", "shuffle: nie")));

        Assert.Equal([$"{Quiz}:8: Frage 1: 'shuffle' muss true oder false sein, nicht 'nie'"], folder.Errors());
    }

    [Theory]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("eins")]
    public void Typos_must_be_0_1_or_2(string typos)
    {
        using var folder = Folder(QuizFile("", Question("text", "answer: [Zielgruppe]", $"typos: {typos}")));

        Assert.Equal([$"{Quiz}:8: Frage 1: 'typos' muss 0, 1 oder 2 sein, nicht '{typos}'"], folder.Errors());
    }

    [Theory]
    [InlineData("answer: []")]
    [InlineData("answer: [Zielgruppe, \"\"]")]
    public void A_text_question_needs_accepted_answers_none_empty(string answer)
    {
        using var folder = Folder(QuizFile("", Question("text", answer)));

        Assert.Equal([$"{Quiz}:7: Frage 1: 'answer' muss die erlaubten Texte nennen, keinen davon leer, wie [\"Zielgruppe\", \"Target group\"]"], folder.Errors());
    }

    [Fact]
    public void A_tolerance_below_zero_is_reported()
    {
        using var folder = Folder(QuizFile("", Question("number", "answer: 1.5", "tolerance: -1")));

        Assert.Equal([$"{Quiz}:8: Frage 1: 'tolerance' muss eine Zahl ab 0 sein, nicht '-1'"], folder.Errors());
    }

    [Theory]
    [InlineData("ca. 5")]
    [InlineData("1.000,5")]
    public void A_number_answer_must_be_one_number(string answer)
    {
        using var folder = Folder(QuizFile("", Question("number", $"answer: {answer}")));

        Assert.Equal([$"{Quiz}:7: Frage 1: 'answer' muss genau eine Zahl sein, wie 1.5, nicht '{answer}'"], folder.Errors());
    }

    [Theory]
    [InlineData("[erst, dann]", "2")]
    [InlineData("[a, b, c, d, e, f, g, h]", "8")]
    public void An_order_question_needs_3_to_7_items(string items, string count)
    {
        using var folder = Folder(QuizFile("", Question("order", $"items: {items}")));

        Assert.Equal([$"{Quiz}:7: Frage 1: eine Frage vom Typ 'order' braucht 3 bis 7 Elemente, nicht {count}"], folder.Errors());
    }

    [Fact]
    public void An_order_question_without_items_or_with_a_repeated_item_is_reported()
    {
        using var folder = Folder(QuizFile("", Question("order"), Question("order", "items: [erst, dann, Erst]")));

        Assert.Equal(
            [
                $"{Quiz}:4: Frage 1: 'items' fehlt; eine Frage vom Typ 'order' braucht 3 bis 7 Elemente, in der richtigen Reihenfolge geschrieben",
                $"{Quiz}:10: Frage 2: Element 'Erst' steht zweimal da; jedes muss anders lauten",
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
                $"{Quiz}:7: Frage 1: eine Frage vom Typ 'match' braucht 2 bis 7 Paare, nicht 1",
                $"{Quiz}:16: Frage 2: Paar 2: 'right' fehlt oder ist leer",
                $"{Quiz}:17: Frage 2: Paar 2: unbekanntes Feld 'rigth'; bekannte Felder: left, right",
                $"{Quiz}:18: Frage 2: die rechte Option 'Reels' steht zweimal da ('pairs' und 'distractors' zusammen); jede muss anders lauten",
            ],
            folder.Errors());
    }

    [Fact]
    public void A_cloze_gap_written_in_the_text_but_not_listed_is_reported()
    {
        using var folder = Folder(QuizFile("", Question("cloze", "text: \"{1} und {2} und {3}\"", "gaps:", "  - answer: [a]", "  - answer: [b]")));

        Assert.Equal([$"{Quiz}:7: Frage 1: der Text hat die Lücke {{3}}, aber 'gaps' nennt nur 2"], folder.Errors());
    }

    [Fact]
    public void A_cloze_gap_listed_but_not_in_the_text_is_reported()
    {
        using var folder = Folder(QuizFile("", Question("cloze", "text: \"{1} und mehr\"", "gaps:", "  - answer: [a]", "  - answer: [b]")));

        Assert.Equal([$"{Quiz}:7: Frage 1: 'gaps' nennt 2, aber der Text hat keine Lücke {{2}}"], folder.Errors());
    }

    [Fact]
    public void Cloze_gaps_must_appear_in_order()
    {
        using var folder = Folder(QuizFile("", Question("cloze", "text: \"{2} und {1}\"", "gaps:", "  - answer: [a]", "  - answer: [b]")));

        Assert.Equal([$"{Quiz}:7: Frage 1: die Lücken müssen in der Reihenfolge nummeriert sein, in der sie im Text stehen: {{1}}, {{2}} ..."], folder.Errors());
    }

    [Fact]
    public void Each_cloze_gap_is_checked_at_its_own_lines()
    {
        using var folder = Folder(QuizFile(
            "",
            Question("cloze", "text: \"{1}, {2}, {3}\"", "gaps:", "  - options: [einem, drei]", "    answer: 2", "  - typos: 1", "  - answer: [x]", "    typos: 5")));

        Assert.Equal(
            [
                $"{Quiz}:10: Frage 1: Lücke 1: die Antwort 2 passt zu keiner Option; es gibt 2 Optionen (0-1)",
                $"{Quiz}:11: Frage 1: Lücke 2: 'answer' fehlt; gib die erlaubten Texte an, oder 'options' und den Index der richtigen",
                $"{Quiz}:13: Frage 1: Lücke 3: 'typos' muss 0, 1 oder 2 sein, nicht '5'",
            ],
            folder.Errors());
    }

    [Fact]
    public void A_cloze_question_without_text_or_gaps_is_reported()
    {
        using var folder = Folder(QuizFile("", Question("cloze")));

        Assert.Equal(
            [
                $"{Quiz}:4: Frage 1: 'text' fehlt oder ist leer; schreib den Text mit seinen Lücken, wie 'Plane {{1}} Minuten pro Woche.'",
                $"{Quiz}:4: Frage 1: 'gaps' fehlt oder ist leer; schreib für jede Lücke {{1}}, {{2}} ... des Texts ein '- answer: ...' oder '- options: ...'",
            ],
            folder.Errors());
    }

    [Fact]
    public void A_practice_pool_in_exam_mode_is_reported_in_practice_yml()
    {
        using var folder = Folder(QuizFile("", TrueFalse)).With(Practice, QuizFile("mode: exam\n", TrueFalse));

        Assert.Equal([$"{Practice}:3: 'mode' ist in practice.yml immer practice, nicht 'exam'; eine Prüfung gehört in die quiz.yml eines Moduls"], folder.Errors());
    }

    [Fact]
    public void A_practice_pool_is_validated_like_a_quiz()
    {
        using var folder = Folder(QuizFile("", TrueFalse)).With(Practice, "title: Übung\npass: 0\nquestions:\n" + Question("order", "items: [a, b]"));

        Assert.Equal(
            [
                $"{Practice}:2: 'pass' muss eine ganze Prozentzahl von 1 bis 100 sein, nicht '0'",
                $"{Practice}:7: Frage 1: eine Frage vom Typ 'order' braucht 3 bis 7 Elemente, nicht 2",
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
            ["courses/strategie/02-uebung/module.md:1: Der Modul-Slug 'uebung' ist reserviert: /courses/<kurs>/quiz/uebung ist der Übungspool des Kurses (practice.yml); benenne den Modulordner um"],
            folder.Errors());
    }

    private static ContentFolder Folder(string quiz) => ContentFolder.WithOneCourse().With(Quiz, quiz);

    private static string QuizFile(string settings, params string[] questions) =>
        $"title: Quiz\npass: 70\n{settings}questions:\n{string.Concat(questions)}";

    /// <summary>Type, prompt and explanation on the question's first three lines, then <paramref name="fields"/> one per line.</summary>
    private static string Question(string type, params string[] fields) =>
        $"  - type: {type}\n    prompt: P?\n    explanation: E.\n{string.Concat(fields.Select(field => $"    {field}\n"))}";
}
