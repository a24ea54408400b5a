using Academy.Content.Umbraco;
using Umbraco.Cms.Core;

namespace Academy.Umbraco;

/// <summary>The package's settings in the Umbraco site, under <c>Academy:Umbraco</c>.</summary>
public sealed class AcademyUmbracoOptions
{
    public const string Section = "Academy:Umbraco";

    /// <summary>
    /// Alias overrides by role (<c>Academy:Umbraco:Aliases:Course = kurs</c>), for a site that already
    /// has a type called "academyCourse". Academy.Web must be given the same overrides.
    /// </summary>
    public Dictionary<string, string> Aliases { get; set; } = [];

    public WebhookOptions Webhook { get; set; } = new();

    public UmbracoAliases ToAliases() => new(Aliases);
}

/// <summary>The webhook that tells Academy.Web to refresh its catalogue; registered only when <see cref="Url"/> is set.</summary>
public sealed class WebhookOptions
{
    public const string DefaultHeaderName = "X-Academy-Webhook-Secret";

    /// <summary>Academy's receiver, like https://academy.example.com/webhooks/umbraco.</summary>
    public string? Url { get; set; }

    /// <summary>Sent in <see cref="HeaderName"/>; Academy.Web compares it with its Academy:Umbraco:WebhookSecret.</summary>
    public string? Secret { get; set; }

    public string HeaderName { get; set; } = DefaultHeaderName;

    /// <summary>
    /// What makes Academy refresh: a publish, an unpublish, a delete, a move (also to the recycle bin)
    /// or a sort. Null or empty: <see cref="DefaultEvents"/>.
    /// </summary>
    /// <remarks>
    /// No default in the property itself: the configuration binder appends a configured list to an
    /// array that already has entries, so configured events would be added to the defaults instead of
    /// replacing them.
    /// </remarks>
    public string[]? Events { get; set; }

    public static IReadOnlyList<string> DefaultEvents { get; } =
    [
        Constants.WebhookEvents.Aliases.ContentPublish,
        Constants.WebhookEvents.Aliases.ContentUnpublish,
        Constants.WebhookEvents.Aliases.ContentDelete,
        Constants.WebhookEvents.Aliases.ContentMovedToRecycleBin,
        Constants.WebhookEvents.Aliases.ContentMoved,
        Constants.WebhookEvents.Aliases.ContentSorted,
    ];

    /// <summary>The configured events, or the defaults when none are configured.</summary>
    public IReadOnlyList<string> EventsInUse => Events is { Length: > 0 } configured ? configured : DefaultEvents;
}
