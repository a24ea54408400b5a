using System.Text.Json;
using Academy.Domain.Catalogue;
using Academy.Domain.Quizzes;
using Academy.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Learning;

/// <summary>Records graded attempts and reads them back for the result page and the dashboard.</summary>
public sealed class QuizAttempts(AcademyDb db)
{
    public async Task<QuizAttempt> RecordAsync(string learnerId, Course course, Quiz quiz, QuizAnswers answers, QuizGrade grade, CancellationToken cancellationToken)
    {
        var attempt = new QuizAttempt
        {
            Id = Guid.NewGuid(),
            LearnerId = learnerId,
            CourseSlug = course.Slug,
            QuizSlug = quiz.Slug,
            Mode = "exam",
            PresentationJson = "[]",
            StartedAtUtc = DateTime.UtcNow,
            SubmittedAtUtc = DateTime.UtcNow,
            Points = (double)grade.Points,
            MaxPoints = (double)grade.MaxPoints,
            ScorePercent = grade.ScorePercent,
            Passed = grade.Passed,
            AnswersJson = JsonSerializer.Serialize(answers.ToDictionary()),
        };
        db.QuizAttempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        return attempt;
    }

    /// <summary>An attempt belongs to its learner: anyone else gets nothing.</summary>
    public Task<QuizAttempt?> FindAsync(string learnerId, Guid attemptId, CancellationToken cancellationToken) =>
        db.QuizAttempts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attemptId && a.LearnerId == learnerId, cancellationToken);

    public async Task<IReadOnlyList<QuizAttempt>> ForLearnerAsync(string learnerId, CancellationToken cancellationToken) =>
        await db.QuizAttempts.AsNoTracking()
            .Where(a => a.LearnerId == learnerId)
            .OrderByDescending(a => a.SubmittedAtUtc)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<string, QuizAttempt>> BestPerQuizAsync(string learnerId, string courseSlug, CancellationToken cancellationToken)
    {
        var all = await db.QuizAttempts.AsNoTracking()
            .Where(a => a.LearnerId == learnerId && a.CourseSlug == courseSlug)
            .ToListAsync(cancellationToken);
        return all
            .GroupBy(a => a.QuizSlug)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.ScorePercent).ThenByDescending(a => a.SubmittedAtUtc).First());
    }

    public static QuizAnswers AnswersOf(QuizAttempt attempt) =>
        new(JsonSerializer.Deserialize<Dictionary<int, IReadOnlyList<string>>>(attempt.AnswersJson) ?? []);
}
