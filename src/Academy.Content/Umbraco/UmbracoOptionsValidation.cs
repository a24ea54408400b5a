using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Academy.Content.Umbraco;

/// <summary>Checks the Umbraco settings when Umbraco is the source, with sentences that name the key to fix.</summary>
internal sealed class UmbracoOptionsValidation(IOptions<ContentOptions> content, IHostEnvironment environment)
    : IPostConfigureOptions<UmbracoOptions>, IValidateOptions<UmbracoOptions>
{
    private static readonly TimeSpan ShortestPoll = TimeSpan.FromSeconds(1);

    public void PostConfigure(string? name, UmbracoOptions options)
    {
        if (!Path.IsPathRooted(options.SnapshotPath) && !string.IsNullOrWhiteSpace(options.SnapshotPath))
        {
            options.SnapshotPath = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.SnapshotPath));
        }

        if (options.Cultures.Count == 0)
        {
            options.Cultures.Add("de");
        }
    }

    public ValidateOptionsResult Validate(string? name, UmbracoOptions options)
    {
        if (!content.Value.IsUmbraco)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!Uri.TryCreate(options.DeliveryApiUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            failures.Add($"Academy:Umbraco:DeliveryApiUrl must be the Umbraco site's address, such as https://cms.example.com, not '{options.DeliveryApiUrl}'.");
        }

        if (string.IsNullOrWhiteSpace(options.StartItem))
        {
            failures.Add("Set Academy:Umbraco:StartItem to the id or path of the Academy start item in Umbraco, such as 'academy'.");
        }

        foreach (var culture in options.Cultures.Where(culture => !IsCulture(culture)))
        {
            failures.Add($"Academy:Umbraco:Cultures has '{culture}', which is not a culture name; use the Umbraco site's language code, such as de-DE.");
        }

        // The package installs invariant document types, so a second culture would read the same text again.
        if (options.Cultures.Count > 1)
        {
            failures.Add($"Academy:Umbraco:Cultures lists {string.Join(", ", options.Cultures)}, but Academy's document types in Umbraco are invariant, so every culture would get the same text; list only the catalogue's language, such as de-DE.");
        }

        if (options.PollInterval < ShortestPoll)
        {
            failures.Add($"Academy:Umbraco:PollInterval must be at least {ShortestPoll.TotalSeconds:0} second, such as 00:05:00, not '{options.PollInterval}'.");
        }

        if (options.PageSize is < 1 or > 1000)
        {
            failures.Add($"Academy:Umbraco:PageSize must be from 1 to 1000, not {options.PageSize}.");
        }

        if (string.IsNullOrWhiteSpace(options.SnapshotPath))
        {
            failures.Add("Set Academy:Umbraco:SnapshotPath to a file for the last good content, such as App_Data/umbraco-snapshot.json.");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add("Set Academy:Umbraco:ApiKey (an environment variable or user secret) to the Umbraco site's DeliveryApi:ApiKey; with PublicAccess off it keeps quiz answers private, and previews need it.");
        }

        if (string.IsNullOrWhiteSpace(options.WebhookSecret))
        {
            failures.Add("Set Academy:Umbraco:WebhookSecret (an environment variable or user secret) to the value of the webhook's X-Academy-Webhook-Secret header and of the package's Academy:Umbraco:Notify:Secret; without it no publish reaches Academy.");
        }

        if (string.IsNullOrWhiteSpace(options.WebhookSecretHeader))
        {
            failures.Add($"Academy:Umbraco:WebhookSecretHeader is empty; leave it out to use {UmbracoOptions.DefaultWebhookSecretHeader}.");
        }

        try
        {
            _ = new UmbracoAliases(options.Aliases);
        }
        catch (ArgumentException exception)
        {
            failures.Add($"Academy:Umbraco:Aliases: {exception.Message.Split(" (Parameter", 2)[0]}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsCulture(string name)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(name) && CultureInfo.GetCultureInfo(name, predefinedOnly: true) is not null;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
