using Academy.Domain.Catalogue;

namespace Academy.Domain.Learning;

/// <summary>
/// How far a learner is in one course: the lessons they marked as done and the exams they passed.
/// A course is complete when both are all done; practice never counts.
/// </summary>
public sealed class CourseProgress
{
    private readonly IReadOnlySet<string> completed;
    private readonly IReadOnlySet<string> passed;

    /// <param name="passedExamSlugs">Quizzes whose counting attempt passed.</param>
    public CourseProgress(Course course, IEnumerable<string> completedLessonSlugs, IEnumerable<string>? passedExamSlugs = null)
    {
        Course = course;
        completed = completedLessonSlugs.Where(slug => course.FindLesson(slug) is not null).ToHashSet(StringComparer.Ordinal);
        var exams = course.Exams.Select(quiz => quiz.Slug).ToHashSet(StringComparer.Ordinal);
        passed = (passedExamSlugs ?? []).Where(exams.Contains).ToHashSet(StringComparer.Ordinal);
        ExamCount = exams.Count;
    }

    public Course Course { get; }

    public int CompletedCount => completed.Count;

    public int LessonCount => Course.Lessons.Count;

    public int ExamCount { get; }

    public int PassedExamCount => passed.Count;

    public int Percent => LessonCount + ExamCount == 0 ? 0 : (CompletedCount + PassedExamCount) * 100 / (LessonCount + ExamCount);

    public bool IsStarted => CompletedCount > 0 || PassedExamCount > 0;

    public bool IsComplete => LessonCount > 0 && CompletedCount == LessonCount && PassedExamCount == ExamCount;

    public int MinutesLeft => Course.Lessons.Where(lesson => !IsDone(lesson)).Sum(lesson => lesson.Minutes);

    /// <summary>Where "Weiter" leads: the first lesson in reading order not yet done.</summary>
    public Lesson? NextLesson => Course.Lessons.FirstOrDefault(lesson => !IsDone(lesson));

    public bool IsDone(Lesson lesson) => completed.Contains(lesson.Slug);

    public bool HasPassed(string quizSlug) => passed.Contains(quizSlug);
}
