using Academy.Content;
using Academy.Data;
using Academy.Domain.Catalogue;
using Academy.Domain.Quizzes;
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

    /// <summary>The module the quiz belongs to, to review it after a fail; null for the practice pool.</summary>
    public CourseModule? Module => Course.Modules.FirstOrDefault(module => module.Slug == Quiz.Slug);

    /// <summary>Where a pass leads on; null after the course's last module and for the practice pool.</summary>
    public CourseModule? NextModule => Module is null ? null : Course.Modules.SkipWhile(module => module.Slug != Quiz.Slug).Skip(1).FirstOrDefault();

    /// <summary>The feedback per question; null when the quiz changed since the attempt and no longer fits it.</summary>
    public QuizGrade? Grade { get; private set; }

    public QuizPresentation? Presentation { get; private set; }

    public bool ShowScore => Quiz.Settings.ReviewPolicy.Score;

    public bool ShowCorrectness => Quiz.Settings.ReviewPolicy.Correctness;

    public bool ShowAnswers { get; private set; }

    public bool ShowExplanations { get; private set; }

    /// <summary>The right answers are held back for now; says until when.</summary>
    public Reveal? AnswersHeldBack { get; private set; }

    public int? AttemptsLeft { get; private set; }

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

        if (foundAttempt.SubmittedAtUtc is null)
        {
            return Redirect($"/courses/{course}/quiz/{quiz}");
        }

        Course = foundCourse;
        Quiz = foundQuiz;
        Attempt = foundAttempt;
        var history = await attempts.ForQuizAsync(learnerId, foundCourse, foundQuiz, cancellationToken);
        AttemptsLeft = AttemptRules.AttemptsLeft(foundQuiz.Settings, history.Count);
        var review = foundQuiz.Settings.ReviewPolicy;
        ShowAnswers = AttemptRules.Reveals(review.Answers, foundAttempt.Passed, AttemptsLeft);
        ShowExplanations = AttemptRules.Reveals(review.Explanations, foundAttempt.Passed, AttemptsLeft);
        AnswersHeldBack = ShowAnswers ? null : review.Answers;

        Presentation = QuizPresentation.FromJson(foundAttempt.PresentationJson, foundQuiz);
        if (Presentation is not null)
        {
            try
            {
                Grade = foundQuiz.Grade(Presentation, QuizAttempts.AnswersOf(foundAttempt, Presentation.Questions.Count));
            }
            catch (QuizAnswersRejectedException)
            {
                Grade = null;
            }
        }

        return Page();
    }
}
