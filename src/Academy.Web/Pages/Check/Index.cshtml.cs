using Academy.Content;
using Academy.Domain.Diagnostics;
using Academy.Web.Diagnostics;
using Academy.Web.Learning;
using Academy.Web.Throttling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Academy.Web.Pages.Check;

/// <summary>The diagnostic check: open to everyone, no account needed.</summary>
[Throttled(Throttle.Check)]
public sealed class IndexModel(CatalogueStore catalogue, DiagnosticResults results) : PageModel
{
    private AssessmentAnswers given = new(new Dictionary<string, IReadOnlyList<string>>());

    public Assessment Assessment { get; private set; } = null!;

    /// <summary>Questions the visitor left open in a submission; shown as errors.</summary>
    public IReadOnlyList<AssessmentQuestion> Unanswered { get; private set; } = [];

    public bool IsChosen(AssessmentQuestion question, int option) =>
        given.For(question.Id) is [var value] && value == option.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public IActionResult OnGet(string? assessment) => Find(assessment) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string? assessment, CancellationToken cancellationToken)
    {
        if (!Find(assessment))
        {
            return NotFound();
        }

        AssessmentResult result;
        try
        {
            given = CheckAnswers.Read(Request.Form);
            result = Assessment.Score(given);
        }
        catch (AssessmentAnswersRejectedException rejected)
        {
            return BadRequest(rejected.Message);
        }

        if (!result.IsComplete)
        {
            Unanswered = result.Unanswered;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (User.LearnerId() is { } learnerId)
        {
            var saved = await results.RecordAsync(learnerId, Assessment, result, cancellationToken);
            return Redirect($"/check/result/{saved.Id}");
        }

        // Post-redirect-get with the answers in the query: a reload or the back button never asks to
        // resend the form, the visitor can bookmark or forward the result, and no row is stored for
        // someone who never gave us an account. The answers are option numbers, nothing personal.
        return Redirect($"/check/{Assessment.Slug}/result?{CheckAnswers.Query(Assessment, result)}");
    }

    /// <summary>Without a slug, /check is the first check of the catalogue.</summary>
    private bool Find(string? slug)
    {
        var snapshot = catalogue.Current;
        var found = slug is null ? snapshot.Assessments.FirstOrDefault() : snapshot.FindAssessment(slug);
        if (found is null)
        {
            return false;
        }

        Assessment = found;
        return true;
    }
}
