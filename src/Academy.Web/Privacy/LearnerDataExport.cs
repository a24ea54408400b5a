using System.Text.Json;
using Academy.Data;
using Microsoft.AspNetCore.Identity;

namespace Academy.Web.Privacy;

/// <summary>
/// Everything Academy stores about one learner (DSGVO Art. 15 and 20), one section per table.
/// Serialised as the JSON file the learner downloads.
/// </summary>
public sealed record LearnerDataExport(
    string Format,
    DateTime ExportedAtUtc,
    string LearnerId,
    AccountData Account,
    IReadOnlyList<RoleData> Roles,
    IReadOnlyList<ClaimData> Claims,
    IReadOnlyList<ExternalLoginData> ExternalLogins,
    IReadOnlyList<TokenData> Tokens,
    IReadOnlyList<LessonCompletionData> LessonCompletions,
    IReadOnlyList<QuizAttemptData> QuizAttempts,
    IReadOnlyList<QuizTimeAllowanceData> QuizTimeAllowances,
    IReadOnlyList<CheckResultData> CheckResults,
    IReadOnlyList<OrderData> Orders,
    IReadOnlyList<EnrolmentData> Enrolments,
    string PaymentReceipts)
{
    public const string CurrentFormat = "academy-learner-data/1";

    /// <summary>
    /// The table behind each section, by entity type. A test holds this against the EF model, so a
    /// new table that points at the learner cannot be left out of the export unnoticed.
    /// </summary>
    public static IReadOnlyDictionary<Type, string> Sections { get; } = new Dictionary<Type, string>
    {
        [typeof(LearnerAccount)] = "account",
        [typeof(IdentityUserRole<string>)] = "roles",
        [typeof(IdentityUserClaim<string>)] = "claims",
        [typeof(IdentityUserLogin<string>)] = "externalLogins",
        [typeof(IdentityUserToken<string>)] = "tokens",
        [typeof(LessonCompletion)] = "lessonCompletions",
        [typeof(QuizAttempt)] = "quizAttempts",
        [typeof(QuizTimeAllowance)] = "quizTimeAllowances",
        [typeof(DiagnosticResult)] = "checkResults",
        [typeof(Order)] = "orders",
        [typeof(Enrolment)] = "enrolments",
    };

    /// <summary>
    /// Columns left out on purpose: secrets that would help whoever gets hold of the file and say
    /// nothing about the learner, and copies of other columns in capitals. The learner's id is given once at the top.
    /// </summary>
    public static IReadOnlyDictionary<Type, IReadOnlySet<string>> Withheld { get; } = new Dictionary<Type, IReadOnlySet<string>>
    {
        [typeof(LearnerAccount)] = new HashSet<string>
        {
            nameof(LearnerAccount.PasswordHash),
            nameof(LearnerAccount.SecurityStamp),
            nameof(LearnerAccount.ConcurrencyStamp),
            nameof(LearnerAccount.NormalizedEmail),
            nameof(LearnerAccount.NormalizedUserName),
        },
        [typeof(IdentityUserToken<string>)] = new HashSet<string> { nameof(IdentityUserToken<string>.Value) },
    };
}

/// <summary>The account as Identity stores it, without the password hash and the stamps.</summary>
public sealed record AccountData(
    string Id,
    string? UserName,
    string? Email,
    bool EmailConfirmed,
    string DisplayName,
    string? PhoneNumber,
    bool PhoneNumberConfirmed,
    bool TwoFactorEnabled,
    bool LockoutEnabled,
    DateTimeOffset? LockoutEnd,
    int AccessFailedCount);

public sealed record RoleData(string RoleId, string? Name);

public sealed record ClaimData(int Id, string? ClaimType, string? ClaimValue);

public sealed record ExternalLoginData(string LoginProvider, string ProviderKey, string? ProviderDisplayName);

/// <summary>Which tokens exist (an authenticator key, recovery codes); never their values.</summary>
public sealed record TokenData(string LoginProvider, string Name);

public sealed record LessonCompletionData(long Id, string CourseSlug, string LessonSlug, DateTime CompletedAtUtc);

/// <summary>The JSON columns are embedded as JSON, so the file reads as one document.</summary>
public sealed record QuizAttemptData(
    Guid Id,
    string CourseSlug,
    string QuizSlug,
    string Mode,
    DateTime StartedAtUtc,
    DateTime? DeadlineUtc,
    JsonElement Presentation,
    JsonElement Draft,
    DateTime? DraftSavedAtUtc,
    JsonElement Checked,
    DateTime? SubmittedAtUtc,
    bool SubmittedLate,
    double Points,
    double MaxPoints,
    int ScorePercent,
    bool Passed,
    JsonElement Answers,
    JsonElement Outcomes);

public sealed record QuizTimeAllowanceData(double Factor, bool NoLimit, DateTime GrantedAtUtc, string GrantedBy);

public sealed record CheckResultData(Guid Id, string AssessmentSlug, DateTime TakenAtUtc, JsonElement Answers, JsonElement Scores, string TopOutcome);

public sealed record OrderData(
    Guid Id,
    string PackageSlug,
    string PackageTitle,
    IReadOnlyList<string> CourseSlugs,
    long AmountCents,
    string Currency,
    OrderStatus Status,
    string Provider,
    string? CheckoutSessionId,
    string? PaymentIntentId,
    long RefundedCents,
    DateTime CreatedAtUtc,
    DateTime? PaidAtUtc,
    DateTime? ClosedAtUtc);

public sealed record EnrolmentData(long Id, string CourseSlug, Guid OrderId, DateTime GrantedAtUtc, DateTime? RevokedAtUtc, EnrolmentRevocation? RevokedBecause);
