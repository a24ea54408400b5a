namespace Academy.Web.Throttling;

/// <summary>The forms and hooks that are throttled per client; each has its own limit.</summary>
public enum Throttle
{
    /// <summary>Sign-in, forgotten password and password reset.</summary>
    SignIn,
    Register,
    Check,
    Checkout,
    Webhooks,
}

/// <summary>How many posts a client may send to each throttled form within its window.</summary>
public sealed class ThrottlingOptions
{
    public const string Section = "Academy:RateLimits";

    // Ten tries cover every honest typo, and stay below the account lockout (see AccountsRegistration),
    // so one client can't lock out somebody else's account.
    public ThrottleLimit SignIn { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(10) };

    // Hard, because the form tells whether an address has an account (README: "Rate limits").
    public ThrottleLimit Register { get; set; } = new() { PermitLimit = 5, Window = TimeSpan.FromHours(1) };

    public ThrottleLimit Check { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };

    public ThrottleLimit Checkout { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(10) };

    // Stripe and Umbraco retry a refused delivery later; this only stops a flood.
    public ThrottleLimit Webhooks { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) };

    public ThrottleLimit For(Throttle throttle) => throttle switch
    {
        Throttle.SignIn => SignIn,
        Throttle.Register => Register,
        Throttle.Check => Check,
        Throttle.Checkout => Checkout,
        Throttle.Webhooks => Webhooks,
        _ => throw new ArgumentOutOfRangeException(nameof(throttle), throttle, null),
    };

    public IEnumerable<(Throttle Throttle, ThrottleLimit Limit)> All() =>
        Enum.GetValues<Throttle>().Select(throttle => (throttle, For(throttle)));
}

public sealed class ThrottleLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}

/// <summary>Marks a page whose posts count against a <see cref="Throttle"/>; reading the page is never limited.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ThrottledAttribute(Throttle throttle) : Attribute
{
    public Throttle Throttle { get; } = throttle;
}
