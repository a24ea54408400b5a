using Academy.Content;
using Academy.Domain.Catalogue;
using Academy.Domain.Learning;
using Academy.Data;
using Academy.Web.Diagnostics;
using Academy.Web.Learning;
using Academy.Web.Privacy;
using Academy.Web.Purchases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Academy.Web.Pages.Me;

[Authorize]
public sealed class IndexModel(CatalogueStore catalogue, LearnerProgress progress, QuizAttempts attempts, LearnerPurchases purchases, UserManager<LearnerAccount> accounts, DiagnosticResults checks, LearnerData learnerData)
    : PageModel
{
    public string DisplayName { get; private set; } = "";

    public IReadOnlyList<CourseProgress> Started { get; private set; } = [];

    public IReadOnlyList<Course> NotStarted { get; private set; } = [];

    public IReadOnlyList<AttemptRow> Attempts { get; private set; } = [];

    public IReadOnlyList<Order> Orders { get; private set; } = [];

    /// <summary>Courses whose access ended, with the reason, unless another order still covers them.</summary>
    public IReadOnlyList<RevokedRow> Revoked { get; private set; } = [];

    /// <summary>The learner's latest check result; null when they have none (or its check is gone).</summary>
    public CheckRow? LatestCheck { get; private set; }

    /// <summary>The check to invite the learner to; null when the catalogue has none.</summary>
    public Academy.Domain.Diagnostics.Assessment? Check { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var learnerId = accounts.GetUserId(User)!;
        var snapshot = catalogue.Current;
        DisplayName = (await accounts.GetUserAsync(User))?.DisplayName ?? "";

        var all = await progress.ForCatalogueAsync(learnerId, snapshot, cancellationToken);
        var recorded = await attempts.SubmittedForLearnerAsync(learnerId, cancellationToken);
        var attempted = recorded.Select(a => a.CourseSlug).ToHashSet();
        Started = [.. all.Where(p => p.IsStarted || attempted.Contains(p.Course.Slug))];
        NotStarted = [.. all.Where(p => !Started.Contains(p)).Select(p => p.Course)];
        Orders = await purchases.OrdersAsync(learnerId, cancellationToken);
        var enrolments = await purchases.EnrolmentsAsync(learnerId, cancellationToken);
        var active = enrolments.Where(e => e.IsActive).Select(e => e.CourseSlug).ToHashSet();
        Revoked = [.. enrolments
            .Where(e => !e.IsActive && !active.Contains(e.CourseSlug))
            .DistinctBy(e => e.CourseSlug)
            .Select(e => new RevokedRow(snapshot.FindCourse(e.CourseSlug)?.Title ?? e.CourseSlug, e.RevokedBecause!.Value))];
        Check = snapshot.Assessments.FirstOrDefault();
        if (await checks.LatestAsync(learnerId, cancellationToken) is { } latest && snapshot.FindAssessment(latest.AssessmentSlug) is { } assessment)
        {
            LatestCheck = new CheckRow(latest, assessment.FindOutcome(latest.TopOutcome)?.Title);
        }

        Attempts = [.. recorded
            .Select(a => new AttemptRow(a, snapshot.FindCourse(a.CourseSlug)?.FindQuiz(a.QuizSlug)?.Title ?? a.QuizSlug))];
    }

    // POST with antiforgery, not a GET link: no other site and no link prefetcher can make the browser fetch the learner's data.
    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        var learnerId = accounts.GetUserId(User)!;
        return new LearnerDataDownload(await learnerData.ExportFileAsync(learnerId, requestedBy: learnerId, cancellationToken));
    }

    public sealed record AttemptRow(QuizAttempt Attempt, string Title);

    /// <param name="TopTitle">Null when no outcome stood out.</param>
    public sealed record CheckRow(DiagnosticResult Result, string? TopTitle);

    public sealed record RevokedRow(string CourseTitle, EnrolmentRevocation Because);
}
