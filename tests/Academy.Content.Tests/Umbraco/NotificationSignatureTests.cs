using Academy.Content.Umbraco;

namespace Academy.Content.Tests.Umbraco;

public sealed class NotificationSignatureTests
{
    private const string Secret = "a-long-random-notify-secret-0123456789";
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);
    private static readonly string Body = new ContentNotification(ContentNotification.Published, [Guid.Parse("5de65f2e-055e-4e6a-adc3-edb340dcd2e8")], Now).ToJson();

    [Fact]
    public void A_signature_is_the_stripe_like_header_of_an_hmac_over_the_timestamp_and_the_body()
    {
        var header = NotificationSignature.Sign(Body, Secret, Now);

        Assert.Matches($"^t={Now.ToUnixTimeSeconds()},v1=[0-9a-f]{{64}}$", header);
        Assert.True(NotificationSignature.Verify(Body, header, Secret, Now));
    }

    [Fact]
    public void Another_body_another_secret_or_a_moved_timestamp_does_not_verify()
    {
        var header = NotificationSignature.Sign(Body, Secret, Now);
        var movedTimestamp = header.Replace($"t={Now.ToUnixTimeSeconds()}", $"t={Now.ToUnixTimeSeconds() + 1}", StringComparison.Ordinal);

        Assert.False(NotificationSignature.Verify(Body + " ", header, Secret, Now));
        Assert.False(NotificationSignature.Verify(Body, header, Secret + "x", Now));
        Assert.False(NotificationSignature.Verify(Body, movedTimestamp, Secret, Now));
    }

    [Theory]
    [InlineData(-299, true)]
    [InlineData(-301, false)]
    [InlineData(299, true)]
    [InlineData(301, false)]
    public void A_signature_is_good_for_five_minutes_either_way(int secondsFromNow, bool verifies)
    {
        var header = NotificationSignature.Sign(Body, Secret, Now.AddSeconds(secondsFromNow));

        Assert.Equal(verifies, NotificationSignature.Verify(Body, header, Secret, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("t=abc,v1=00")]
    [InlineData("v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("t=1780000000")]
    [InlineData("t=99999999999999999999,v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("t=1780000000,v1=zz00000000000000000000000000000000000000000000000000000000000000")]
    public void A_malformed_header_does_not_verify(string? header)
    {
        Assert.False(NotificationSignature.Verify(Body, header, Secret, Now));
    }

    [Fact]
    public void During_a_secret_rotation_either_v1_entry_may_match()
    {
        var old = NotificationSignature.Sign(Body, "the-old-secret-0123456789-0123456789", Now);
        var current = NotificationSignature.Sign(Body, Secret, Now);
        var both = $"{old},{current[current.IndexOf("v1=", StringComparison.Ordinal)..]}";

        Assert.True(NotificationSignature.Verify(Body, both, Secret, Now));
    }

    [Fact]
    public void A_notification_reads_back_as_written()
    {
        var read = ContentNotification.FromJson(Body);

        Assert.NotNull(read);
        Assert.Equal(ContentNotification.Published, read.Event);
        Assert.Equal([Guid.Parse("5de65f2e-055e-4e6a-adc3-edb340dcd2e8")], read.Ids);
        Assert.Equal(Now, read.Timestamp);
        Assert.Contains("\"event\":\"published\"", Body, StringComparison.Ordinal);
        Assert.Null(ContentNotification.FromJson("null"));
        Assert.Null(ContentNotification.FromJson("{ \"ids\": [] }"));
    }
}
