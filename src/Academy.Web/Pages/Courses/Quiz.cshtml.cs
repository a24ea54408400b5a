using Academy.Content;
using Academy.Data;
using Academy.Domain.Catalogue;
using Academy.Domain.Learning;
using Academy.Domain.Quizzes;
using Academy.Web.Learning;
using Academy.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Academy.Web.Pages.Courses;

/// <summary>
/// A quiz: the start screen, then the learner's open attempt. The attempt lives on the server; every
/// post names it, and the server decides what may still change.
/// </summary>
public sealed class QuizModel(CatalogueStore catalogue, QuizAttempts attempts, LearnerAccess access, TimeProvider clock) : PageModel
{
    public Course Course { get; private set; } = null!;

    public Quiz Quiz { get; private set; } = null!;

    public AccessDecision Access { get; private set; }

    public AccessRequired Locked => new(Access, $"/courses/{Course.Slug}/quiz/{Quiz.Slug}", catalogue.Current.PackagesContaining(Course.Slug));

    /// <summary>This learner's attempts at this quiz, oldest first.</summary>
    public IReadOnlyList<QuizAttempt> History { get; private set; } = [];

    public StartDecision Start { get; private set; } = new StartDecision.Allowed();

    public int? AttemptsLeft => AttemptRules.AttemptsLeft(Quiz.Settings, History.Count);

    /// <summary>The open attempt being answered; null on the start screen.</summary>
    public QuizAttempt? Attempt { get; private set; }

    public QuizPresentation? Presentation { get; private set; }

    /// <summary>The answers to show in the form: the draft, or what was just posted.</summary>
    public QuizForm Answers { get; private set; } = QuizForm.Empty;

    /// <summary>Questions checked under immediate feedback, with their verdict; their answers are locked.</summary>
    public IReadOnlyDictionary<int, QuestionOutcome> Checked { get; private set; } = new Dictionary<int, QuestionOutcome>();

    /// <summary>Questions to fix before submitting, shown as errors.</summary>
    public IReadOnlyList<QuestionOutcome> Problems { get; private set; } = [];

    public bool Saved { get; private set; }

    /// <summary>Open questions may be handed in as they are; wrong formats (not a number, a position twice) must be fixed.</summary>
    public bool CanSubmitIncomplete => Problems.Count > 0 && Problems.All(p => p.Problem is AnswerProblem.Unanswered or AnswerProblem.Incomplete);

    /// <summary>A checked question shows the right answer only where the review would show it anyway.</summary>
    public bool RevealsAnswersOnCheck => Quiz.Settings.ReviewPolicy.Answers == Reveal.Always;

    /// <summary>The open attempt no longer fitted the changed quiz and was discarded.</summary>
    public bool WasDiscarded { get; private set; }

    public TimeSpan? TimeLeft => Attempt?.DeadlineUtc is { } deadline ? Max(deadline - clock.GetUtcNow().UtcDateTime, TimeSpan.Zero) : null;

    public TimeSpan? CooldownLeft => Start is StartDecision.CoolingDown cooling ? cooling.UntilUtc - clock.GetUtcNow().UtcDateTime : null;

    public QuizAttempt? Counted => AttemptRules.Counted(Quiz.Settings, History, QuizAttempts.Describe);

    public async Task<IActionResult> OnGetAsync(string course, string quiz, bool saved, CancellationToken cancellationToken)
    {
        if (!Find(course, quiz))
        {
            return NotFound();
        }

        var learner = await access.ForAsync(User, cancellationToken);
        Access = LessonAccess.ToQuiz(Course, learner);
        if (Access != AccessDecision.Granted || learner.Id is not { } learnerId)
        {
            Response.StatusCode = AccessStatus.For(Access);
            return Page();
        }

        await LoadHistoryAsync(learnerId, cancellationToken);
        if (History.FirstOrDefault(a => a.SubmittedAtUtc is null) is { } open)
        {
            if (!Show(open))
            {
                // The quiz changed under the open attempt; it no longer fits, so it goes and never counts.
                await attempts.DiscardAsync(open, cancellationToken);
                WasDiscarded = true;
                Attempt = null;
                await LoadHistoryAsync(learnerId, cancellationToken);
                return Page();
            }

            if (AttemptRules.IsLate(open.DeadlineUtc, clock.GetUtcNow().UtcDateTime))
            {
                return await SubmitLateAsync(cancellationToken);
            }

            Answers = QuizAttempts.DraftOf(open, Presentation!.Questions.Count);
            Checked = GradeChecked();
            Saved = saved;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(string course, string quiz, CancellationToken cancellationToken)
    {
        if (!Find(course, quiz))
        {
            return NotFound();
        }

        var learner = await access.ForAsync(User, cancellationToken);
        if (LessonAccess.ToQuiz(Course, learner) != AccessDecision.Granted || learner.Id is not { } learnerId)
        {
            return learner.IsSignedIn ? StatusCode(StatusCodes.Status403Forbidden) : Challenge();
        }

        // Refused starts (no attempts left, cooling down) land on the start screen, which says why.
        await attempts.StartAsync(learnerId, Course, Quiz, cancellationToken);
        return RedirectToQuiz();
    }

    public Task<IActionResult> OnPostSaveAsync(string course, string quiz, Guid attempt, CancellationToken cancellationToken) =>
        WithOpenAttemptAsync(course, quiz, attempt, async form =>
        {
            await attempts.SaveDraftAsync(Attempt!, form, cancellationToken);
            return RedirectToQuiz(saved: true);
        }, cancellationToken);

    public Task<IActionResult> OnPostCheckAsync(string course, string quiz, Guid attempt, int slot, CancellationToken cancellationToken) =>
        WithOpenAttemptAsync(course, quiz, attempt, async form =>
        {
            if (Quiz.Settings.Feedback != Feedback.Immediate || Presentation!.AtSlot(slot) is not { } presented)
            {
                return BadRequest("This quiz does not check single questions.");
            }

            var outcome = presented.Question.Grade(form.For(slot), presented.Display, Quiz.Settings.Scoring);
            if (outcome.Problem != AnswerProblem.None)
            {
                await attempts.SaveDraftAsync(Attempt!, form, cancellationToken);
                return Redisplay(form, [outcome]);
            }

            await attempts.LockAsync(Attempt!, form, slot, cancellationToken);
            return RedirectToQuiz(fragment: $"question-{slot}");
        }, cancellationToken);

    /// <param name="incomplete">Set by "Trotzdem abgeben": the learner knows questions are open.</param>
    public Task<IActionResult> OnPostAsync(string course, string quiz, Guid attempt, bool incomplete, CancellationToken cancellationToken) =>
        WithOpenAttemptAsync(course, quiz, attempt, async form =>
        {
            var grade = Quiz.Grade(Presentation!, form);
            if (grade.Problems.Count > 0 && !(incomplete && grade.Problems.All(p => p.Problem is AnswerProblem.Unanswered or AnswerProblem.Incomplete)))
            {
                await attempts.SaveDraftAsync(Attempt!, form, cancellationToken);
                return Redisplay(form, grade.Problems);
            }

            await attempts.SubmitAsync(Attempt!, form, grade, late: false, cancellationToken);
            return RedirectToResult(Attempt!);
        }, cancellationToken);

    private async Task<IActionResult> WithOpenAttemptAsync(string course, string quiz, Guid attemptId, Func<QuizForm, Task<IActionResult>> handle, CancellationToken cancellationToken)
    {
        if (!Find(course, quiz))
        {
            return NotFound();
        }

        var learner = await access.ForAsync(User, cancellationToken);
        Access = LessonAccess.ToQuiz(Course, learner);
        if (Access != AccessDecision.Granted || learner.Id is not { } learnerId)
        {
            return learner.IsSignedIn ? StatusCode(StatusCodes.Status403Forbidden) : Challenge();
        }

        if (await attempts.FindAsync(learnerId, attemptId, cancellationToken) is not { } attempt
            || attempt.CourseSlug != Course.Slug
            || attempt.QuizSlug != Quiz.Slug)
        {
            return BadRequest("This quiz attempt does not exist or belongs to someone else. Open the quiz again to continue.");
        }

        await LoadHistoryAsync(learnerId, cancellationToken);
        if (attempt.SubmittedAtUtc is not null)
        {
            // A double submit, or the back button after submitting: the first result stands.
            return RedirectToResult(attempt);
        }

        if (!Show(attempt))
        {
            return RedirectToQuiz();
        }

        if (AttemptRules.IsLate(attempt.DeadlineUtc, clock.GetUtcNow().UtcDateTime))
        {
            return await SubmitLateAsync(cancellationToken);
        }

        QuizForm posted;
        try
        {
            posted = QuizForm.Read(Request.Form.Select(field => KeyValuePair.Create(field.Key, (IReadOnlyList<string>)[.. field.Value.OfType<string>()])), Presentation!.Questions.Count);
            var draft = QuizAttempts.DraftOf(attempt, Presentation.Questions.Count);
            posted = posted.With(draft, QuizAttempts.CheckedSlots(attempt));
            Quiz.Grade(Presentation, posted);
        }
        catch (QuizAnswersRejectedException rejected)
        {
            return BadRequest(rejected.Message);
        }

        return await handle(posted);
    }

    /// <summary>The late rule: answers sent after time ran out do not count; the last saved draft is graded.</summary>
    private async Task<IActionResult> SubmitLateAsync(CancellationToken cancellationToken)
    {
        var attempt = Attempt!;
        var draft = QuizAttempts.DraftOf(attempt, Presentation!.Questions.Count);
        await attempts.SubmitAsync(attempt, draft, Quiz.Grade(Presentation, draft), late: true, cancellationToken);
        return RedirectToResult(attempt);
    }

    private PageResult Redisplay(QuizForm form, IReadOnlyList<QuestionOutcome> problems)
    {
        Answers = form;
        Problems = problems;
        Checked = GradeChecked();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private Dictionary<int, QuestionOutcome> GradeChecked()
    {
        var locked = Presentation is null || Quiz.Settings.Feedback != Feedback.Immediate ? [] : QuizAttempts.CheckedSlots(Attempt!);
        return locked
            .Select(slot => Presentation!.AtSlot(slot))
            .OfType<PresentedQuestion>()
            .ToDictionary(p => p.Slot, p => p.Question.Grade(Answers.For(p.Slot), p.Display, Quiz.Settings.Scoring));
    }

    private bool Show(QuizAttempt attempt)
    {
        Attempt = attempt;
        Presentation = QuizPresentation.FromJson(attempt.PresentationJson, Quiz);
        return Presentation is not null;
    }

    private async Task LoadHistoryAsync(string learnerId, CancellationToken cancellationToken)
    {
        History = await attempts.ForQuizAsync(learnerId, Course, Quiz, cancellationToken);
        Start = attempts.CanStart(Quiz, History);
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

    private RedirectResult RedirectToQuiz(bool saved = false, string? fragment = null) =>
        Redirect($"/courses/{Course.Slug}/quiz/{Quiz.Slug}{(saved ? "?saved=true" : "")}{(fragment is null ? "" : "#" + fragment)}");

    private RedirectResult RedirectToResult(QuizAttempt attempt) =>
        Redirect($"/courses/{Course.Slug}/quiz/{Quiz.Slug}/result/{attempt.Id}");

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
