using Academy.Content;
using Academy.Domain.Catalogue;
using Academy.Domain.Quizzes;
using Academy.Data;
using Academy.Web.Learning;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Academy.Web.Pages.Courses;

[Authorize]
public sealed class QuizResultModel(CatalogueStore catalogue, QuizAttempts attempts) : PageModel
{
    public Course Course { get; private set; } = null!;

    public Quiz Quiz { get; private set; } = null!;

    public QuizAttempt Attempt { get; private set; } = null!;

    /// <summary>The module the quiz belongs to, to review it after a fail.</summary>
    public CourseModule Module => Course.Modules.First(module => module.Slug == Quiz.Slug);

    /// <summary>Where a pass leads on; null after the course's last module.</summary>
    public CourseModule? NextModule => Course.Modules.SkipWhile(module => module.Slug != Quiz.Slug).Skip(1).FirstOrDefault();

    /// <summary>The feedback per question; null when the quiz changed since the attempt and no longer fits it.</summary>
    public QuizGrade? Grade { get; private set; }

    public async Task<IActionResult> OnGetAsync(string course, string quiz, Guid attempt, CancellationToken cancellationToken)
    {
        if (catalogue.Current.FindCourse(course) is not { } foundCourse
            || foundCourse.FindQuiz(quiz) is not { } foundQuiz
            || User.LearnerId() is not { } learnerId
            || await attempts.FindAsync(learnerId, attempt, cancellationToken) is not { } foundAttempt
            || foundAttempt.CourseSlug != course
            || foundAttempt.QuizSlug != quiz)
        {
            return NotFound();
        }

        Course = foundCourse;
        Quiz = foundQuiz;
        Attempt = foundAttempt;
        try
        {
            Grade = foundQuiz.Grade(QuizAttempts.AnswersOf(foundAttempt));
        }
        catch (QuizAnswersRejectedException)
        {
            Grade = null;
        }

        return Page();
    }
}
