using Academy.Umbraco.Notifications;

namespace Academy.Umbraco.Tests.Notifications;

public sealed class NotifyOptionsValidationTests
{
    [Fact]
    public void No_url_is_valid_and_sends_nothing()
    {
        Assert.True(Validate(new NotifyOptions()).Succeeded);
    }

    [Theory]
    [InlineData("academy.example.com/webhooks/umbraco", "Academy:Umbraco:Notify:Url must be an absolute http(s) URL")]
    [InlineData("ftp://academy.example.com/webhooks/umbraco", "Academy:Umbraco:Notify:Url must be an absolute http(s) URL")]
    public void A_url_that_is_not_absolute_http_names_the_key(string url, string message)
    {
        var result = Validate(new NotifyOptions { Url = url, Secret = new string('s', 40) });

        Assert.Contains(message, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Academy:Umbraco:Notify:Secret is required with a notify URL")]
    [InlineData("kurz-und-geheim", "Academy:Umbraco:Notify:Secret must be at least 32 characters long")]
    public void A_url_needs_a_long_secret(string? secret, string message)
    {
        var result = Validate(new NotifyOptions { Url = "https://academy.example.com/webhooks/umbraco", Secret = secret });

        Assert.Contains(message, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_url_with_a_long_secret_is_valid()
    {
        Assert.True(Validate(new NotifyOptions { Url = "https://academy.example.com/webhooks/umbraco", Secret = AcademyReceiver.Secret }).Succeeded);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(NotifyOptions options) =>
        new NotifyOptionsValidation().Validate(null, options);
}
