namespace Academy.Data;

/// <summary>
/// A learner's purchase of a package. Recorded as pending before checkout starts, so no payment is
/// ever without its order; fulfilment, refunds and disputes move it on.
/// </summary>
public sealed class Order
{
    public Guid Id { get; set; }

    public required string LearnerId { get; set; }

    public required string PackageSlug { get; set; }

    public required string PackageTitle { get; set; }

    /// <summary>The courses the package held when it was bought; the learner gets what they paid for.</summary>
    public required List<string> CourseSlugs { get; set; }

    public long AmountCents { get; set; }

    public string Currency { get; set; } = "eur";

    public OrderStatus Status { get; set; } = OrderStatus.Pending;

    /// <summary>The payment provider that took the order: Stripe or Development.</summary>
    public required string Provider { get; set; }

    public string? CheckoutSessionId { get; set; }

    public string? PaymentIntentId { get; set; }

    public long RefundedCents { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? PaidAtUtc { get; set; }

    public DateTime? ClosedAtUtc { get; set; }
}

public enum OrderStatus
{
    /// <summary>Checkout started; the buyer has not finished it (and may never).</summary>
    Pending,

    /// <summary>Checkout finished with a delayed method (SEPA Direct Debit); the money is on its way.</summary>
    AwaitingPayment,
    Paid,
    Failed,
    Expired,
    Refunded,
    Disputed,
}
