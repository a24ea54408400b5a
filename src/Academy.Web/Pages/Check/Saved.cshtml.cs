using Academy.Content;
using Academy.Web.Diagnostics;
using Academy.Web.Learning;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Academy.Web.Pages.Check;

/// <summary>A signed-in learner's stored result. Only its learner sees it; for anyone else it does not exist.</summary>
[Authorize]
public sealed class SavedModel(CatalogueStore catalogue, DiagnosticResults results) : PageModel
{
    public CheckResultView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var snapshot = catalogue.Current;
        if (User.LearnerId() is not { } learnerId
            || await results.FindAsync(learnerId, id, cancellationToken) is not { } row
            || snapshot.FindAssessment(row.AssessmentSlug) is not { } assessment)
        {
            return NotFound();
        }

        View = CheckResultView.For(snapshot, assessment, assessment.Rank(DiagnosticResults.ScoresOf(row)), row.TakenAtUtc);
        return Page();
    }
}
