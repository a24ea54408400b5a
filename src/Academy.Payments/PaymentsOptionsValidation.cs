using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Academy.Payments;

/// <summary>Picks the provider when none is set, and refuses combinations that would lose money or fake it.</summary>
internal sealed class PaymentsOptionsValidation(IOptions<StripeOptions> stripe, IHostEnvironment environment)
    : IPostConfigureOptions<PaymentsOptions>, IValidateOptions<PaymentsOptions>
{
    public void PostConfigure(string? name, PaymentsOptions options) =>
        options.Provider ??= string.IsNullOrWhiteSpace(stripe.Value.SecretKey) ? Development.DevelopmentPaymentProvider.ProviderName : Stripe.StripePaymentProvider.ProviderName;

    public ValidateOptionsResult Validate(string? name, PaymentsOptions options)
    {
        var failures = new List<string>();
        switch (options.Provider)
        {
            case Development.DevelopmentPaymentProvider.ProviderName when environment.IsProduction():
                failures.Add("Academy:Payments:Provider is Development, which takes no real money and is refused in Production. Set Stripe:SecretKey and Stripe:WebhookSecret.");
                break;
            case Development.DevelopmentPaymentProvider.ProviderName:
                break;
            case Stripe.StripePaymentProvider.ProviderName:
                if (string.IsNullOrWhiteSpace(stripe.Value.SecretKey))
                {
                    failures.Add("Set Stripe:SecretKey (sk_live_… or sk_test_…) to take payments through Stripe.");
                }

                if (string.IsNullOrWhiteSpace(stripe.Value.WebhookSecret))
                {
                    failures.Add("Set Stripe:WebhookSecret (whsec_…, from the webhook endpoint in the Stripe dashboard); without it no payment can be confirmed.");
                }

                if (!string.IsNullOrWhiteSpace(stripe.Value.ApiBase) && !Uri.TryCreate(stripe.Value.ApiBase, UriKind.Absolute, out _))
                {
                    failures.Add("Stripe:ApiBase must be an absolute URL, such as http://127.0.0.1:12111.");
                }

                break;
            default:
                failures.Add($"Academy:Payments:Provider '{options.Provider}' is unknown; use Stripe or Development.");
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
