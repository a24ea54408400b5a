using System.Net;
using System.Text;
using System.Threading.Channels;
using Academy.Content.Umbraco;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Academy.Umbraco.Notifications;

/// <summary>
/// Posts <see cref="ContentNotification"/>s to Academy in the background, signed with
/// <see cref="NotificationSignature"/>. An editor's publish only adds to a queue and never waits for
/// Academy, nor fails when Academy is down: each notification gets <see cref="Attempts"/> tries with
/// a doubling wait, then the log says so and Academy's poll picks the change up later.
/// </summary>
public sealed partial class AcademyNotifier(IHttpClientFactory clients, IOptions<NotifyOptions> options, TimeProvider clock, ILogger<AcademyNotifier> logger)
    : BackgroundService
{
    public const string HttpClientName = "Academy.Notify";
    public const int Attempts = 3;

    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    // Every notification makes Academy reread the whole catalogue, so when the queue overflows the
    // oldest can go: a later one brings the same change.
    private readonly Channel<ContentNotification> queue = Channel.CreateBounded<ContentNotification>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    /// <summary>Queues the notification and returns at once; does nothing while no URL is set.</summary>
    public void Enqueue(ContentNotification notification)
    {
        if (options.Value.Enabled)
        {
            queue.Writer.TryWrite(notification);
        }
    }

    /// <summary>Posts one notification, retrying a failed delivery; true when Academy took it.</summary>
    public async Task<bool> SendAsync(ContentNotification notification, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var body = notification.ToJson();
        var delay = settings.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            var failure = await PostAsync(settings, body, cancellationToken);
            if (failure is null)
            {
                LogDelivered(logger, notification.Event, notification.Ids.Count, attempt);
                return true;
            }

            if (failure is Failure.Refused refused)
            {
                // A 4xx says the secret or the URL is wrong; the same request would be refused again.
                LogRefused(logger, settings.Url!, (int)refused.Status);
                return false;
            }

            if (attempt == Attempts)
            {
                LogGaveUp(logger, notification.Event, settings.Url!, Attempts, failure.ToString());
                return false;
            }

            LogRetrying(logger, settings.Url!, attempt, failure.ToString(), delay);
            await Task.Delay(delay, clock, cancellationToken);
            delay *= 2;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var notification in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await SendAsync(notification, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The site is stopping; what is left in the queue is picked up by Academy's poll.
        }
    }

    private async Task<Failure?> PostAsync(NotifyOptions settings, string body, CancellationToken cancellationToken)
    {
        // Signed per attempt, so a late retry is not refused as a replay.
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(NotificationSignature.Header, NotificationSignature.Sign(body, settings.Secret!, clock.GetUtcNow()));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(AttemptTimeout);
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            var status = response.StatusCode;
            return (int)status switch
            {
                >= 200 and < 300 => null,
                >= 400 and < 500 when status is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests) => new Failure.Refused(status),
                _ => new Failure.Answered(status),
            };
        }
        catch (HttpRequestException exception)
        {
            return new Failure.Unreachable(exception.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Failure.Unreachable($"no answer within {AttemptTimeout.TotalSeconds:0} s");
        }
    }

    private abstract record Failure
    {
        public sealed record Refused(HttpStatusCode Status) : Failure;

        public sealed record Answered(HttpStatusCode Status) : Failure;

        public sealed record Unreachable(string Problem) : Failure;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Academy was notified: {Event} of {Count} item(s), attempt {Attempt}")]
    private static partial void LogDelivered(ILogger logger, string @event, int count, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notifying Academy at {Url} failed (attempt {Attempt}: {Failure}); trying again in {Delay}")]
    private static partial void LogRetrying(ILogger logger, string url, int attempt, string failure, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Academy at {Url} refused the notification with {Status}; check that Academy:Umbraco:Notify:Secret equals Academy's Academy:Umbraco:WebhookSecret and the URL ends in /webhooks/umbraco")]
    private static partial void LogRefused(ILogger logger, string url, int status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Academy was not notified of {Event} at {Url} after {Attempts} attempts ({Failure}); it sees the change at its next poll")]
    private static partial void LogGaveUp(ILogger logger, string @event, string url, int attempts, string failure);
}
