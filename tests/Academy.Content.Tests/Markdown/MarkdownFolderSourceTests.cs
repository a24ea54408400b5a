using Academy.Domain.Quizzes;

namespace Academy.Content.Tests.Markdown;

public sealed class MarkdownFolderSourceTests
{
    [Fact]
    public void A_valid_folder_builds_the_catalogue_with_slugs_without_prefixes()
    {
        using var folder = ContentFolder.WithOneCourse();

        var result = folder.Load();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var course = Assert.Single(result.Catalogue!.Courses);
        Assert.Equal("strategie", course.Slug);
        Assert.Equal("Social-Media-Strategie", course.Title);
        Assert.Equal(1, course.Order);
        Assert.Contains("<strong>Beschreibung</strong>", course.DescriptionHtml, StringComparison.Ordinal);
        var module = Assert.Single(course.Modules);
        Assert.Equal("ziele", module.Slug);
        Assert.Equal("Warum mehr Follower kein Ziel ist.", module.Summary);
        var lesson = Assert.Single(module.Lessons);
        Assert.Equal("warum", lesson.Slug);
        Assert.True(lesson.IsPreview);
    }

    [Fact]
    public void Modules_and_lessons_are_ordered_by_their_number_prefix()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With("courses/strategie/10-messen/module.md", "---\ntitle: Messen\n---")
            .With("courses/strategie/10-messen/01-kennzahlen.md", "---\ntitle: Kennzahlen\n---\nText.")
            .With("courses/strategie/02-zielgruppe/module.md", "---\ntitle: Zielgruppe\n---")
            .With("courses/strategie/02-zielgruppe/12-spaet.md", "---\ntitle: Spät\n---\nText.")
            .With("courses/strategie/02-zielgruppe/03-frueh.md", "---\ntitle: Früh\n---\nText.");

        var course = folder.Load().Catalogue!.Courses[0];

        Assert.Equal(["ziele", "zielgruppe", "messen"], course.Modules.Select(module => module.Slug));
        Assert.Equal(["warum", "frueh", "spaet", "kennzahlen"], course.Lessons.Select(lesson => lesson.Slug));
        Assert.Equal(3, folder.Load().Catalogue!.ModuleCount);
        Assert.Equal(4, folder.Load().Catalogue!.LessonCount);
    }

    [Fact]
    public void Courses_are_listed_by_order_then_title_and_without_order_last()
    {
        using var folder = ContentFolder.WithOneCourse();
        foreach (var (slug, frontMatter) in new[] { ("zeit", "title: Zeit\nsummary: S."), ("alpha", "title: Alpha\nsummary: S.\norder: 0") })
        {
            folder.With($"courses/{slug}/course.md", $"---\n{frontMatter}\n---")
                .With($"courses/{slug}/01-m/module.md", "---\ntitle: M\n---")
                .With($"courses/{slug}/01-m/01-l.md", "---\ntitle: L\n---\nText.");
        }

        var courses = folder.Load().Catalogue!.Courses;

        Assert.Equal(["alpha", "strategie", "zeit"], courses.Select(course => course.Slug));
    }

    [Fact]
    public void The_quiz_is_addressed_by_its_module_and_keeps_question_types_and_answers()
    {
        using var folder = ContentFolder.WithOneCourse();

        var course = folder.Load().Catalogue!.Courses[0];

        var quiz = course.FindQuiz("ziele");
        Assert.NotNull(quiz);
        Assert.Equal("Quiz – Ziele", quiz.Title);
        Assert.Equal(70, quiz.PassPercent);
        var single = Assert.IsType<SingleChoiceQuestion>(quiz.Questions[0]);
        Assert.Equal(1, single.Number);
        Assert.Equal(3, single.Options.Count);
        Assert.True(single.IsRightOption(1));
        Assert.False(single.IsRightOption(0));
        var multiple = Assert.IsType<MultipleChoiceQuestion>(quiz.Questions[1]);
        Assert.Equal(2, multiple.Number);
        Assert.Equal([true, false, true], Enumerable.Range(0, 3).Select(multiple.IsRightOption));
        Assert.Equal("Speichern und Kommentieren sind Handlungen.", multiple.Explanation);
    }

    [Fact]
    public void Reading_time_comes_from_the_word_count_at_120_words_a_minute()
    {
        var words = string.Join(' ', Enumerable.Repeat("Wort", 240));
        using var folder = ContentFolder.WithOneCourse()
            .With(ContentFolder.LessonFile, $"---\ntitle: Lang\n---\n# Überschrift\n\n{words}");

        var lesson = folder.Load().Catalogue!.Courses[0].Lessons[0];

        // 240 words of text plus the one-word heading: 241 / 120 rounded up; the heading counts.
        Assert.Equal(3, lesson.Minutes);
    }

    [Fact]
    public void Explicit_minutes_win_over_the_word_count()
    {
        var words = string.Join(' ', Enumerable.Repeat("Wort", 700));
        using var folder = ContentFolder.WithOneCourse()
            .With(ContentFolder.LessonFile, $"---\ntitle: Lang\nminutes: 4\n---\n{words}");

        var lesson = folder.Load().Catalogue!.Courses[0].Lessons[0];

        Assert.Equal(4, lesson.Minutes);
        Assert.False(lesson.IsPreview);
    }

    [Fact]
    public void Files_that_do_not_match_the_layout_are_ignored()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With("README.md", "# Notes")
            .With("courses/strategie/README.md", "# Notes")
            .With("courses/strategie/bilder/logo.txt", "not an image")
            .With("courses/strategie/01-ziele/bild.png", "binary")
            .With("courses/strategie/01-ziele/.#01-warum.md", "an editor's lock file");

        var result = folder.Load();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Single(result.Catalogue!.Courses[0].Modules);
    }

    [Fact]
    public void Error_paths_are_relative_to_the_folder_with_forward_slashes()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With(ContentFolder.ModuleFile, "---\nsummary: Ohne Titel.\n---");

        var error = Assert.Single(folder.Load().Errors);

        Assert.Equal("courses/strategie/01-ziele/module.md", error.Path);
        Assert.Equal($"{folder.Root}/courses/strategie/01-ziele/module.md:1: 'title' fehlt oder ist leer", error.Under(folder.Root + "/").ToString());
    }
}
