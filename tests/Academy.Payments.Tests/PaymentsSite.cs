using System.Collections.Concurrent;
using System.Text;
using Academy.Data;
using Academy.Payments.Checkout;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Academy.Payments.Tests;

/// <summary>
/// The payments module as the web app wires it (learner data, AddPayments, the Stripe webhook) on
/// Kestrel, with its own SQLite file and its own fake Stripe, so no test sees another's rows.
/// </summary>
public sealed class PaymentsSite : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string root;

    private PaymentsSite(WebApplication app, string root, FakeStripe stripe, HttpClient http, LogRecorder logs)
    {
        this.app = app;
        this.root = root;
        Stripe = stripe;
        Http = http;
        Logs = logs;
    }

    public FakeStripe Stripe { get; }

    public HttpClient Http { get; }

    public LogRecorder Logs { get; }

    public static async Task<PaymentsSite> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var stripe = await FakeStripe.StartAsync();
        var root = Directory.CreateTempSubdirectory("academy-payments-").FullName;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = root });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Academy"] = $"Data Source={Path.Combine(root, "academy.db")}",
            ["Academy:Payments:Provider"] = "Stripe",
            ["Stripe:SecretKey"] = "sk_test_x",
            ["Stripe:WebhookSecret"] = FakeStripe.WebhookSecret,
            ["Stripe:ApiBase"] = stripe.Url,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var logs = new LogRecorder();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.AddLearnerData();
        builder.AddPayments();

        var app = builder.Build();
        app.MapPaymentWebhooks();
        await app.StartAsync();
        return new PaymentsSite(app, root, stripe, new HttpClient { BaseAddress = new Uri(app.Urls.First()) }, logs);
    }

    public AsyncServiceScope NewScope() => app.Services.CreateAsyncScope();

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = NewScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> QueryAsync<T>(Func<AcademyDb, Task<T>> query) =>
        InScopeAsync(services => query(services.GetRequiredService<AcademyDb>()));

    public async Task<string> AddLearnerAsync()
    {
        var learner = new LearnerAccount { UserName = $"learner-{Guid.NewGuid():N}@example.de", Email = "lena@example.de", DisplayName = "Lena" };
        await InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AcademyDb>();
            db.Users.Add(learner);
            return await db.SaveChangesAsync();
        });
        return learner.Id;
    }

    /// <summary>A learner starts buying a package through OrderCheckout, as the package page does.</summary>
    public async Task<Purchase> StartCheckoutAsync(long amountCents = 4900, params string[] courses)
    {
        var learnerId = await AddLearnerAsync();
        var purchase = new PackagePurchase(
            learnerId, "lena@example.de", "grundlagen-paket", "Grundlagen-Paket", courses.Length == 0 ? ["csharp-basics", "linq"] : courses, amountCents, StripePriceId: null);
        var redirect = await InScopeAsync(services => services.GetRequiredService<OrderCheckout>().StartAsync(purchase, "https://learn.example.de/", CancellationToken.None));
        var orderId = await QueryAsync(db => db.Orders.Where(o => o.CheckoutSessionId == redirect.SessionId).Select(o => o.Id).SingleAsync());
        return new Purchase(learnerId, orderId, redirect.SessionId, redirect.Url);
    }

    public Task<HttpResponseMessage> PostWebhookAsync(StripeTestEvent stripeEvent) =>
        PostWebhookAsync(stripeEvent.Json, FakeStripe.Sign(stripeEvent.Json));

    public Task<HttpResponseMessage> PostWebhookAsync(string body, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", signature);
        return Http.SendAsync(request);
    }

    public Task<Order> OrderAsync(Guid orderId) => QueryAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == orderId));

    public Task<List<Enrolment>> EnrolmentsAsync(Guid orderId) =>
        QueryAsync(db => db.Enrolments.AsNoTracking().Where(e => e.OrderId == orderId).OrderBy(e => e.CourseSlug).ToListAsync());

    public Task<List<string>> ReceiptsAsync() => QueryAsync(db => db.PaymentEventReceipts.Select(r => r.EventId).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.DisposeAsync();
        await Stripe.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS's temp cleanup; it must not fail the test.
        }
    }
}

public sealed record Purchase(string LearnerId, Guid OrderId, string SessionId, string CheckoutUrl);

/// <summary>Keeps what the site logged, so a test can check that a warning was given.</summary>
public sealed class LogRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> entries = new();

    public IReadOnlyCollection<LogEntry> Entries => entries;

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception)));
            }
        }
    }
}

public sealed record LogEntry(string Category, LogLevel Level, string Message);
