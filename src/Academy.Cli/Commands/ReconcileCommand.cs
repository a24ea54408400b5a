using System.Globalization;
using Academy.Content;
using Academy.Data;
using Academy.Payments;
using Academy.Payments.Checkout;
using Academy.Payments.Development;
using Academy.Payments.Fulfilment;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Academy.Cli.Commands;

/// <summary>
/// <c>payments reconcile [--since 3d]</c>: the same reconciliation as the agency overview's button,
/// run against the site's database and payment provider.
/// </summary>
public static class ReconcileCommand
{
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(3);

    public static async Task<int> RunAsync(TimeSpan period, TextWriter output, TextWriter error, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            // The default SQLite file is relative to the web app, so the CLI finds the same database.
            ContentRootPath = RepositoryRoot.FindUpwards([Directory.GetCurrentDirectory(), AppContext.BaseDirectory], d => Directory.Exists(Path.Combine(d, "src", "Academy.Web"))) is { } root
                ? Path.Combine(root, "src", "Academy.Web")
                : Directory.GetCurrentDirectory(),
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);
        builder.AddLearnerData();
        builder.AddPayments();
        using var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException invalid)
        {
            await error.WriteLineAsync(invalid.Message);
            return 1;
        }

        await using var scope = host.Services.CreateAsyncScope();
        var provider = scope.ServiceProvider.GetRequiredService<IPaymentProvider>();
        var since = DateTimeOffset.UtcNow - period;
        await output.WriteLineAsync($"Reconciling {provider.Name} checkout sessions created since {since:yyyy-MM-dd HH:mm} UTC.");
        if (provider.Name == DevelopmentPaymentProvider.ProviderName)
        {
            await output.WriteLineAsync("The Development provider keeps its sessions inside the running site; use the button on /admin there.");
        }

        var results = await scope.ServiceProvider.GetRequiredService<Reconciliation>().RunAsync(since, CancellationToken.None);
        foreach (var result in results)
        {
            await output.WriteLineAsync($"{result.SessionId}  order {result.OrderId?.ToString() ?? "-"}  {result.PaymentStatus}  {Describe(result.Outcome)}");
        }

        var fulfilled = results.Count(r => r.Outcome == FulfilmentOutcome.Fulfilled);
        await output.WriteLineAsync($"{results.Count} session(s) checked, {fulfilled} fulfilled now.");
        await host.StopAsync();
        return 0;
    }

    /// <summary>Reads periods like 3d, 12h or 90m.</summary>
    public static bool TryParsePeriod(string text, out TimeSpan period)
    {
        period = default;
        if (text.Length < 2 || !int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            return false;
        }

        period = text[^1] switch
        {
            'd' => TimeSpan.FromDays(amount),
            'h' => TimeSpan.FromHours(amount),
            'm' => TimeSpan.FromMinutes(amount),
            _ => default,
        };
        return period > TimeSpan.Zero;
    }

    private static string Describe(FulfilmentOutcome outcome) => outcome switch
    {
        FulfilmentOutcome.Fulfilled => "fulfilled now (its webhook was missed)",
        FulfilmentOutcome.AlreadyFulfilled => "already fulfilled",
        FulfilmentOutcome.AwaitingPayment => "not paid; nothing to do",
        FulfilmentOutcome.Revoked => "refunded or disputed; no access granted",
        _ => "not an order of this site; skipped",
    };
}
