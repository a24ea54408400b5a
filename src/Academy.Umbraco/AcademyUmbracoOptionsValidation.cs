using Microsoft.Extensions.Options;

namespace Academy.Umbraco;

/// <summary>A wrong setting stops the site at startup with the key to fix, instead of failing at the first publish.</summary>
internal sealed class AcademyUmbracoOptionsValidation : IValidateOptions<AcademyUmbracoOptions>
{
    public ValidateOptionsResult Validate(string? name, AcademyUmbracoOptions options)
    {
        var failures = new List<string>();
        try
        {
            options.ToAliases();
        }
        catch (ArgumentException exception)
        {
            failures.Add($"{AcademyUmbracoOptions.Section}:Aliases: {exception.Message.Split(" (Parameter", 2)[0]}");
        }

        var webhook = options.Webhook;
        if (!string.IsNullOrWhiteSpace(webhook.Url))
        {
            if (!Uri.TryCreate(webhook.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            {
                failures.Add($"{AcademyUmbracoOptions.Section}:Webhook:Url must be an absolute http(s) URL like https://academy.example.com/webhooks/umbraco, not '{webhook.Url}'.");
            }

            if (string.IsNullOrWhiteSpace(webhook.Secret))
            {
                failures.Add($"{AcademyUmbracoOptions.Section}:Webhook:Secret is required with a webhook URL; set it to Academy.Web's Academy:Umbraco:WebhookSecret.");
            }

            if (string.IsNullOrWhiteSpace(webhook.HeaderName))
            {
                failures.Add($"{AcademyUmbracoOptions.Section}:Webhook:HeaderName must not be empty; leave it out for {WebhookOptions.DefaultHeaderName}.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
