namespace Academy.Content.Umbraco;

/// <summary>
/// Bound from <c>Academy:Umbraco</c>. umbraco.config.json carries the non-secret part; the API key
/// and the webhook secret come from the environment or user secrets.
/// </summary>
public sealed class UmbracoOptions
{
    public const string Section = "Academy:Umbraco";
    public const string DefaultWebhookSecretHeader = "X-Academy-Webhook-Secret";

    /// <summary>The Umbraco site, such as https://cms.example.com; the Delivery API lives below it.</summary>
    public string? DeliveryApiUrl { get; set; }

    /// <summary>
    /// The Academy start item: its id (a GUID), or its path from the root's URL segment, such as
    /// "academy" for a root or "home/academy" below the site's Home.
    /// </summary>
    public string? StartItem { get; set; }

    /// <summary>
    /// The catalogue's language, as the Umbraco site's language code (de-DE). One only: Academy's
    /// document types are invariant, so it is not sent as Accept-Language.
    /// </summary>
    public List<string> Cultures { get; set; } = [];

    /// <summary>Where the last good content is kept; relative paths are below the app's content root.</summary>
    public string SnapshotPath { get; set; } = "App_Data/umbraco-snapshot.json";

    /// <summary>How often to look for changes when no webhook arrives; webhooks make it seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Items per Delivery API request.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>Overrides for the document-type aliases, by role: <c>"Course": "kurs"</c>.</summary>
    public Dictionary<string, string> Aliases { get; set; } = [];

    /// <summary>Secret. Sent as Api-Key; needed for preview, and when the Delivery API is not public.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Secret. The value Umbraco's webhook sends in <see cref="WebhookSecretHeader"/>, and the key the
    /// package's signed notifications are checked with (its Academy:Umbraco:Notify:Secret): one secret
    /// to set and rotate, whichever way Umbraco tells Academy.
    /// </summary>
    public string? WebhookSecret { get; set; }

    public string WebhookSecretHeader { get; set; } = DefaultWebhookSecretHeader;

    /// <summary>The catalogue's culture: the first configured one.</summary>
    public string Culture => Cultures.FirstOrDefault() ?? "de";
}
