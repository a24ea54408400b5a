using Academy.Content;
using Academy.Domain.Diagnostics;
using Academy.Web.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Academy.Web.Pages.Check;

/// <summary>An anonymous visitor's result, computed from the answers in its link; nothing is stored.</summary>
public sealed class ResultModel(CatalogueStore catalogue) : PageModel
{
    public CheckResultView View { get; private set; } = null!;

    public IActionResult OnGet(string assessment)
    {
        var snapshot = catalogue.Current;
        if (snapshot.FindAssessment(assessment) is not { } found)
        {
            return NotFound();
        }

        AssessmentResult result;
        try
        {
            result = found.Score(CheckAnswers.Read(Request.Query));
        }
        catch (AssessmentAnswersRejectedException rejected)
        {
            return BadRequest(rejected.Message);
        }

        // A link from before a question was added cannot be scored fairly; the check itself can.
        if (!result.IsComplete)
        {
            return Redirect($"/check/{found.Slug}");
        }

        View = CheckResultView.For(snapshot, found, result.Ranking);
        return Page();
    }
}
