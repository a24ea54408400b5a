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

        Assert.Equal(66, progress.Percent);
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
        Assert.Equal(33, progress.Percent);
    }

    [Fact]
    public void A_finished_course_has_no_next_lesson()
    {
        var progress = new CourseProgress(CourseSamples.Strategy(), ["warum", "smart", "woche"]);

        Assert.True(progress.IsComplete);
        Assert.Equal(100, progress.Percent);
        Assert.Equal(0, progress.MinutesLeft);
        Assert.Null(progress.NextLesson);
    }
}
