namespace Academy.Data;

/// <summary>A payment provider's event that was handled. Providers deliver at least once; this makes the second delivery a no-op.</summary>
public sealed class PaymentEventReceipt
{
    public required string EventId { get; set; }

    public required string Type { get; set; }

    public DateTime HandledAtUtc { get; set; }
}
