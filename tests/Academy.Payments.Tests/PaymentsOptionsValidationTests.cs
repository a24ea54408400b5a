using Academy.Payments.Checkout;
using Academy.Payments.Development;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Academy.Payments.Tests;

public sealed class PaymentsOptionsValidationTests
{
    [Fact]
    public async Task The_Development_provider_in_Production_stops_startup_and_asks_for_the_Stripe_secret_key()
    {
        using var host = Host("Production", new() { ["Academy:Payments:Provider"] = "Development" });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("refused in Production. Set Stripe:SecretKey", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_without_a_provider_or_Stripe_key_stops_startup_and_asks_for_the_Stripe_secret_key()
    {
        using var host = Host("Production", []);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Set Stripe:SecretKey", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stripe_without_a_webhook_secret_stops_startup_and_names_the_setting()
    {
        using var host = Host("Production", new() { ["Academy:Payments:Provider"] = "Stripe", ["Stripe:SecretKey"] = "sk_test_x" });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Set Stripe:WebhookSecret", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Stripe:SecretKey", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_provider_or_Stripe_key_Development_takes_the_payments()
    {
        using var host = Host("Development", []);

        await host.StartAsync();

        Assert.Equal(DevelopmentPaymentProvider.ProviderName, host.Services.GetRequiredService<IOptions<PaymentsOptions>>().Value.Provider);
        await using var scope = host.Services.CreateAsyncScope();
        Assert.IsType<DevelopmentPaymentProvider>(scope.ServiceProvider.GetRequiredService<IPaymentProvider>());
        await host.StopAsync();
    }

    [Fact]
    public async Task A_Stripe_key_without_a_provider_chooses_Stripe()
    {
        using var host = Host("Production", new() { ["Stripe:SecretKey"] = "sk_test_x", ["Stripe:WebhookSecret"] = "whsec_test" });

        await host.StartAsync();

        Assert.Equal(Payments.Stripe.StripePaymentProvider.ProviderName, host.Services.GetRequiredService<IOptions<PaymentsOptions>>().Value.Provider);
        await host.StopAsync();
    }

    private static IHost Host(string environment, Dictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddPayments();
        return builder.Build();
    }
}
