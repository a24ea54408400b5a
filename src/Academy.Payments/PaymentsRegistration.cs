using Academy.Payments.Checkout;
using Academy.Payments.Development;
using Academy.Payments.Fulfilment;
using Academy.Payments.Stripe;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Academy.Payments;

public static class PaymentsRegistration
{
    public static IHostApplicationBuilder AddPayments(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StripeOptions>().BindConfiguration(StripeOptions.Section);
        services.AddOptions<PaymentsOptions>().BindConfiguration(PaymentsOptions.Section).ValidateOnStart();
        services.AddSingleton<PaymentsOptionsValidation>();
        services.AddSingleton<IPostConfigureOptions<PaymentsOptions>>(provider => provider.GetRequiredService<PaymentsOptionsValidation>());
        services.AddSingleton<IValidateOptions<PaymentsOptions>>(provider => provider.GetRequiredService<PaymentsOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<DevelopmentPaymentProvider>();
        services.AddHttpClient<StripePaymentProvider>().AddStandardResilienceHandler();
        services.AddScoped<IPaymentProvider>(provider =>
            provider.GetRequiredService<IOptions<PaymentsOptions>>().Value.Provider == StripePaymentProvider.ProviderName
                ? provider.GetRequiredService<StripePaymentProvider>()
                : provider.GetRequiredService<DevelopmentPaymentProvider>());

        services.AddScoped<OrderCheckout>();
        services.AddScoped<OrderFulfilment>();
        services.AddScoped<Reconciliation>();
        services.AddScoped<StripeWebhook>();
        return builder;
    }

    public static IEndpointRouteBuilder MapPaymentWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/webhooks/stripe", (HttpRequest request, StripeWebhook webhook, CancellationToken cancellationToken) =>
            webhook.HandleAsync(request, cancellationToken))
            .DisableAntiforgery();
        return endpoints;
    }
}
