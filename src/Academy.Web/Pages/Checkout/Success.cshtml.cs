using Academy.Content;
using Academy.Data;
using Academy.Domain.Catalogue;
using Academy.Payments.Fulfilment;
using Academy.Web.Learning;
using Academy.Web.Purchases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Academy.Web.Pages.Checkout;

/// <summary>
/// Where Stripe sends the buyer back. It fulfils right away through the same idempotent call as the
/// webhook, so access does not wait for Stripe's event; whichever comes first wins, the other is a no-op.
/// </summary>
[Authorize]
public sealed class SuccessModel(OrderFulfilment fulfilment, LearnerPurchases purchases, CatalogueStore catalogue) : PageModel
{
    public FulfilmentOutcome Outcome { get; private set; } = FulfilmentOutcome.Unknown;

    public Order? Order { get; private set; }

    public IReadOnlyList<Course> Courses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "session_id")] string? sessionId, CancellationToken cancellationToken)
    {
        // Only the buyer's own session: a shared link must not reveal or fulfil someone else's order.
        if (string.IsNullOrEmpty(sessionId) || User.LearnerId() is not { } learnerId
            || await purchases.OrderForSessionAsync(learnerId, sessionId, cancellationToken) is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Outcome = await fulfilment.FulfilAsync(sessionId, cancellationToken);
        Order = await purchases.OrderForSessionAsync(learnerId, sessionId, cancellationToken);
        var snapshot = catalogue.Current;
        Courses = [.. Order!.CourseSlugs.Select(snapshot.FindCourse).OfType<Course>()];
        return Page();
    }
}
