using Academy.Content.Definitions;
using Academy.Content.Snapshot;
using Academy.Content.Validation;

namespace Academy.Content.Tests.Validation;

/// <summary>One item judged alone, as a CMS publishes it, by the same rules as the whole catalogue.</summary>
public sealed class ItemValidationTests
{
    private static readonly SourceLocation At = new("umbraco/1001", 0);
    private static readonly Dictionary<string, int> NoLines = [];

    [Fact]
    public void A_course_without_modules_yet_passes_alone_but_not_in_the_catalogue()
    {
        var course = new CourseDefinition("strategie", "Strategie", "Kurz.", null, "", [], At, NoLines);

        Assert.Empty(ItemValidation.Course(course));
        Assert.Contains(CatalogueCompiler.Compile(new CatalogueDefinition([course]), []).Errors, error => error.Message.Contains("strategie", StringComparison.Ordinal));
    }

    [Fact]
    public void A_module_without_lessons_yet_passes_alone()
    {
        var module = new ModuleDefinition("ziele", "Ziele", null, [], null, At, NoLines);

        Assert.Empty(ItemValidation.Module(module));
    }

    [Fact]
    public void A_course_alone_still_needs_its_own_fields()
    {
        var course = new CourseDefinition("strategie", " ", "Kurz.", null, "", [], At, NoLines);

        var error = Assert.Single(ItemValidation.Course(course));

        Assert.Equal(new ContentError("umbraco/1001", 0, Catalogue(course).Single(error => error.Message.Contains("title", StringComparison.Ordinal)).Message), error);
    }

    [Fact]
    public void A_quiz_alone_gets_the_message_the_catalogue_gives()
    {
        var question = new QuestionDefinition(1, "single", "Welche?", "Weil.", At, NoLines) { Options = ["a", "b"] };
        var quiz = new QuizDefinition("Quiz", "70", [question], At, NoLines);
        var lesson = new LessonDefinition("l", "L", null, null, "Text", At, NoLines);
        var course = new CourseDefinition("strategie", "S", "S.", null, "", [new ModuleDefinition("m", "M", null, [lesson], quiz, At, NoLines)], At, NoLines);

        var alone = Assert.Single(ItemValidation.Quiz(quiz, isPracticePool: false));

        Assert.Contains(alone, Catalogue(course));
    }

    [Fact]
    public void A_quiz_below_a_course_is_judged_as_its_practice_pool()
    {
        var question = new QuestionDefinition(1, "truefalse", "Stimmt das?", "Weil.", At, NoLines) { Answer = new AnswerDefinition(["true"], false) };
        var quiz = new QuizDefinition("Übung", "50", [question], At, NoLines) { Mode = "exam" };

        Assert.Empty(ItemValidation.Quiz(quiz, isPracticePool: false));
        Assert.Single(ItemValidation.Quiz(quiz, isPracticePool: true));
    }

    private static IReadOnlyList<ContentError> Catalogue(CourseDefinition course) =>
        CatalogueCompiler.Compile(new CatalogueDefinition([course]), []).Errors;
}
