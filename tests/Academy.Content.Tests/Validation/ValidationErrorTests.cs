namespace Academy.Content.Tests.Validation;

/// <summary>One bad file per rule, each asserting the exact path:line and the gist of the message.</summary>
public sealed class ValidationErrorTests
{
    private const string Quiz = ContentFolder.QuizFile;

    [Fact]
    public void A_course_without_a_title_points_at_the_front_matter()
    {
        using var folder = ContentFolder.WithOneCourse().With(ContentFolder.CourseFile, "---\nsummary: S.\n---");

        Assert.Equal(["courses/strategie/course.md:1: 'title' fehlt oder ist leer"], folder.Errors());
    }

    [Fact]
    public void An_empty_course_summary_points_at_its_line()
    {
        using var folder = ContentFolder.WithOneCourse().With(ContentFolder.CourseFile, "---\ntitle: T\nsummary:\n---");

        Assert.Equal(["courses/strategie/course.md:3: 'summary' fehlt oder ist leer"], folder.Errors());
    }

    [Fact]
    public void An_empty_module_title_points_at_its_line()
    {
        using var folder = ContentFolder.WithOneCourse().With(ContentFolder.ModuleFile, "---\nsummary: S.\ntitle: \"\"\n---");

        Assert.Equal(["courses/strategie/01-ziele/module.md:3: 'title' fehlt oder ist leer"], folder.Errors());
    }

    [Fact]
    public void A_lesson_without_a_title_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse().With(ContentFolder.LessonFile, "---\nminutes: 5\n---\nText.");

        Assert.Equal(["courses/strategie/01-ziele/01-warum.md:1: 'title' fehlt oder ist leer"], folder.Errors());
    }

    [Fact]
    public void A_lesson_without_front_matter_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse().With(ContentFolder.LessonFile, "# Nur Text");

        var error = Assert.Single(folder.Errors());
        Assert.StartsWith("courses/strategie/01-ziele/01-warum.md:1: Front Matter fehlt", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_front_matter_is_reported_at_the_line_that_opens_the_unclosed_list()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With(ContentFolder.LessonFile, "---\ntitle: Gut\nminutes: 5\npreview: [true\n---\nText.");

        var error = Assert.Single(folder.Load().Errors);

        Assert.Equal(ContentFolder.LessonFile, error.Path);
        Assert.Equal(4, error.Line);
        Assert.StartsWith("fehlerhaftes YAML", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\ntitle: Gut\nminutes: [5\n---\nText.", 3)]
    [InlineData("---\ntitle: Gut\nminutes: 5\nsummary: \"nicht zu\n---\nText.", 4)]
    [InlineData("---\ntitle: 'Bäcker''s [Tipp'\nminutes: {a: 1\n---\nText.", 3)]
    [InlineData("---\ntitle: Gut # ein [Kommentar\nminutes: 5\nsummary: [a, b\n---\nText.", 4)]
    public void An_unclosed_list_or_quote_is_reported_where_it_opens_not_where_the_parser_gave_up(string lesson, int line)
    {
        using var folder = ContentFolder.WithOneCourse().With(ContentFolder.LessonFile, lesson);

        var error = Assert.Single(folder.Load().Errors);

        Assert.Equal(line, error.Line);
        Assert.StartsWith("fehlerhaftes YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_quiz_yaml_reports_the_parsers_line()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With(Quiz, "title: Quiz\npass: 70\nquestions:\n  - type: single\n   prompt: falsch eingerückt\n");

        var error = Assert.Single(folder.Load().Errors);

        Assert.Equal(Quiz, error.Path);
        Assert.Equal(5, error.Line);
        Assert.StartsWith("fehlerhaftes YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quiz_without_title_pass_and_questions_reports_all_three()
    {
        using var folder = ContentFolder.WithOneCourse().With(Quiz, "# nothing yet\npass:\n");

        Assert.Equal(
            [
                $"{Quiz}:1: 'questions' fehlt oder ist leer; ein Quiz braucht mindestens eine Frage",
                $"{Quiz}:1: 'title' fehlt oder ist leer",
                $"{Quiz}:2: 'pass' fehlt oder ist leer; gib an, wie viel Prozent zum Bestehen nötig sind, 1 bis 100",
            ],
            folder.Errors().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("siebzig")]
    public void Pass_outside_1_to_100_is_reported_at_its_line(string pass)
    {
        using var folder = ContentFolder.WithOneCourse().With(Quiz, QuizWith($"pass: {pass}", Single("answer: 0")));

        Assert.Equal([$"{Quiz}:2: 'pass' muss eine ganze Prozentzahl von 1 bis 100 sein, nicht '{pass}'"], folder.Errors());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("31")]
    public void Minutes_outside_1_to_30_are_reported_at_their_line(string minutes)
    {
        using var folder = ContentFolder.WithOneCourse().With(ContentFolder.LessonFile, $"---\ntitle: T\nminutes: {minutes}\n---\nText.");

        Assert.Equal([$"{ContentFolder.LessonFile}:3: 'minutes' muss eine ganze Zahl von 1 bis 30 sein, nicht '{minutes}'"], folder.Errors());
    }

    [Fact]
    public void An_order_that_is_not_a_whole_number_is_reported_at_its_line()
    {
        using var folder = ContentFolder.WithOneCourse().With(ContentFolder.CourseFile, "---\ntitle: T\nsummary: S\norder: 1.5\n---");

        Assert.Equal([$"{ContentFolder.CourseFile}:4: 'order' muss eine ganze Zahl sein, nicht '1.5'"], folder.Errors());
    }

    [Fact]
    public void An_answer_out_of_range_names_the_question_and_the_valid_range()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With(Quiz, QuizWith("pass: 70", Single("answer: 0"), Single("answer: 0"), Single("answer: 4")));

        // Question 3 starts on line 16; its answer is the fourth line of the question.
        Assert.Equal([$"{Quiz}:19: Frage 3: die Antwort 4 passt zu keiner Option; es gibt 3 Optionen (0-2)"], folder.Errors());
    }

    [Fact]
    public void A_question_without_options_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With(Quiz, QuizWith("pass: 70", "  - type: single\n    prompt: P?\n    answer: 0\n    explanation: E."));

        Assert.Contains($"{Quiz}:4: Frage 1: 'options' fehlt; eine Frage vom Typ 'single' braucht mindestens zwei", folder.Errors());
    }

    [Fact]
    public void A_question_with_only_one_option_is_reported_at_the_options_line()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With(Quiz, QuizWith("pass: 70", "  - type: multiple\n    prompt: P?\n    options: [nur eine]\n    answer: [0]\n    explanation: E."));

        Assert.Equal([$"{Quiz}:6: Frage 1: es gibt nur eine Option; eine Frage vom Typ 'multiple' braucht mindestens zwei"], folder.Errors());
    }

    [Fact]
    public void An_unknown_question_type_lists_the_known_types()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With(Quiz, QuizWith("pass: 70", Single("answer: 0").Replace("type: single", "type: ranking", StringComparison.Ordinal)));

        Assert.Equal([$"{Quiz}:4: Frage 1: den Typ 'ranking' gibt es nicht; nimm einen von: single, multiple, truefalse, text, number, order, match, cloze"], folder.Errors());
    }

    [Fact]
    public void Missing_question_fields_are_each_reported_with_the_question_number()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With(Quiz, QuizWith("pass: 70", Single("answer: 0"), "  - options: [a, b]\n    prompt: \"\"\n"));

        Assert.Equal(
            [
                $"{Quiz}:10: Frage 2 hat keine richtige Antwort: 'answer' fehlt",
                $"{Quiz}:10: Frage 2: 'explanation' fehlt oder ist leer",
                $"{Quiz}:10: Frage 2: 'type' fehlt; nimm einen von: single, multiple, truefalse, text, number, order, match, cloze",
                $"{Quiz}:11: Frage 2: 'prompt' fehlt oder ist leer",
            ],
            folder.Errors().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_empty_multiple_answer_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse().With(Quiz, QuizWith("pass: 70", Multiple("answer: []")));

        Assert.Equal([$"{Quiz}:7: Frage 1: 'answer' ist eine leere Liste; nenn mindestens eine richtige Option"], folder.Errors());
    }

    [Fact]
    public void A_multiple_answer_that_lists_an_index_twice_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse().With(Quiz, QuizWith("pass: 70", Multiple("answer: [0, 2, 0]")));

        Assert.Equal([$"{Quiz}:7: Frage 1: 'answer' nennt den Index 0 zweimal"], folder.Errors());
    }

    [Fact]
    public void A_single_question_with_a_list_answer_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse().With(Quiz, QuizWith("pass: 70", Single("answer: [0, 1]")));

        Assert.Equal([$"{Quiz}:7: Frage 1: eine Frage vom Typ 'single' hat genau einen Optionsindex als Antwort, wie 'answer: 1'"], folder.Errors());
    }

    [Fact]
    public void Two_modules_with_the_same_slug_are_reported_at_the_second()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With("courses/strategie/02-ziele/module.md", "---\ntitle: Nochmal\n---")
            .With("courses/strategie/02-ziele/01-anders.md", "---\ntitle: Anders\n---\nText.");

        Assert.Equal(
            ["courses/strategie/02-ziele/module.md:1: Der Modul-Slug 'ziele' wird schon von courses/strategie/01-ziele/module.md verwendet; jedes Modul eines Kurses braucht einen eigenen Slug"],
            folder.Errors());
    }

    [Fact]
    public void Two_lessons_of_a_course_with_the_same_slug_are_reported_even_across_modules()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With("courses/strategie/02-plan/module.md", "---\ntitle: Plan\n---")
            .With("courses/strategie/02-plan/01-warum.md", "---\ntitle: Warum nochmal\n---\nText.");

        Assert.Equal(
            ["courses/strategie/02-plan/01-warum.md:1: Der Lektions-Slug 'warum' wird schon von courses/strategie/01-ziele/01-warum.md verwendet; jede Lektion eines Kurses braucht einen eigenen Slug"],
            folder.Errors());
    }

    [Fact]
    public void A_course_without_modules_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse().Without("courses/strategie/01-ziele");

        var error = Assert.Single(folder.Errors());
        Assert.StartsWith("courses/strategie/course.md:1: Der Kurs 'strategie' hat keine Module", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_without_lessons_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse().Without(ContentFolder.LessonFile);

        var error = Assert.Single(folder.Errors());
        Assert.StartsWith("courses/strategie/01-ziele/module.md:1: Das Modul 'ziele' hat keine Lektionen", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_markdown_file_without_a_number_prefix_in_a_module_folder_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse().With("courses/strategie/01-ziele/2-zielgruppe.md", "---\ntitle: T\n---\nText.");

        var error = Assert.Single(folder.Errors());
        Assert.StartsWith("courses/strategie/01-ziele/2-zielgruppe.md:1: '2-zielgruppe.md' ist keine Lektion", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slug_with_upper_case_or_umlauts_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse()
            .Without(ContentFolder.LessonFile)
            .With("courses/strategie/01-ziele/01-Wörter.md", "---\ntitle: T\n---\nText.");

        var error = Assert.Single(folder.Errors());
        Assert.StartsWith("courses/strategie/01-ziele/01-Wörter.md:1: Slug 'Wörter' (Lektion) darf nur Kleinbuchstaben a-z", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_folder_without_module_md_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse().Without(ContentFolder.ModuleFile);

        Assert.Contains("courses/strategie/01-ziele/module.md:1: module.md fehlt; jeder Modulordner braucht eine mit 'title'", folder.Errors());
    }

    [Fact]
    public void Every_error_in_every_file_is_reported_at_once()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With(ContentFolder.CourseFile, "---\ntitle: T\n---")
            .With(ContentFolder.LessonFile, "---\ntitle: T\nminutes: 99\n---\nText.")
            .With(Quiz, QuizWith("pass: 0", Single("answer: 7")));

        Assert.Equal(
            [
                "courses/strategie/01-ziele/01-warum.md:3: 'minutes' muss eine ganze Zahl von 1 bis 30 sein, nicht '99'",
                $"{Quiz}:2: 'pass' muss eine ganze Prozentzahl von 1 bis 100 sein, nicht '0'",
                $"{Quiz}:7: Frage 1: die Antwort 7 passt zu keiner Option; es gibt 3 Optionen (0-2)",
                "courses/strategie/course.md:1: 'summary' fehlt oder ist leer",
            ],
            folder.Errors());
    }

    private static string QuizWith(string pass, params string[] questions) =>
        $"title: Quiz\n{pass}\nquestions:\n{string.Join("\n", questions)}";

    /// <summary>Six lines: type, prompt, options (one line), answer, explanation, and a blank line.</summary>
    private static string Single(string answer) =>
        $"  - type: single\n    prompt: P?\n    options: [a, b, c]\n    {answer}\n    explanation: E.\n";

    private static string Multiple(string answer) =>
        $"  - type: multiple\n    prompt: P?\n    options: [a, b, c]\n    {answer}\n    explanation: E.\n";
}
