using Academy.Domain.Catalogue;
using Academy.Domain.Learning;
using Academy.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Learning;

/// <summary>Reads and records what a learner has done. Pages call it; the domain derives progress from it.</summary>
public sealed class LearnerProgress(AcademyDb db)
{
    public async Task<CourseProgress> ForCourseAsync(string learnerId, Course course, CancellationToken cancellationToken)
    {
        var done = await db.LessonCompletions
            .Where(c => c.LearnerId == learnerId && c.CourseSlug == course.Slug)
            .Select(c => c.LessonSlug)
            .ToListAsync(cancellationToken);
        var exams = await SubmittedExamsAsync(learnerId, course.Slug, cancellationToken);
        return new CourseProgress(course, done, PassedExams(course, exams));
    }

    public async Task<IReadOnlyList<CourseProgress>> ForCatalogueAsync(string learnerId, Catalogue catalogue, CancellationToken cancellationToken)
    {
        var done = await db.LessonCompletions
            .Where(c => c.LearnerId == learnerId)
            .Select(c => new { c.CourseSlug, c.LessonSlug })
            .ToListAsync(cancellationToken);
        var byCourse = done.ToLookup(c => c.CourseSlug, c => c.LessonSlug);
        var exams = (await SubmittedExamsAsync(learnerId, null, cancellationToken)).ToLookup(a => a.CourseSlug);
        return [.. catalogue.Courses.Select(course => new CourseProgress(course, byCourse[course.Slug], PassedExams(course, exams[course.Slug])))];
    }

    public async Task MarkDoneAsync(string learnerId, Course course, Lesson lesson, CancellationToken cancellationToken)
    {
        var exists = await db.LessonCompletions.AnyAsync(
            c => c.LearnerId == learnerId && c.CourseSlug == course.Slug && c.LessonSlug == lesson.Slug,
            cancellationToken);
        if (exists)
        {
            return;
        }

        db.LessonCompletions.Add(new LessonCompletion
        {
            LearnerId = learnerId,
            CourseSlug = course.Slug,
            LessonSlug = lesson.Slug,
            CompletedAtUtc = DateTime.UtcNow,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A second tab may have won the race; then the lesson is done either way.
            if (!await IsDoneAsync(learnerId, course, lesson, cancellationToken))
            {
                throw;
            }
        }
    }

    /// <summary>The course the learner worked on last, to resume with one click.</summary>
    public async Task<string?> LastActiveCourseSlugAsync(string learnerId, CancellationToken cancellationToken)
    {
        var lastLesson = await db.LessonCompletions
            .Where(c => c.LearnerId == learnerId)
            .OrderByDescending(c => c.CompletedAtUtc)
            .Select(c => new { c.CourseSlug, At = c.CompletedAtUtc })
            .FirstOrDefaultAsync(cancellationToken);
        var lastQuiz = await db.QuizAttempts
            .Where(a => a.LearnerId == learnerId)
            .OrderByDescending(a => a.StartedAtUtc)
            .Select(a => new { a.CourseSlug, At = a.SubmittedAtUtc ?? a.StartedAtUtc })
            .FirstOrDefaultAsync(cancellationToken);
        return (lastLesson, lastQuiz) switch
        {
            (null, null) => null,
            (not null, null) => lastLesson.CourseSlug,
            (null, not null) => lastQuiz.CourseSlug,
            _ => lastLesson!.At >= lastQuiz!.At ? lastLesson.CourseSlug : lastQuiz.CourseSlug,
        };
    }

    private async Task<List<QuizAttempt>> SubmittedExamsAsync(string learnerId, string? courseSlug, CancellationToken cancellationToken) =>
        await db.QuizAttempts.AsNoTracking()
            .Where(a => a.LearnerId == learnerId && a.SubmittedAtUtc != null && a.Mode == "exam")
            .Where(a => courseSlug == null || a.CourseSlug == courseSlug)
            .ToListAsync(cancellationToken);

    private static IEnumerable<string> PassedExams(Course course, IEnumerable<QuizAttempt> submitted) =>
        QuizAttempts.CountedPerQuiz(course, submitted).Where(pair => pair.Value.Passed).Select(pair => pair.Key);

    private Task<bool> IsDoneAsync(string learnerId, Course course, Lesson lesson, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return db.LessonCompletions.AnyAsync(
            c => c.LearnerId == learnerId && c.CourseSlug == course.Slug && c.LessonSlug == lesson.Slug,
            cancellationToken);
    }
}
