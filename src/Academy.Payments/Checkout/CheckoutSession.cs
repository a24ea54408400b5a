namespace Academy.Payments.Checkout;

/// <summary>What fulfilment needs to know about a checkout session, whichever provider ran it.</summary>
/// <param name="Status">open, complete or expired.</param>
/// <param name="PaymentStatus">paid, unpaid or no_payment_required.</param>
public sealed record CheckoutSession(
    string Id,
    Guid? OrderId,
    string Status,
    string PaymentStatus,
    long? AmountTotal,
    string? PaymentIntentId,
    DateTimeOffset Created)
{
    public const string SuccessUrlPlaceholder = "{CHECKOUT_SESSION_ID}";

    public bool IsPaid => PaymentStatus is "paid" or "no_payment_required";

    public bool IsExpired => Status == "expired";
}
