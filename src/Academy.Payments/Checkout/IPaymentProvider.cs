namespace Academy.Payments.Checkout;

/// <summary>
/// The payment seam: Stripe in production, the Development provider without keys. Both hand out
/// checkout sessions that fulfilment re-reads, so every path to an enrolment is the same.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>"Stripe" or "Development"; stored on each order.</summary>
    string Name { get; }

    Task<CheckoutRedirect> StartCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken);

    /// <summary>The session as the provider sees it now; null when it does not exist.</summary>
    Task<CheckoutSession?> FindSessionAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>The session that produced a payment, for refunds and disputes that name only the payment.</summary>
    Task<CheckoutSession?> FindSessionByPaymentAsync(string paymentIntentId, CancellationToken cancellationToken);

    Task<IReadOnlyList<CheckoutSession>> ListSessionsAsync(DateTimeOffset createdSince, CancellationToken cancellationToken);
}
