using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Academy.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    /// <summary>For a throttled client: the rate limiter's Retry-After, in whole minutes.</summary>
    public int? RetryAfterMinutes =>
        int.TryParse(Response.Headers.RetryAfter, out var seconds) && seconds > 0 ? (seconds + 59) / 60 : null;

    public void OnGet(int status)
    {
        Status = status;
        // Reached as the access-denied page, the request itself succeeded; say what it means.
        if (status == StatusCodes.Status403Forbidden)
        {
            Response.StatusCode = status;
        }
    }

    // Re-executed POSTs (a rejected form) land here too and must render, not 405.
    public void OnPost(int status) => Status = status;
}
