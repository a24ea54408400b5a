using Academy.Domain.Catalogue;

namespace Academy.Domain.Learning;

/// <summary>How far a learner is in one course, derived from the lessons they marked as done.</summary>
public sealed class CourseProgress
{
    private readonly IReadOnlySet<string> completed;

    public CourseProgress(Course course, IEnumerable<string> completedLessonSlugs)
    {
        Course = course;
        completed = completedLessonSlugs.Where(slug => course.FindLesson(slug) is not null).ToHashSet(StringComparer.Ordinal);
    }

    public Course Course { get; }

    public int CompletedCount => completed.Count;

    public int LessonCount => Course.Lessons.Count;

    public int Percent => LessonCount == 0 ? 0 : CompletedCount * 100 / LessonCount;

    public bool IsStarted => CompletedCount > 0;

    public bool IsComplete => LessonCount > 0 && CompletedCount == LessonCount;

    public int MinutesLeft => Course.Lessons.Where(lesson => !IsDone(lesson)).Sum(lesson => lesson.Minutes);

    /// <summary>Where "Weiter" leads: the first lesson in reading order not yet done.</summary>
    public Lesson? NextLesson => Course.Lessons.FirstOrDefault(lesson => !IsDone(lesson));

    public bool IsDone(Lesson lesson) => completed.Contains(lesson.Slug);
}
