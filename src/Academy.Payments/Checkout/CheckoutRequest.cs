namespace Academy.Payments.Checkout;

/// <param name="StripePriceId">A price set up in Stripe's dashboard; without one the price is sent inline.</param>
/// <param name="SuccessUrl">Where the provider sends the buyer after paying; contains {CHECKOUT_SESSION_ID}.</param>
public sealed record CheckoutRequest(
    Guid OrderId,
    string LearnerId,
    string LearnerEmail,
    string PackageSlug,
    string PackageTitle,
    long AmountCents,
    string? StripePriceId,
    string SuccessUrl,
    string CancelUrl);

public sealed record CheckoutRedirect(string SessionId, string Url);
