using System.Collections.Concurrent;
using System.Net;
using Academy.Content.Umbraco;
using Academy.Umbraco.Notifications;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Academy.Umbraco.Tests.Notifications;

/// <summary>
/// Academy's /webhooks/umbraco as the notifier meets it: it records each POST and answers with the
/// status the test gives for that attempt (or waits, to play an Academy that hangs).
/// </summary>
internal sealed class AcademyReceiver : HttpMessageHandler
{
    public const string Url = "https://academy.example.com/webhooks/umbraco";
    public const string Secret = "a-long-random-notify-secret-0123456789";

    private readonly Func<int, HttpStatusCode> answer;
    private readonly ConcurrentQueue<Delivery> deliveries = new();

    public AcademyReceiver(Func<int, HttpStatusCode>? answer = null) => this.answer = answer ?? (_ => HttpStatusCode.Accepted);

    public TimeSpan Hang { get; init; }

    public IReadOnlyList<Delivery> Deliveries => [.. deliveries];

    public AcademyNotifier Notifier(TimeSpan? retryDelay = null)
    {
        var clients = Substitute.For<IHttpClientFactory>();
        clients.CreateClient(AcademyNotifier.HttpClientName).Returns(_ => new HttpClient(this, disposeHandler: false));
        var options = Options.Create(new NotifyOptions { Url = Url, Secret = Secret, RetryDelay = retryDelay ?? TimeSpan.FromMilliseconds(20) });
        return new AcademyNotifier(clients, options, TimeProvider.System, NullLogger<AcademyNotifier>.Instance);
    }

    /// <summary>Waits until <paramref name="count"/> deliveries arrived, or two seconds passed.</summary>
    public async Task<IReadOnlyList<Delivery>> WaitForAsync(int count)
    {
        for (var waited = 0; deliveries.Count < count && waited < 2000; waited += 20)
        {
            await Task.Delay(20);
        }

        return Deliveries;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        var signature = request.Headers.TryGetValues(NotificationSignature.Header, out var values) ? values.Single() : null;
        deliveries.Enqueue(new Delivery(request.RequestUri!, body, signature, ContentNotification.FromJson(body)));
        if (Hang > TimeSpan.Zero)
        {
            await Task.Delay(Hang, cancellationToken);
        }

        return new HttpResponseMessage(answer(deliveries.Count));
    }

    internal sealed record Delivery(Uri Url, string Body, string? Signature, ContentNotification? Notification)
    {
        public bool IsSignedWith(string secret) => NotificationSignature.Verify(Body, Signature, secret, DateTimeOffset.UtcNow);
    }
}
