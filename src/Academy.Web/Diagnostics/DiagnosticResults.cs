using System.Text.Json;
using Academy.Data;
using Academy.Domain.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Diagnostics;

/// <summary>Keeps signed-in learners' check results and reads them back for the result page and /me.</summary>
public sealed class DiagnosticResults(AcademyDb db, TimeProvider clock)
{
    public async Task<DiagnosticResult> RecordAsync(string learnerId, Assessment assessment, AssessmentResult result, CancellationToken cancellationToken)
    {
        var row = new DiagnosticResult
        {
            Id = Guid.NewGuid(),
            LearnerId = learnerId,
            AssessmentSlug = assessment.Slug,
            TakenAtUtc = clock.GetUtcNow().UtcDateTime,
            AnswersJson = JsonSerializer.Serialize(result.Choices),
            // A dictionary keeps insertion order when serialised, so the JSON lists the highest first.
            ScoresJson = JsonSerializer.Serialize(result.Ranking.ToDictionary(score => score.Outcome.Key, score => score.Score)),
            TopOutcome = result.Top?.Outcome.Key ?? "",
        };
        db.DiagnosticResults.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    /// <summary>A result belongs to its learner: anyone else gets nothing.</summary>
    public Task<DiagnosticResult?> FindAsync(string learnerId, Guid id, CancellationToken cancellationToken) =>
        db.DiagnosticResults.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.LearnerId == learnerId, cancellationToken);

    public Task<DiagnosticResult?> LatestAsync(string learnerId, CancellationToken cancellationToken) =>
        db.DiagnosticResults.AsNoTracking()
            .Where(r => r.LearnerId == learnerId)
            .OrderByDescending(r => r.TakenAtUtc)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The scores as they were when the check was taken. A stored result is shown from these, not
    /// re-scored, so an edited check never changes what a learner was told.
    /// </summary>
    public static IReadOnlyDictionary<string, int> ScoresOf(DiagnosticResult row) =>
        JsonSerializer.Deserialize<Dictionary<string, int>>(row.ScoresJson) ?? [];
}
