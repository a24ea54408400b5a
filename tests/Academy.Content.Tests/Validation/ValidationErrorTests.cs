namespace Academy.Content.Tests.Validation;

/// <summary>One bad file per rule, each asserting the exact path:line and the gist of the message.</summary>
public sealed class ValidationErrorTests
{
    private const string Quiz = ContentFolder.QuizFile;

    [Fact]
    public void A_course_without_a_title_points_at_the_front_matter()
    {
        using var folder = ContentFolder.WithOneCourse().With(ContentFolder.CourseFile, "---\nsummary: S.\n---");

        Assert.Equal(["courses/strategie/course.md:1: title is missing or empty"], folder.Errors());
    }

    [Fact]
    public void An_empty_course_summary_points_at_its_line()
    {
        using var folder = ContentFolder.WithOneCourse().With(ContentFolder.CourseFile, "---\ntitle: T\nsummary:\n---");

        Assert.Equal(["courses/strategie/course.md:3: summary is missing or empty"], folder.Errors());
    }

    [Fact]
    public void An_empty_module_title_points_at_its_line()
    {
        using var folder = ContentFolder.WithOneCourse().With(ContentFolder.ModuleFile, "---\nsummary: S.\ntitle: \"\"\n---");

        Assert.Equal(["courses/strategie/01-ziele/module.md:3: title is missing or empty"], folder.Errors());
    }

    [Fact]
    public void A_lesson_without_a_title_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse().With(ContentFolder.LessonFile, "---\nminutes: 5\n---\nText.");

        Assert.Equal(["courses/strategie/01-ziele/01-warum.md:1: title is missing or empty"], folder.Errors());
    }

    [Fact]
    public void A_lesson_without_front_matter_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse().With(ContentFolder.LessonFile, "# Nur Text");

        var error = Assert.Single(folder.Errors());
        Assert.StartsWith("courses/strategie/01-ziele/01-warum.md:1: front matter is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_front_matter_reports_the_parsers_line_in_the_file()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With(ContentFolder.LessonFile, "---\ntitle: Gut\nminutes: 5\npreview: [true\n---\nText.");

        var error = Assert.Single(folder.Load().Errors);

        Assert.Equal(ContentFolder.LessonFile, error.Path);
        Assert.InRange(error.Line, 4, 5);
        Assert.StartsWith("malformed YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_quiz_yaml_reports_the_parsers_line()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With(Quiz, "title: Quiz\npass: 70\nquestions:\n  - type: single\n   prompt: falsch eingerückt\n");

        var error = Assert.Single(folder.Load().Errors);

        Assert.Equal(Quiz, error.Path);
        Assert.Equal(5, error.Line);
        Assert.StartsWith("malformed YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quiz_without_title_pass_and_questions_reports_all_three()
    {
        using var folder = ContentFolder.WithOneCourse().With(Quiz, "# nothing yet\npass:\n");

        Assert.Equal(
            [
                $"{Quiz}:1: questions is missing or empty; a quiz needs at least one question",
                $"{Quiz}:1: title is missing or empty",
                $"{Quiz}:2: pass is missing or empty; give the percent needed to pass, 1 to 100",
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

        Assert.Equal([$"{Quiz}:2: pass must be a whole percent from 1 to 100, not '{pass}'"], folder.Errors());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("31")]
    public void Minutes_outside_1_to_30_are_reported_at_their_line(string minutes)
    {
        using var folder = ContentFolder.WithOneCourse().With(ContentFolder.LessonFile, $"---\ntitle: T\nminutes: {minutes}\n---\nText.");

        Assert.Equal([$"{ContentFolder.LessonFile}:3: minutes must be a whole number from 1 to 30, not '{minutes}'"], folder.Errors());
    }

    [Fact]
    public void An_order_that_is_not_a_whole_number_is_reported_at_its_line()
    {
        using var folder = ContentFolder.WithOneCourse().With(ContentFolder.CourseFile, "---\ntitle: T\nsummary: S\norder: 1.5\n---");

        Assert.Equal([$"{ContentFolder.CourseFile}:4: order '1.5' is not a whole number"], folder.Errors());
    }

    [Fact]
    public void An_answer_out_of_range_names_the_question_and_the_valid_range()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With(Quiz, QuizWith("pass: 70", Single("answer: 0"), Single("answer: 0"), Single("answer: 4")));

        // Question 3 starts on line 16; its answer is the fourth line of the question.
        Assert.Equal([$"{Quiz}:19: question 3: answer 4 is out of range; there are 3 options (0-2)"], folder.Errors());
    }

    [Fact]
    public void A_question_without_options_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With(Quiz, QuizWith("pass: 70", "  - type: single\n    prompt: P?\n    answer: 0\n    explanation: E."));

        Assert.Contains($"{Quiz}:4: question 1: options are missing; a 'single' question needs at least two", folder.Errors());
    }

    [Fact]
    public void A_question_with_only_one_option_is_reported_at_the_options_line()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With(Quiz, QuizWith("pass: 70", "  - type: multiple\n    prompt: P?\n    options: [nur eine]\n    answer: [0]\n    explanation: E."));

        Assert.Equal([$"{Quiz}:6: question 1: there is only one option; a 'multiple' question needs at least two"], folder.Errors());
    }

    [Fact]
    public void An_unknown_question_type_lists_the_known_types()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With(Quiz, QuizWith("pass: 70", Single("answer: 0").Replace("type: single", "type: ranking", StringComparison.Ordinal)));

        Assert.Equal([$"{Quiz}:4: question 1: type 'ranking' is unknown; use one of: single, multiple, truefalse, text, number, order, match, cloze"], folder.Errors());
    }

    [Fact]
    public void Missing_question_fields_are_each_reported_with_the_question_number()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With(Quiz, QuizWith("pass: 70", Single("answer: 0"), "  - options: [a, b]\n    prompt: \"\"\n"));

        Assert.Equal(
            [
                $"{Quiz}:10: question 2: answer is missing",
                $"{Quiz}:10: question 2: explanation is missing or empty",
                $"{Quiz}:10: question 2: type is missing; use one of: single, multiple, truefalse, text, number, order, match, cloze",
                $"{Quiz}:11: question 2: prompt is missing or empty",
            ],
            folder.Errors().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_empty_multiple_answer_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse().With(Quiz, QuizWith("pass: 70", Multiple("answer: []")));

        Assert.Equal([$"{Quiz}:7: question 1: answer is an empty list; name at least one right option"], folder.Errors());
    }

    [Fact]
    public void A_multiple_answer_that_lists_an_index_twice_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse().With(Quiz, QuizWith("pass: 70", Multiple("answer: [0, 2, 0]")));

        Assert.Equal([$"{Quiz}:7: question 1: answer lists index 0 twice"], folder.Errors());
    }

    [Fact]
    public void A_single_question_with_a_list_answer_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse().With(Quiz, QuizWith("pass: 70", Single("answer: [0, 1]")));

        Assert.Equal([$"{Quiz}:7: question 1: a 'single' question takes one option index, like 'answer: 1'"], folder.Errors());
    }

    [Fact]
    public void Two_modules_with_the_same_slug_are_reported_at_the_second()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With("courses/strategie/02-ziele/module.md", "---\ntitle: Nochmal\n---")
            .With("courses/strategie/02-ziele/01-anders.md", "---\ntitle: Anders\n---\nText.");

        Assert.Equal(
            ["courses/strategie/02-ziele/module.md:1: module slug 'ziele' is already used by courses/strategie/01-ziele/module.md; module slugs must be unique within a course"],
            folder.Errors());
    }

    [Fact]
    public void Two_lessons_of_a_course_with_the_same_slug_are_reported_even_across_modules()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With("courses/strategie/02-plan/module.md", "---\ntitle: Plan\n---")
            .With("courses/strategie/02-plan/01-warum.md", "---\ntitle: Warum nochmal\n---\nText.");

        Assert.Equal(
            ["courses/strategie/02-plan/01-warum.md:1: lesson slug 'warum' is already used by courses/strategie/01-ziele/01-warum.md; lesson slugs must be unique within a course"],
            folder.Errors());
    }

    [Fact]
    public void A_course_without_modules_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse().Without("courses/strategie/01-ziele");

        var error = Assert.Single(folder.Errors());
        Assert.StartsWith("courses/strategie/course.md:1: course 'strategie' has no modules", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_without_lessons_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse().Without(ContentFolder.LessonFile);

        var error = Assert.Single(folder.Errors());
        Assert.StartsWith("courses/strategie/01-ziele/module.md:1: module 'ziele' has no lessons", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_markdown_file_without_a_number_prefix_in_a_module_folder_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse().With("courses/strategie/01-ziele/2-zielgruppe.md", "---\ntitle: T\n---\nText.");

        var error = Assert.Single(folder.Errors());
        Assert.StartsWith("courses/strategie/01-ziele/2-zielgruppe.md:1: '2-zielgruppe.md' is not a lesson", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slug_with_upper_case_or_umlauts_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse()
            .Without(ContentFolder.LessonFile)
            .With("courses/strategie/01-ziele/01-Wörter.md", "---\ntitle: T\n---\nText.");

        var error = Assert.Single(folder.Errors());
        Assert.StartsWith("courses/strategie/01-ziele/01-Wörter.md:1: lesson slug 'Wörter' may only use lower-case letters a-z", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_folder_without_module_md_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse().Without(ContentFolder.ModuleFile);

        Assert.Contains("courses/strategie/01-ziele/module.md:1: module.md is missing; every module folder needs one with a title", folder.Errors());
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
                "courses/strategie/01-ziele/01-warum.md:3: minutes must be a whole number from 1 to 30, not '99'",
                $"{Quiz}:2: pass must be a whole percent from 1 to 100, not '0'",
                $"{Quiz}:7: question 1: answer 7 is out of range; there are 3 options (0-2)",
                "courses/strategie/course.md:1: summary is missing or empty",
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
