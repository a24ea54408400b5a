using System.Text.Json;
using Academy.Data;
using Academy.Domain.Catalogue;
using Academy.Domain.Quizzes;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Learning;

/// <summary>
/// Keeps quiz attempts on the server: started once, saved as drafts, checked question by question,
/// submitted at most once. Every rule (attempt limit, cooldown, time limit) is enforced here, so
/// the back button or a second tab cannot get around it.
/// </summary>
public sealed class QuizAttempts(AcademyDb db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<QuizAttempt>> ForQuizAsync(string learnerId, Course course, Quiz quiz, CancellationToken cancellationToken) =>
        await db.QuizAttempts.AsNoTracking()
            .Where(a => a.LearnerId == learnerId && a.CourseSlug == course.Slug && a.QuizSlug == quiz.Slug)
            .OrderBy(a => a.StartedAtUtc)
            .ToListAsync(cancellationToken);

    public StartDecision CanStart(Quiz quiz, IReadOnlyList<QuizAttempt> attempts) =>
        AttemptRules.CanStart(quiz.Settings, [.. attempts.Select(Describe)], Now);

    /// <summary>Starts an attempt, or returns the open one: a second tab resumes rather than starts again.</summary>
    public async Task<QuizAttempt?> StartAsync(string learnerId, Course course, Quiz quiz, CancellationToken cancellationToken)
    {
        var attempts = await ForQuizAsync(learnerId, course, quiz, cancellationToken);
        if (attempts.FirstOrDefault(a => a.SubmittedAtUtc is null) is { } open)
        {
            return open;
        }

        if (CanStart(quiz, attempts) is not StartDecision.Allowed)
        {
            return null;
        }

        var seed = Random.Shared.Next();
        var now = Now;
        var attempt = new QuizAttempt
        {
            Id = Guid.NewGuid(),
            LearnerId = learnerId,
            CourseSlug = course.Slug,
            QuizSlug = quiz.Slug,
            Mode = quiz.Settings.IsPractice ? "practice" : "exam",
            StartedAtUtc = now,
            DeadlineUtc = AttemptRules.Deadline(quiz.Settings, now, await AllowanceAsync(learnerId, cancellationToken)),
            PresentationJson = quiz.Present(seed).ToJson(),
        };
        db.QuizAttempts.Add(attempt);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return attempt;
        }
        catch (DbUpdateException)
        {
            // Two tabs started at once; the unique index on open attempts let one win. Use that one.
            db.ChangeTracker.Clear();
            return await db.QuizAttempts.AsNoTracking().FirstOrDefaultAsync(
                a => a.LearnerId == learnerId && a.CourseSlug == course.Slug && a.QuizSlug == quiz.Slug && a.SubmittedAtUtc == null,
                cancellationToken);
        }
    }

    /// <summary>An attempt belongs to its learner: anyone else gets nothing.</summary>
    public Task<QuizAttempt?> FindAsync(string learnerId, Guid attemptId, CancellationToken cancellationToken) =>
        db.QuizAttempts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attemptId && a.LearnerId == learnerId, cancellationToken);

    /// <summary>Keeps the answers as a draft. After the deadline nothing more is saved.</summary>
    public async Task<bool> SaveDraftAsync(QuizAttempt attempt, QuizForm form, CancellationToken cancellationToken)
    {
        var now = Now;
        if (attempt.DeadlineUtc is { } deadline && now > deadline + AttemptRules.Grace)
        {
            return false;
        }

        var draft = Serialize(form.ToFields());
        var saved = await db.QuizAttempts
            .Where(a => a.Id == attempt.Id && a.SubmittedAtUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.DraftJson, draft).SetProperty(a => a.DraftSavedAtUtc, now), cancellationToken);
        attempt.DraftJson = draft;
        attempt.DraftSavedAtUtc = now;
        return saved == 1;
    }

    /// <summary>Locks a checked question's answer together with the draft, under immediate feedback.</summary>
    public async Task<bool> LockAsync(QuizAttempt attempt, QuizForm form, int slot, CancellationToken cancellationToken)
    {
        var locked = CheckedSlots(attempt).Append(slot).Distinct().Order().ToList();
        var json = JsonSerializer.Serialize(locked);
        if (!await SaveDraftAsync(attempt, form, cancellationToken))
        {
            return false;
        }

        await db.QuizAttempts
            .Where(a => a.Id == attempt.Id && a.SubmittedAtUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.CheckedJson, json), cancellationToken);
        attempt.CheckedJson = json;
        return true;
    }

    /// <summary>
    /// Records the grade once. Returns false when the attempt was submitted already (a double submit),
    /// so the caller shows the result that stands.
    /// </summary>
    public async Task<bool> SubmitAsync(QuizAttempt attempt, QuizForm graded, QuizGrade grade, bool late, CancellationToken cancellationToken)
    {
        var answers = Serialize(graded.ToFields());
        var outcomes = JsonSerializer.Serialize(grade.Results);
        var points = (double)grade.Points;
        var maxPoints = (double)grade.MaxPoints;
        var submitted = await db.QuizAttempts
            .Where(a => a.Id == attempt.Id && a.SubmittedAtUtc == null)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(a => a.SubmittedAtUtc, Now)
                    .SetProperty(a => a.SubmittedLate, late)
                    .SetProperty(a => a.Points, points)
                    .SetProperty(a => a.MaxPoints, maxPoints)
                    .SetProperty(a => a.ScorePercent, grade.ScorePercent)
                    .SetProperty(a => a.Passed, grade.Passed)
                    .SetProperty(a => a.AnswersJson, answers)
                    .SetProperty(a => a.OutcomesJson, outcomes),
                cancellationToken);
        return submitted == 1;
    }

    /// <summary>Removes an open attempt that no longer fits its changed quiz; it never counted.</summary>
    public Task DiscardAsync(QuizAttempt attempt, CancellationToken cancellationToken) =>
        db.QuizAttempts.Where(a => a.Id == attempt.Id && a.SubmittedAtUtc == null).ExecuteDeleteAsync(cancellationToken);

    public async Task<IReadOnlyList<QuizAttempt>> SubmittedForLearnerAsync(string learnerId, CancellationToken cancellationToken) =>
        await db.QuizAttempts.AsNoTracking()
            .Where(a => a.LearnerId == learnerId && a.SubmittedAtUtc != null)
            .OrderByDescending(a => a.SubmittedAtUtc)
            .ToListAsync(cancellationToken);

    /// <summary>The attempt that stands for each quiz of a course, by the quiz's grading rule.</summary>
    public async Task<IReadOnlyDictionary<string, QuizAttempt>> CountedPerQuizAsync(string learnerId, Course course, CancellationToken cancellationToken)
    {
        var submitted = await db.QuizAttempts.AsNoTracking()
            .Where(a => a.LearnerId == learnerId && a.CourseSlug == course.Slug && a.SubmittedAtUtc != null)
            .ToListAsync(cancellationToken);
        return CountedPerQuiz(course, submitted);
    }

    public static IReadOnlyDictionary<string, QuizAttempt> CountedPerQuiz(Course course, IEnumerable<QuizAttempt> submitted) =>
        submitted
            .GroupBy(a => a.QuizSlug)
            .Select(group => (group.Key, Counted: course.FindQuiz(group.Key) is { } quiz ? AttemptRules.Counted(quiz.Settings, group, Describe) : null))
            .Where(pair => pair.Counted is not null)
            .ToDictionary(pair => pair.Key, pair => pair.Counted!);

    public async Task<TimeAllowance> AllowanceAsync(string learnerId, CancellationToken cancellationToken) =>
        await db.QuizTimeAllowances.AsNoTracking()
            .Where(a => a.LearnerId == learnerId)
            .Select(a => new TimeAllowance(a.Factor, a.NoLimit))
            .FirstOrDefaultAsync(cancellationToken)
        ?? TimeAllowance.None;

    public static QuizForm DraftOf(QuizAttempt attempt, int slotCount) => FormOf(attempt.DraftJson, slotCount);

    public static QuizForm AnswersOf(QuizAttempt attempt, int slotCount) => FormOf(attempt.AnswersJson, slotCount);

    public static IReadOnlyList<int> CheckedSlots(QuizAttempt attempt) =>
        JsonSerializer.Deserialize<List<int>>(attempt.CheckedJson) ?? [];

    public static PastAttempt Describe(QuizAttempt attempt) =>
        new(attempt.StartedAtUtc, attempt.SubmittedAtUtc, attempt.ScorePercent, attempt.Passed);

    private static QuizForm FormOf(string json, int slotCount)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, IReadOnlyList<string>>>(json) ?? [];
        try
        {
            return QuizForm.Read(fields, slotCount);
        }
        catch (QuizAnswersRejectedException)
        {
            // Stored answers were accepted once; if the quiz shrank since, they no longer fit.
            return QuizForm.Empty;
        }
    }

    private static string Serialize(Dictionary<string, IReadOnlyList<string>> fields) => JsonSerializer.Serialize(fields);
}
