using Microsoft.Extensions.Options;

namespace Academy.Umbraco.Tests;

public sealed class AcademyUmbracoOptionsValidationTests
{
    [Fact]
    public void No_settings_are_valid()
    {
        Assert.True(Validate(new AcademyUmbracoOptions()).Succeeded);
    }

    [Fact]
    public void A_webhook_url_without_a_secret_names_the_key_to_set()
    {
        var result = Validate(new AcademyUmbracoOptions { Webhook = new WebhookOptions { Url = "https://academy.example.com/webhooks/umbraco" } });

        Assert.Contains("Academy:Umbraco:Webhook:Secret is required", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_role_in_the_aliases_is_refused()
    {
        var result = Validate(new AcademyUmbracoOptions { Aliases = new Dictionary<string, string> { ["Kurs"] = "kurs" } });

        Assert.Contains("Academy:Umbraco:Aliases: 'Kurs' is not an Academy content type", result.FailureMessage, StringComparison.Ordinal);
    }

    private static ValidateOptionsResult Validate(AcademyUmbracoOptions options) =>
        new AcademyUmbracoOptionsValidation().Validate(null, options);
}
