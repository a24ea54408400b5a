using System.Collections.Concurrent;
using Academy.Payments.Checkout;

namespace Academy.Payments.Development;

/// <summary>
/// Checkout without Stripe keys, for development and demos: sessions live in memory and are paid on a
/// clearly labelled local page. Fulfilment re-reads them like Stripe's, so the same code enrols.
/// Refused in Production.
/// </summary>
public sealed class DevelopmentPaymentProvider(TimeProvider clock) : IPaymentProvider
{
    public const string ProviderName = "Development";

    private readonly ConcurrentDictionary<string, CheckoutSession> sessions = new();
    private readonly ConcurrentDictionary<string, DevelopmentCheckout> checkouts = new();

    public string Name => ProviderName;

    public Task<CheckoutRedirect> StartCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        var id = "cs_dev_" + Guid.NewGuid().ToString("N");
        sessions[id] = new CheckoutSession(id, request.OrderId, "open", "unpaid", request.AmountCents, null, clock.GetUtcNow());
        checkouts[id] = new DevelopmentCheckout(id, request.PackageTitle, request.AmountCents, request.SuccessUrl.Replace(CheckoutSession.SuccessUrlPlaceholder, id, StringComparison.Ordinal), request.CancelUrl);
        return Task.FromResult(new CheckoutRedirect(id, $"/checkout/dev/{id}"));
    }

    public Task<CheckoutSession?> FindSessionAsync(string sessionId, CancellationToken cancellationToken) =>
        Task.FromResult(sessions.GetValueOrDefault(sessionId));

    public Task<CheckoutSession?> FindSessionByPaymentAsync(string paymentIntentId, CancellationToken cancellationToken) =>
        Task.FromResult(sessions.Values.FirstOrDefault(session => session.PaymentIntentId == paymentIntentId));

    public Task<IReadOnlyList<CheckoutSession>> ListSessionsAsync(DateTimeOffset createdSince, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CheckoutSession>>([.. sessions.Values.Where(session => session.Created >= createdSince).OrderBy(session => session.Created)]);

    public DevelopmentCheckout? FindCheckout(string sessionId) => checkouts.GetValueOrDefault(sessionId);

    /// <summary>The buyer paid by card: the session completes paid at once.</summary>
    public void Pay(string sessionId) => Complete(sessionId, "paid");

    /// <summary>The buyer chose a delayed method (like SEPA Direct Debit): complete, but unpaid until settled.</summary>
    public void PayLater(string sessionId) => Complete(sessionId, "unpaid");

    /// <summary>The delayed payment arrived.</summary>
    public void Settle(string sessionId) => Complete(sessionId, "paid");

    private void Complete(string sessionId, string paymentStatus) =>
        sessions.AddOrUpdate(
            sessionId,
            _ => throw new KeyNotFoundException($"No development checkout session '{sessionId}'."),
            (_, session) => session with
            {
                Status = "complete",
                PaymentStatus = paymentStatus,
                PaymentIntentId = session.PaymentIntentId ?? "pi_dev_" + Guid.NewGuid().ToString("N"),
            });
}

/// <summary>What the local checkout page shows, and where it sends the buyer.</summary>
public sealed record DevelopmentCheckout(string SessionId, string PackageTitle, long AmountCents, string SuccessUrl, string CancelUrl);
