using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Academy.Payments.Tests.Stripe;

/// <summary>Bodies and headers no Stripe delivery has: each is a 4xx with a warning, never a 500 or an error in the log.</summary>
public sealed class StripeWebhookInputTests
{
    [Fact]
    public async Task A_delivery_without_a_signature_header_is_refused_with_400()
    {
        await using var site = await PaymentsSite.StartAsync();
        var body = FakeStripe.Event("payment_intent.succeeded", new { id = "pi_1", @object = "payment_intent" }).Json;

        var response = await site.Http.PostAsync("/webhooks/stripe", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertWarnedWithoutErrors(site);
        Assert.Empty(await site.ReceiptsAsync());
    }

    public static TheoryData<string> SignedNonEvents => new()
    {
        "not json at all",
        "{}",
        "null",
        "[1,2,3]",
        "\"evt\"",
        """{"id":"evt_1","object":"event","type":5,"data":{"object":{}}}""",
        """{"id":"evt_1","object":"event","type":"checkout.session.completed","data":"x"}""",
        """{"object":"event","type":"checkout.session.completed","data":{"object":{"id":"cs_1","object":"checkout.session"}}}""",
        """{"id":"","object":"event","type":"payment_intent.succeeded","data":{"object":{}}}""",
        """{"id":"evt_1","object":"event","type":"checkout.session.completed","data":{"object":{"object":"checkout.session"}}}""",
        """{"id":"evt_1","object":"event","type":"charge.refunded","data":{"object":{"object":"charge","payment_intent":"pi_1","amount_refunded":"lots"}}}""",
        """{"id":"evt_1","object":"event","type":"checkout.session.completed","created":"yesterday","data":{"object":{}}}""",
        new string('[', 10_000) + new string(']', 10_000),
        """{"id":"evt_14","id":"evt_15","object":"event","type":"checkout.session.completed","data":{"object":{}}}""",
        "{\"id\":\"evt_1\",\"data\":" + string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000) + "}",
    };

    [Theory]
    [MemberData(nameof(SignedNonEvents))]
    public async Task A_correctly_signed_body_that_is_no_valid_event_is_refused_with_400_and_a_warning(string body)
    {
        await using var site = await PaymentsSite.StartAsync();

        var response = await site.PostWebhookAsync(body, FakeStripe.Sign(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertWarnedWithoutErrors(site);
        Assert.Empty(await site.ReceiptsAsync());
    }

    [Fact]
    public async Task A_signed_event_that_cannot_reach_Stripe_now_gets_503_and_is_not_recorded_so_Stripe_delivers_it_again()
    {
        await using var site = await PaymentsSite.StartAsync();
        var purchase = await site.StartCheckoutAsync();
        var completed = site.Stripe.SessionEvent("checkout.session.completed", purchase.SessionId);
        site.Stripe.RefusesKey = true;

        var response = await site.PostWebhookAsync(completed);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        AssertWarnedWithoutErrors(site);
        Assert.Empty(await site.ReceiptsAsync());
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_refused_with_413_while_it_is_read()
    {
        await using var site = await PaymentsSite.StartAsync();
        var body = "{\"id\":\"evt_1\",\"padding\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";
        var content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("Stripe-Signature", FakeStripe.Sign(body));

        var response = await site.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.DoesNotContain(site.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task A_chunked_event_under_the_limit_is_still_handled()
    {
        await using var site = await PaymentsSite.StartAsync();
        var body = FakeStripe.Event("payment_intent.succeeded", new { id = "pi_1", @object = "payment_intent" });
        var content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(body.Json)));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("Stripe-Signature", FakeStripe.Sign(body.Json));

        var response = await site.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([body.Id], await site.ReceiptsAsync());
    }

    private static void AssertWarnedWithoutErrors(PaymentsSite site)
    {
        Assert.DoesNotContain(site.Logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Contains(site.Logs.Entries, e => e.Category.EndsWith("StripeWebhook", StringComparison.Ordinal) && e.Level == LogLevel.Warning);
    }

    /// <summary>A body whose length the client cannot know up front, so HttpClient sends it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
