using Microsoft.Extensions.Options;

namespace Academy.Umbraco.Notifications;

/// <summary>
/// Where the package posts its signed notifications, under <c>Academy:Umbraco:Notify</c>; nothing is
/// posted while <see cref="Url"/> is empty.
/// </summary>
public sealed class NotifyOptions
{
    public const string Section = "Academy:Umbraco:Notify";
    public const int ShortestSecret = 32;

    /// <summary>Academy's receiver, like https://academy.example.com/webhooks/umbraco.</summary>
    public string? Url { get; set; }

    /// <summary>Signs each notification; Academy.Web checks it with its Academy:Umbraco:WebhookSecret.</summary>
    public string? Secret { get; set; }

    /// <summary>The wait before the second attempt; it doubles before the third.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public bool Enabled => !string.IsNullOrWhiteSpace(Url);
}

/// <summary>A wrong setting stops the site at startup with the key to fix, instead of losing every notification quietly.</summary>
internal sealed class NotifyOptionsValidation : IValidateOptions<NotifyOptions>
{
    public ValidateOptionsResult Validate(string? name, NotifyOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            failures.Add($"{NotifyOptions.Section}:Url must be an absolute http(s) URL like https://academy.example.com/webhooks/umbraco, not '{options.Url}'.");
        }

        if (string.IsNullOrWhiteSpace(options.Secret))
        {
            failures.Add($"{NotifyOptions.Section}:Secret is required with a notify URL; set it to Academy.Web's Academy:Umbraco:WebhookSecret.");
        }
        else if (options.Secret.Trim().Length < NotifyOptions.ShortestSecret)
        {
            failures.Add($"{NotifyOptions.Section}:Secret must be at least {NotifyOptions.ShortestSecret} characters long (it has {options.Secret.Trim().Length}); use a long random value, the same as Academy.Web's Academy:Umbraco:WebhookSecret.");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{NotifyOptions.Section}:RetryDelay must be from 00:00:00 to 00:01:00, not '{options.RetryDelay}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
