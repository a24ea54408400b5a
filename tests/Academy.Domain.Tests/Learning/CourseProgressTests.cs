using Academy.Domain.Learning;

namespace Academy.Domain.Tests.Learning;

public sealed class CourseProgressTests
{
    [Fact]
    public void A_new_learner_starts_at_the_first_lesson_with_everything_left()
    {
        var progress = new CourseProgress(CourseSamples.Strategy(), []);

        Assert.Equal(0, progress.Percent);
        Assert.False(progress.IsStarted);
        Assert.Equal(15, progress.MinutesLeft);
        Assert.Equal("warum", progress.NextLesson?.Slug);
    }

    [Fact]
    public void Percent_minutes_left_and_next_lesson_follow_what_is_done()
    {
        var progress = new CourseProgress(CourseSamples.Strategy(), ["warum", "woche"]);

        // Three lessons and one exam: two of four steps are done.
        Assert.Equal(50, progress.Percent);
        Assert.Equal(4, progress.MinutesLeft);
        Assert.Equal("smart", progress.NextLesson?.Slug);
        Assert.True(progress.IsStarted);
        Assert.False(progress.IsComplete);
    }

    [Fact]
    public void Unknown_and_repeated_slugs_are_ignored()
    {
        var progress = new CourseProgress(CourseSamples.Strategy(), ["warum", "warum", "geloescht", "aus-anderem-kurs"]);

        Assert.Equal(1, progress.CompletedCount);
        Assert.Equal(25, progress.Percent);
    }

    [Fact]
    public void Every_lesson_done_without_the_exam_passed_is_not_complete()
    {
        var progress = new CourseProgress(CourseSamples.Strategy(), ["warum", "smart", "woche"], ["uebung", "anderes-quiz"]);

        Assert.False(progress.IsComplete);
        Assert.Equal(75, progress.Percent);
        Assert.Equal(0, progress.PassedExamCount);
        Assert.Null(progress.NextLesson);
    }

    [Fact]
    public void A_finished_course_has_every_lesson_done_and_every_exam_passed()
    {
        var progress = new CourseProgress(CourseSamples.Strategy(), ["warum", "smart", "woche"], ["ziele"]);

        Assert.True(progress.IsComplete);
        Assert.True(progress.HasPassed("ziele"));
        Assert.Equal(100, progress.Percent);
        Assert.Equal(0, progress.MinutesLeft);
        Assert.Null(progress.NextLesson);
    }
}
