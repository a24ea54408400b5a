using Academy.Domain.Catalogue;
using Academy.Domain.Quizzes;

namespace Academy.Domain.Tests.Catalogue;

public sealed class CourseTests
{
    private readonly Course course = CourseSamples.Strategy();

    [Fact]
    public void Lessons_run_across_modules_in_reading_order()
    {
        Assert.Equal(["warum", "smart", "woche"], course.Lessons.Select(lesson => lesson.Slug));
        Assert.Equal(15, course.TotalMinutes);
        Assert.Equal("plan", course.ModuleOf(course.FindLesson("woche")!).Slug);
    }

    [Fact]
    public void Next_and_previous_cross_module_boundaries_and_stop_at_the_ends()
    {
        var smart = course.FindLesson("smart")!;

        Assert.Equal("woche", course.Next(smart)?.Slug);
        Assert.Equal("warum", course.Previous(smart)?.Slug);
        Assert.Null(course.Previous(course.FindLesson("warum")!));
        Assert.Null(course.Next(course.FindLesson("woche")!));
    }

    [Fact]
    public void A_lesson_from_another_course_has_no_neighbours_here()
    {
        Assert.Throws<ArgumentException>(() => course.Next(CourseSamples.Lesson("fremd", 3)));
    }

    [Fact]
    public void A_quiz_is_found_by_its_module_slug()
    {
        Assert.Equal("Quiz – Ziele", course.FindQuiz("ziele")?.Title);
        Assert.Null(course.FindQuiz("plan"));
        Assert.Null(course.FindQuiz("gibt-es-nicht"));
        Assert.Single(course.Quizzes);
    }

    [Fact]
    public void The_practice_pool_is_found_by_its_reserved_slug_and_is_not_a_module_quiz()
    {
        var practice = new Quiz(Quiz.PracticeSlug, "Übung", 50, [new TrueFalseQuestion(new QuestionText("q1", 1, "P?", "E."), true)], new QuizSettings(Mode: QuizMode.Practice));
        var withPractice = CourseSamples.Strategy(practice);

        Assert.Same(practice, withPractice.FindQuiz("uebung"));
        Assert.Null(course.FindQuiz("uebung"));
        Assert.Equal(["ziele"], withPractice.Quizzes.Select(quiz => quiz.Slug));
        Assert.Equal(["ziele"], withPractice.Exams.Select(quiz => quiz.Slug));
    }

    [Fact]
    public void The_catalogue_lists_courses_by_order_then_title_with_unordered_last()
    {
        Course Make(string slug, string title, int? order) =>
            new(slug, title, "S.", order, "", [new CourseModule("m", "M", null, [CourseSamples.Lesson(slug + "-l", 3)], null)]);

        var catalogue = new Domain.Catalogue.Catalogue([Make("c", "Zeit", null), Make("b", "Beta", 2), Make("a", "Alpha", 2), Make("d", "Dora", 1)]);

        Assert.Equal(["d", "a", "b", "c"], catalogue.Courses.Select(c => c.Slug));
        Assert.Equal("Zeit", catalogue.FindCourse("c")?.Title);
        Assert.Null(catalogue.FindCourse("x"));
        Assert.Equal(4, catalogue.LessonCount);
        Assert.Equal(12, catalogue.TotalMinutes);
    }
}
