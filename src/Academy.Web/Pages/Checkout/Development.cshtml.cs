using Academy.Payments.Checkout;
using Academy.Payments.Development;
using Academy.Web.Learning;
using Academy.Web.Purchases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Academy.Web.Pages.Checkout;

/// <summary>
/// The Development provider's stand-in for Stripe's hosted page. It exists only while that provider
/// is active (never in Production) and only for the buyer's own session.
/// </summary>
[Authorize]
public sealed class DevelopmentModel(IPaymentProvider provider, DevelopmentPaymentProvider development, LearnerPurchases purchases) : PageModel
{
    public DevelopmentCheckout Checkout { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string session, CancellationToken cancellationToken) =>
        await FindAsync(session, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostPayAsync(string session, CancellationToken cancellationToken) =>
        CompleteAsync(session, development.Pay, cancellationToken);

    public Task<IActionResult> OnPostPayLaterAsync(string session, CancellationToken cancellationToken) =>
        CompleteAsync(session, development.PayLater, cancellationToken);

    public async Task<IActionResult> OnPostCancelAsync(string session, CancellationToken cancellationToken) =>
        await FindAsync(session, cancellationToken) ? Redirect(Checkout.CancelUrl) : NotFound();

    // Like Stripe's page, it only changes the session and sends the buyer back; the success page fulfils.
    private async Task<IActionResult> CompleteAsync(string session, Action<string> complete, CancellationToken cancellationToken)
    {
        if (!await FindAsync(session, cancellationToken))
        {
            return NotFound();
        }

        complete(session);
        return Redirect(Checkout.SuccessUrl);
    }

    private async Task<bool> FindAsync(string session, CancellationToken cancellationToken)
    {
        if (provider.Name != DevelopmentPaymentProvider.ProviderName
            || development.FindCheckout(session) is not { } checkout
            || User.LearnerId() is not { } learnerId
            || await purchases.OrderForSessionAsync(learnerId, session, cancellationToken) is null)
        {
            return false;
        }

        Checkout = checkout;
        return true;
    }
}
