namespace Academy.Payments;

/// <summary>Bound from <c>Academy:Payments</c>.</summary>
public sealed class PaymentsOptions
{
    public const string Section = "Academy:Payments";

    /// <summary><c>Stripe</c> or <c>Development</c>. Without a value: Stripe when <c>Stripe:SecretKey</c> is set, else Development.</summary>
    public string? Provider { get; set; }
}

/// <summary>Bound from <c>Stripe</c>. Keys come from the environment or user secrets, never from a checked-in file.</summary>
public sealed class StripeOptions
{
    public const string Section = "Stripe";

    public string? SecretKey { get; set; }

    public string? WebhookSecret { get; set; }

    /// <summary>Where Stripe's API lives; tests point it at a local fake.</summary>
    public string? ApiBase { get; set; }

    /// <summary>Let Stripe compute VAT (needs Stripe Tax set up in the dashboard).</summary>
    public bool AutomaticTax { get; set; }

    /// <summary>Payment methods to allow, such as card and sepa_debit (a filter on what the dashboard enables); empty allows all.</summary>
    public List<string> PaymentMethodTypes { get; set; } = [];
}
