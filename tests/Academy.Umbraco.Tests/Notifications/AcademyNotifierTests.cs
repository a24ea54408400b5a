using System.Net;
using Academy.Content.Umbraco;
using Academy.Umbraco.Notifications;

namespace Academy.Umbraco.Tests.Notifications;

public sealed class AcademyNotifierTests
{
    private static readonly ContentNotification Published = new(ContentNotification.Published, [Guid.NewGuid()], DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_failing_receiver_gets_three_signed_attempts_then_the_notifier_gives_up_without_throwing()
    {
        var receiver = new AcademyReceiver(_ => HttpStatusCode.ServiceUnavailable);
        using var notifier = receiver.Notifier();

        var delivered = await notifier.SendAsync(Published, CancellationToken.None);

        Assert.False(delivered);
        Assert.Equal(AcademyNotifier.Attempts, receiver.Deliveries.Count);
        Assert.All(receiver.Deliveries, delivery => Assert.True(delivery.IsSignedWith(AcademyReceiver.Secret)));
    }

    [Fact]
    public async Task A_receiver_that_comes_back_gets_the_notification_on_a_retry()
    {
        var receiver = new AcademyReceiver(attempt => attempt == 1 ? HttpStatusCode.BadGateway : HttpStatusCode.Accepted);
        using var notifier = receiver.Notifier();

        var delivered = await notifier.SendAsync(Published, CancellationToken.None);

        Assert.True(delivered);
        Assert.Equal(2, receiver.Deliveries.Count);
        Assert.Equal(receiver.Deliveries[0].Body, receiver.Deliveries[1].Body);
    }

    [Fact]
    public async Task Retries_wait_longer_each_time()
    {
        var receiver = new AcademyReceiver(_ => HttpStatusCode.ServiceUnavailable);
        using var notifier = receiver.Notifier(retryDelay: TimeSpan.FromMilliseconds(200));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await notifier.SendAsync(Published, CancellationToken.None);

        // 200 ms before the second attempt, 400 ms before the third.
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(600), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task A_refusal_is_not_retried()
    {
        var receiver = new AcademyReceiver(_ => HttpStatusCode.Unauthorized);
        using var notifier = receiver.Notifier();

        var delivered = await notifier.SendAsync(Published, CancellationToken.None);

        Assert.False(delivered);
        Assert.Single(receiver.Deliveries);
    }
}
