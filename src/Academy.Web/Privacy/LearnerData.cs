using System.Text.Json;
using System.Text.Json.Serialization;
using Academy.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Privacy;

/// <summary>
/// The learner's data rights (DSGVO Art. 15, 17, 20) in one place: the export and the deletion that
/// /me offers the learner and /admin offers the agency on the learner's behalf.
/// </summary>
public sealed partial class LearnerData(AcademyDb db, TimeProvider clock, ILogger<LearnerData> logger)
{
    private static readonly JsonSerializerOptions FileFormat = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Payment receipts are keyed by the provider's event id and hold no learner id, so none can be tied to a learner.</summary>
    public const string PaymentReceiptsNote =
        "Payment event receipts store only the payment provider's event id, its type and when it was handled; they name no learner and cannot be tied to one. Your payments are listed under orders.";

    public async Task<LearnerDataExport> ExportAsync(string learnerId, string requestedBy, CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking().SingleAsync(u => u.Id == learnerId, cancellationToken);
        var roles = await db.UserRoles.AsNoTracking()
            .Where(r => r.UserId == learnerId)
            .Join(db.Roles, r => r.RoleId, role => role.Id, (r, role) => new RoleData(r.RoleId, role.Name))
            .ToListAsync(cancellationToken);
        var claims = await db.UserClaims.AsNoTracking().Where(c => c.UserId == learnerId).OrderBy(c => c.Id)
            .Select(c => new ClaimData(c.Id, c.ClaimType, c.ClaimValue)).ToListAsync(cancellationToken);
        var logins = await db.UserLogins.AsNoTracking().Where(l => l.UserId == learnerId)
            .Select(l => new ExternalLoginData(l.LoginProvider, l.ProviderKey, l.ProviderDisplayName)).ToListAsync(cancellationToken);
        var tokens = await db.UserTokens.AsNoTracking().Where(t => t.UserId == learnerId)
            .Select(t => new TokenData(t.LoginProvider, t.Name)).ToListAsync(cancellationToken);
        var completions = await db.LessonCompletions.AsNoTracking().Where(c => c.LearnerId == learnerId).OrderBy(c => c.CompletedAtUtc)
            .Select(c => new LessonCompletionData(c.Id, c.CourseSlug, c.LessonSlug, c.CompletedAtUtc)).ToListAsync(cancellationToken);
        var attempts = await db.QuizAttempts.AsNoTracking().Where(a => a.LearnerId == learnerId).OrderBy(a => a.StartedAtUtc).ToListAsync(cancellationToken);
        var allowances = await db.QuizTimeAllowances.AsNoTracking().Where(a => a.LearnerId == learnerId)
            .Select(a => new QuizTimeAllowanceData(a.Factor, a.NoLimit, a.GrantedAtUtc, a.GrantedBy)).ToListAsync(cancellationToken);
        var checks = await db.DiagnosticResults.AsNoTracking().Where(r => r.LearnerId == learnerId).OrderBy(r => r.TakenAtUtc).ToListAsync(cancellationToken);
        var orders = await db.Orders.AsNoTracking().Where(o => o.LearnerId == learnerId).OrderBy(o => o.CreatedAtUtc).ToListAsync(cancellationToken);
        var enrolments = await db.Enrolments.AsNoTracking().Where(e => e.LearnerId == learnerId).OrderBy(e => e.GrantedAtUtc)
            .Select(e => new EnrolmentData(e.Id, e.CourseSlug, e.OrderId, e.GrantedAtUtc, e.RevokedAtUtc, e.RevokedBecause)).ToListAsync(cancellationToken);

        LogExported(logger, learnerId, requestedBy);
        return new LearnerDataExport(
            LearnerDataExport.CurrentFormat,
            clock.GetUtcNow().UtcDateTime,
            learnerId,
            new AccountData(
                account.Id, account.UserName, account.Email, account.EmailConfirmed, account.DisplayName, account.PhoneNumber,
                account.PhoneNumberConfirmed, account.TwoFactorEnabled, account.LockoutEnabled, account.LockoutEnd, account.AccessFailedCount),
            roles,
            claims,
            logins,
            tokens,
            completions,
            [.. attempts.Select(a => new QuizAttemptData(
                a.Id, a.CourseSlug, a.QuizSlug, a.Mode, a.StartedAtUtc, a.DeadlineUtc, Embedded(a.PresentationJson), Embedded(a.DraftJson),
                a.DraftSavedAtUtc, Embedded(a.CheckedJson), a.SubmittedAtUtc, a.SubmittedLate, a.Points, a.MaxPoints, a.ScorePercent,
                a.Passed, Embedded(a.AnswersJson), Embedded(a.OutcomesJson)))],
            allowances,
            [.. checks.Select(r => new CheckResultData(r.Id, r.AssessmentSlug, r.TakenAtUtc, Embedded(r.AnswersJson), Embedded(r.ScoresJson), r.TopOutcome))],
            [.. orders.Select(o => new OrderData(
                o.Id, o.PackageSlug, o.PackageTitle, o.CourseSlugs, o.AmountCents, o.Currency, o.Status, o.Provider, o.CheckoutSessionId,
                o.PaymentIntentId, o.RefundedCents, o.CreatedAtUtc, o.PaidAtUtc, o.ClosedAtUtc))],
            enrolments,
            PaymentReceiptsNote);
    }

    public async Task<LearnerDataFile> ExportFileAsync(string learnerId, string requestedBy, CancellationToken cancellationToken)
    {
        var export = await ExportAsync(learnerId, requestedBy, cancellationToken);
        return new LearnerDataFile(
            JsonSerializer.SerializeToUtf8Bytes(export, FileFormat),
            $"academy-daten-{export.ExportedAtUtc:yyyy-MM-dd}.json");
    }

    /// <summary>
    /// Erases the learner (DSGVO Art. 17) in one transaction. Orders and their enrolments stay for the
    /// agency's tax records (§ 147 AO, § 14b UStG); they hold no personal data, only the learner id.
    /// The account row stays as an anonymous, locked placeholder, so that id still points somewhere
    /// and the orders keep their foreign key; everything that described the person is removed.
    /// </summary>
    public async Task DeleteAsync(string learnerId, string requestedBy, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var account = await db.Users.SingleAsync(u => u.Id == learnerId, cancellationToken);
        var email = account.Email;

        await db.LessonCompletions.Where(c => c.LearnerId == learnerId).ExecuteDeleteAsync(cancellationToken);
        await db.QuizAttempts.Where(a => a.LearnerId == learnerId).ExecuteDeleteAsync(cancellationToken);
        await db.QuizTimeAllowances.Where(a => a.LearnerId == learnerId).ExecuteDeleteAsync(cancellationToken);
        await db.DiagnosticResults.Where(r => r.LearnerId == learnerId).ExecuteDeleteAsync(cancellationToken);
        await db.UserRoles.Where(r => r.UserId == learnerId).ExecuteDeleteAsync(cancellationToken);
        await db.UserClaims.Where(c => c.UserId == learnerId).ExecuteDeleteAsync(cancellationToken);
        await db.UserLogins.Where(l => l.UserId == learnerId).ExecuteDeleteAsync(cancellationToken);
        await db.UserTokens.Where(t => t.UserId == learnerId).ExecuteDeleteAsync(cancellationToken);
        if (email is not null)
        {
            // An admin who granted extra time is named on other learners' grants; the grant stays, the name goes.
            await db.QuizTimeAllowances.Where(a => a.GrantedBy == email)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.GrantedBy, DeletedAccount.GrantedBy), cancellationToken);
        }

        DeletedAccount.Anonymise(account);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogDeleted(logger, learnerId, requestedBy);
    }

    // Stored JSON is the app's own; were a row ever unreadable, the learner still gets it, as text.
    private static JsonElement Embedded(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(json);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Exported the data of learner {LearnerId} for account {RequestedBy}")]
    private static partial void LogExported(ILogger logger, string learnerId, string requestedBy);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted the personal data of learner {LearnerId} at the request of account {RequestedBy}; the orders were kept without it")]
    private static partial void LogDeleted(ILogger logger, string learnerId, string requestedBy);
}

/// <summary>The export as the file the browser saves.</summary>
public sealed record LearnerDataFile(byte[] Content, string FileName);
