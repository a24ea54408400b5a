using Academy.Data;
using Academy.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Pages.Admin;

/// <summary>
/// Extra time on timed quizzes for learners who need it (WCAG 2.2.1, Timing Adjustable): a factor or
/// no limit. It applies to attempts started after the grant.
/// </summary>
[Authorize(Roles = AdminAccountOptions.Role)]
public sealed class QuizTimeModel(AcademyDb db, UserManager<LearnerAccount> accounts, TimeProvider clock, IStringLocalizer<SiteText> text) : PageModel
{
    /// <summary>The choices offered; "none" means no time limit at all.</summary>
    public static IReadOnlyList<string> Choices { get; } = ["1.5", "2", "3", "none"];

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Allowance { get; set; }

    public IReadOnlyList<GrantRow> Grants { get; private set; } = [];

    public string? Message { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostGrantAsync(CancellationToken cancellationToken)
    {
        var learner = string.IsNullOrWhiteSpace(Email) ? null : await accounts.FindByEmailAsync(Email.Trim());
        if (learner is null)
        {
            ModelState.AddModelError(nameof(Email), text["Admin.Time.UnknownLearner"]);
        }

        if (Allowance is null || !Choices.Contains(Allowance))
        {
            ModelState.AddModelError(nameof(Allowance), text["Admin.Time.ChooseAllowance"]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(cancellationToken);
            return Page();
        }

        var grant = await db.QuizTimeAllowances.FindAsync([learner!.Id], cancellationToken);
        if (grant is null)
        {
            grant = new QuizTimeAllowance { LearnerId = learner.Id, GrantedBy = User.Identity?.Name ?? "admin" };
            db.QuizTimeAllowances.Add(grant);
        }

        grant.NoLimit = Allowance == "none";
        grant.Factor = grant.NoLimit ? 1 : double.Parse(Allowance!, System.Globalization.CultureInfo.InvariantCulture);
        grant.GrantedBy = User.Identity?.Name ?? "admin";
        grant.GrantedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { granted = learner.Email });
    }

    public async Task<IActionResult> OnPostRevokeAsync(string learnerId, CancellationToken cancellationToken)
    {
        await db.QuizTimeAllowances.Where(a => a.LearnerId == learnerId).ExecuteDeleteAsync(cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Message = Request.Query["granted"] is { Count: > 0 } granted ? text["Admin.Time.Granted", granted.ToString()].Value : null;
        var grants = await db.QuizTimeAllowances.AsNoTracking().ToListAsync(cancellationToken);
        var ids = grants.Select(g => g.LearnerId).ToList();
        var emails = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? "", cancellationToken);
        Grants = [.. grants
            .Select(g => new GrantRow(g.LearnerId, emails.GetValueOrDefault(g.LearnerId, ""), g.Factor, g.NoLimit))
            .OrderBy(g => g.Email, StringComparer.OrdinalIgnoreCase)];
    }

    public sealed record GrantRow(string LearnerId, string Email, double Factor, bool NoLimit);
}
