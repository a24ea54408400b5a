using Academy.Content;
using Academy.Domain.Catalogue;
using Academy.Domain.Learning;
using Academy.Domain.Quizzes;
using Academy.Data;
using Academy.Web.Learning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Academy.Web.Pages.Courses;

public sealed class CourseModel(CatalogueStore catalogue, LearnerProgress progress, QuizAttempts attempts, LearnerAccess access) : PageModel
{
    private IReadOnlyDictionary<string, QuizAttempt> bestAttempts = new Dictionary<string, QuizAttempt>();

    public Course Course { get; private set; } = null!;

    public CourseProgress? Progress { get; private set; }

    /// <summary>The packages that unlock this course.</summary>
    public IReadOnlyList<CoursePackage> Packages { get; private set; } = [];

    public bool IsEnrolled { get; private set; }

    /// <summary>The attempt that stands for a quiz, by its grading rule.</summary>
    public QuizAttempt? BestAttemptOf(Quiz quiz) => bestAttempts.GetValueOrDefault(quiz.Slug);

    public async Task<IActionResult> OnGetAsync(string course, CancellationToken cancellationToken)
    {
        if (catalogue.Current.FindCourse(course) is not { } found)
        {
            return NotFound();
        }

        Course = found;
        Packages = catalogue.Current.PackagesContaining(found.Slug);
        IsEnrolled = (await access.ForAsync(User, cancellationToken)).IsEnrolledIn(found);
        if (User.LearnerId() is { } learnerId)
        {
            Progress = await progress.ForCourseAsync(learnerId, found, cancellationToken);
            bestAttempts = await attempts.CountedPerQuizAsync(learnerId, found, cancellationToken);
        }

        return Page();
    }
}
