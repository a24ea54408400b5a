using System.Text.RegularExpressions;
using Academy.Content;
using Academy.Domain.Catalogue;
using Academy.Domain.Learning;
using Academy.Domain.Quizzes;
using Academy.Web.Learning;
using Academy.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Academy.Web.Pages.Courses;

public sealed partial class QuizModel(CatalogueStore catalogue, QuizAttempts attempts, LearnerAccess access) : PageModel
{
    private IReadOnlyDictionary<int, IReadOnlyList<string>> given = new Dictionary<int, IReadOnlyList<string>>();

    public Course Course { get; private set; } = null!;

    public Quiz Quiz { get; private set; } = null!;

    public AccessDecision Access { get; private set; }

    public AccessRequired Locked => new(Access, $"/courses/{Course.Slug}/quiz/{Quiz.Slug}", catalogue.Current.PackagesContaining(Course.Slug));

    /// <summary>Question numbers the learner left open in a submission; shown as errors.</summary>
    public IReadOnlyCollection<int> Unanswered { get; private set; } = [];

    public IReadOnlyList<string> Given(int questionNumber) => given.GetValueOrDefault(questionNumber) ?? [];

    public async Task<IActionResult> OnGetAsync(string course, string quiz, CancellationToken cancellationToken)
    {
        if (!Find(course, quiz))
        {
            return NotFound();
        }

        Access = LessonAccess.ToQuiz(Course, await access.ForAsync(User, cancellationToken));
        if (Access != AccessDecision.Granted)
        {
            Response.StatusCode = AccessStatus.For(Access);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string course, string quiz, CancellationToken cancellationToken)
    {
        if (!Find(course, quiz))
        {
            return NotFound();
        }

        var learner = await access.ForAsync(User, cancellationToken);
        Access = LessonAccess.ToQuiz(Course, learner);
        if (learner.Id is not { } learnerId || Access != AccessDecision.Granted)
        {
            return learner.IsSignedIn ? StatusCode(StatusCodes.Status403Forbidden) : Challenge();
        }

        given = ReadAnswers(Request.Form);
        var answers = new QuizAnswers(given);
        QuizGrade grade;
        try
        {
            grade = Quiz.Grade(answers);
        }
        catch (QuizAnswersRejectedException rejected)
        {
            return BadRequest(rejected.Message);
        }

        Unanswered = [.. grade.Outcomes.Where(o => !o.WasAnswered).Select(o => o.Question.Number)];
        if (Unanswered.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var attempt = await attempts.RecordAsync(learnerId, Course, Quiz, answers, grade, cancellationToken);
        return Redirect($"/courses/{Course.Slug}/quiz/{Quiz.Slug}/result/{attempt.Id}");
    }

    private static Dictionary<int, IReadOnlyList<string>> ReadAnswers(IFormCollection form)
    {
        var answers = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var (key, values) in form)
        {
            var match = QuestionField().Match(key);
            if (match.Success && int.TryParse(match.Groups[1].ValueSpan, out var number))
            {
                answers[number] = [.. values.OfType<string>()];
            }
        }

        return answers;
    }

    private bool Find(string courseSlug, string quizSlug)
    {
        if (catalogue.Current.FindCourse(courseSlug) is not { } course || course.FindQuiz(quizSlug) is not { } quiz)
        {
            return false;
        }

        Course = course;
        Quiz = quiz;
        return true;
    }

    [GeneratedRegex(@"^q(\d{1,4})$")]
    private static partial Regex QuestionField();
}
