using System.Net;
using System.Security.Cryptography;
using System.Text;
using Academy.Data;
using Academy.Payments.Fulfilment;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stripe;

namespace Academy.Payments.Tests.Stripe;

public sealed class StripeWebhookTests
{
    [Fact]
    public async Task A_completed_and_paid_session_enrols_the_learner_in_every_course_of_the_package()
    {
        await using var site = await PaymentsSite.StartAsync();
        var purchase = await site.StartCheckoutAsync(4900, "csharp-basics", "linq", "async");
        site.Stripe.MarkPaid(purchase.SessionId);
        var completed = site.Stripe.SessionEvent(EventTypes.CheckoutSessionCompleted, purchase.SessionId);

        var response = await site.PostWebhookAsync(completed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var order = await site.OrderAsync(purchase.OrderId);
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal(site.Stripe.PaymentIntentOf(purchase.SessionId), order.PaymentIntentId);
        Assert.NotNull(order.PaidAtUtc);
        var enrolments = await site.EnrolmentsAsync(purchase.OrderId);
        Assert.Equal(["async", "csharp-basics", "linq"], enrolments.Select(e => e.CourseSlug));
        Assert.All(enrolments, e => Assert.True(e.IsActive));
        Assert.All(enrolments, e => Assert.Equal(purchase.LearnerId, e.LearnerId));
        Assert.Equal([completed.Id], await site.ReceiptsAsync());
    }

    public static TheoryData<string> Forgeries => ["tampered body", "wrong secret", "old timestamp", "no signature"];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task An_event_without_a_valid_recent_signature_is_refused_and_changes_nothing(string forgery)
    {
        await using var site = await PaymentsSite.StartAsync();
        var purchase = await site.StartCheckoutAsync();
        // The session really is paid, so an accepted event would enrol.
        site.Stripe.MarkPaid(purchase.SessionId);
        var completed = site.Stripe.SessionEvent(EventTypes.CheckoutSessionCompleted, purchase.SessionId);

        var (body, signature) = forgery switch
        {
            "tampered body" => (completed.Json.Replace("\"livemode\":false", "\"livemode\":true", StringComparison.Ordinal), FakeStripe.Sign(completed.Json)),
            "wrong secret" => (completed.Json, FakeStripe.Sign(completed.Json, secret: "whsec_someone_else")),
            "old timestamp" => (completed.Json, OldSignature(completed.Json, DateTimeOffset.UtcNow.AddSeconds(-301))),
            _ => (completed.Json, ""),
        };
        if (forgery == "tampered body")
        {
            Assert.NotEqual(completed.Json, body);
        }

        var response = await site.PostWebhookAsync(body, signature);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(OrderStatus.Pending, (await site.OrderAsync(purchase.OrderId)).Status);
        Assert.Empty(await site.EnrolmentsAsync(purchase.OrderId));
        Assert.Empty(await site.ReceiptsAsync());
    }

    [Fact]
    public async Task A_signature_within_the_five_minute_tolerance_is_accepted()
    {
        await using var site = await PaymentsSite.StartAsync();
        var purchase = await site.StartCheckoutAsync();
        site.Stripe.MarkPaid(purchase.SessionId);
        var completed = site.Stripe.SessionEvent(EventTypes.CheckoutSessionCompleted, purchase.SessionId);

        var response = await site.PostWebhookAsync(completed.Json, OldSignature(completed.Json, DateTimeOffset.UtcNow.AddSeconds(-240)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OrderStatus.Paid, (await site.OrderAsync(purchase.OrderId)).Status);
    }

    [Fact]
    public async Task The_same_event_delivered_fifty_times_at_once_alongside_the_success_page_fulfils_the_order_once()
    {
        await using var site = await PaymentsSite.StartAsync();
        var purchase = await site.StartCheckoutAsync(4900, "csharp-basics", "linq");
        site.Stripe.MarkPaid(purchase.SessionId);
        var completed = site.Stripe.SessionEvent(EventTypes.CheckoutSessionCompleted, purchase.SessionId);

        var deliveries = Enumerable.Range(0, 50).Select(_ => site.PostWebhookAsync(completed)).ToList();
        // The success page fulfils too, each request in its own scope, racing the webhook.
        var successPages = Enumerable.Range(0, 10).Select(_ => Task.Run(() => site.InScopeAsync(services =>
            services.GetRequiredService<OrderFulfilment>().FulfilAsync(purchase.SessionId, CancellationToken.None)))).ToList();
        var responses = await Task.WhenAll(deliveries);
        var outcomes = await Task.WhenAll(successPages);

        Assert.All(responses, response => Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {response.Content.ReadAsStringAsync().Result}"));
        Assert.All(outcomes, outcome => Assert.Contains(outcome, new[] { FulfilmentOutcome.Fulfilled, FulfilmentOutcome.AlreadyFulfilled }));
        Assert.True(outcomes.Count(o => o == FulfilmentOutcome.Fulfilled) <= 1);
        Assert.Equal(OrderStatus.Paid, (await site.OrderAsync(purchase.OrderId)).Status);
        var enrolments = await site.QueryAsync(db => db.Enrolments.Where(e => e.LearnerId == purchase.LearnerId).Select(e => e.CourseSlug).OrderBy(c => c).ToListAsync());
        Assert.Equal(["csharp-basics", "linq"], enrolments);
        Assert.Equal(1, await site.QueryAsync(db => db.Orders.CountAsync(o => o.Status == OrderStatus.Paid)));
        Assert.Equal([completed.Id], await site.ReceiptsAsync());
    }

    [Fact]
    public async Task A_completed_session_still_awaiting_its_debit_enrols_only_when_the_payment_succeeds()
    {
        await using var site = await PaymentsSite.StartAsync();
        var purchase = await site.StartCheckoutAsync();
        site.Stripe.MarkPaidLater(purchase.SessionId);

        var completed = await site.PostWebhookAsync(site.Stripe.SessionEvent(EventTypes.CheckoutSessionCompleted, purchase.SessionId));

        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal(OrderStatus.AwaitingPayment, (await site.OrderAsync(purchase.OrderId)).Status);
        Assert.Empty(await site.EnrolmentsAsync(purchase.OrderId));

        site.Stripe.MarkPaid(purchase.SessionId);
        var succeeded = await site.PostWebhookAsync(site.Stripe.SessionEvent(EventTypes.CheckoutSessionAsyncPaymentSucceeded, purchase.SessionId));

        Assert.Equal(HttpStatusCode.OK, succeeded.StatusCode);
        Assert.Equal(OrderStatus.Paid, (await site.OrderAsync(purchase.OrderId)).Status);
        Assert.Equal(2, (await site.EnrolmentsAsync(purchase.OrderId)).Count(e => e.IsActive));
    }

    [Fact]
    public async Task A_failed_debit_marks_the_pending_order_failed_without_access()
    {
        await using var site = await PaymentsSite.StartAsync();
        var purchase = await site.StartCheckoutAsync();
        site.Stripe.MarkPaidLater(purchase.SessionId);

        var response = await site.PostWebhookAsync(site.Stripe.SessionEvent(EventTypes.CheckoutSessionAsyncPaymentFailed, purchase.SessionId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var order = await site.OrderAsync(purchase.OrderId);
        Assert.Equal(OrderStatus.Failed, order.Status);
        Assert.NotNull(order.ClosedAtUtc);
        Assert.Empty(await site.EnrolmentsAsync(purchase.OrderId));
    }

    [Fact]
    public async Task A_full_refund_that_arrives_before_the_completed_event_leaves_the_order_refunded_without_access()
    {
        await using var site = await PaymentsSite.StartAsync();
        var purchase = await site.StartCheckoutAsync(4900);
        site.Stripe.MarkPaid(purchase.SessionId);
        var completed = site.Stripe.SessionEvent(EventTypes.CheckoutSessionCompleted, purchase.SessionId);

        var refunded = await site.PostWebhookAsync(site.Stripe.ChargeRefunded(purchase.SessionId, amountRefunded: 4900));
        var late = await site.PostWebhookAsync(completed);

        Assert.Equal(HttpStatusCode.OK, refunded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var order = await site.OrderAsync(purchase.OrderId);
        Assert.Equal(OrderStatus.Refunded, order.Status);
        Assert.Equal(4900, order.RefundedCents);
        Assert.DoesNotContain(await site.EnrolmentsAsync(purchase.OrderId), e => e.IsActive);
    }

    [Fact]
    public async Task A_payment_that_succeeds_after_the_session_expired_event_still_enrols()
    {
        await using var site = await PaymentsSite.StartAsync();
        var purchase = await site.StartCheckoutAsync();
        site.Stripe.MarkExpired(purchase.SessionId);

        var expired = await site.PostWebhookAsync(site.Stripe.SessionEvent(EventTypes.CheckoutSessionExpired, purchase.SessionId));

        Assert.Equal(HttpStatusCode.OK, expired.StatusCode);
        Assert.Equal(OrderStatus.Expired, (await site.OrderAsync(purchase.OrderId)).Status);

        site.Stripe.MarkPaid(purchase.SessionId);
        var succeeded = await site.PostWebhookAsync(site.Stripe.SessionEvent(EventTypes.CheckoutSessionAsyncPaymentSucceeded, purchase.SessionId));

        Assert.Equal(HttpStatusCode.OK, succeeded.StatusCode);
        Assert.Equal(OrderStatus.Paid, (await site.OrderAsync(purchase.OrderId)).Status);
        Assert.Equal(2, (await site.EnrolmentsAsync(purchase.OrderId)).Count(e => e.IsActive));
    }

    [Fact]
    public async Task A_full_refund_after_fulfilment_revokes_the_orders_enrolments()
    {
        await using var site = await PaymentsSite.StartAsync();
        var purchase = await PaidPurchaseAsync(site);
        var otherPurchase = await PaidPurchaseAsync(site);

        var response = await site.PostWebhookAsync(site.Stripe.ChargeRefunded(purchase.SessionId, amountRefunded: 4900));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var order = await site.OrderAsync(purchase.OrderId);
        Assert.Equal(OrderStatus.Refunded, order.Status);
        Assert.Equal(4900, order.RefundedCents);
        Assert.NotNull(order.ClosedAtUtc);
        var enrolments = await site.EnrolmentsAsync(purchase.OrderId);
        Assert.Equal(2, enrolments.Count);
        Assert.All(enrolments, e => Assert.Equal(EnrolmentRevocation.Refunded, e.RevokedBecause));
        Assert.All(enrolments, e => Assert.NotNull(e.RevokedAtUtc));
        Assert.All(await site.EnrolmentsAsync(otherPurchase.OrderId), e => Assert.True(e.IsActive));
        Assert.Equal(OrderStatus.Paid, (await site.OrderAsync(otherPurchase.OrderId)).Status);
    }

    [Fact]
    public async Task A_partial_refund_records_the_amount_and_keeps_access()
    {
        await using var site = await PaymentsSite.StartAsync();
        var purchase = await PaidPurchaseAsync(site);

        var response = await site.PostWebhookAsync(site.Stripe.ChargeRefunded(purchase.SessionId, amountRefunded: 1000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var order = await site.OrderAsync(purchase.OrderId);
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal(1000, order.RefundedCents);
        var enrolments = await site.EnrolmentsAsync(purchase.OrderId);
        Assert.Equal(2, enrolments.Count);
        Assert.All(enrolments, e => Assert.True(e.IsActive));
    }

    [Fact]
    public async Task An_earlier_partial_refund_delivered_after_the_full_refund_keeps_the_full_amount_and_no_access()
    {
        await using var site = await PaymentsSite.StartAsync();
        var purchase = await PaidPurchaseAsync(site);
        var partial = site.Stripe.ChargeRefunded(purchase.SessionId, amountRefunded: 1000);
        var full = site.Stripe.ChargeRefunded(purchase.SessionId, amountRefunded: 4900);

        (await site.PostWebhookAsync(full)).EnsureSuccessStatusCode();
        (await site.PostWebhookAsync(partial)).EnsureSuccessStatusCode();

        var order = await site.OrderAsync(purchase.OrderId);
        Assert.Equal(OrderStatus.Refunded, order.Status);
        Assert.Equal(4900, order.RefundedCents);
        Assert.DoesNotContain(await site.EnrolmentsAsync(purchase.OrderId), e => e.IsActive);
    }

    [Fact]
    public async Task A_dispute_revokes_the_orders_enrolments()
    {
        await using var site = await PaymentsSite.StartAsync();
        var purchase = await PaidPurchaseAsync(site);

        var response = await site.PostWebhookAsync(site.Stripe.DisputeCreated(purchase.SessionId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OrderStatus.Disputed, (await site.OrderAsync(purchase.OrderId)).Status);
        var enrolments = await site.EnrolmentsAsync(purchase.OrderId);
        Assert.Equal(2, enrolments.Count);
        Assert.All(enrolments, e => Assert.Equal(EnrolmentRevocation.Disputed, e.RevokedBecause));
    }

    [Fact]
    public async Task An_event_type_Academy_does_not_handle_is_acknowledged_and_changes_nothing()
    {
        await using var site = await PaymentsSite.StartAsync();
        var purchase = await site.StartCheckoutAsync();
        site.Stripe.MarkPaid(purchase.SessionId);
        var paymentIntent = new
        {
            id = site.Stripe.PaymentIntentOf(purchase.SessionId),
            @object = "payment_intent",
            amount = 4900,
            amount_received = 4900,
            currency = "eur",
            livemode = false,
            metadata = new Dictionary<string, string>(),
            status = "succeeded",
        };

        var response = await site.PostWebhookAsync(FakeStripe.Event("payment_intent.succeeded", paymentIntent));

        Assert.True(response.IsSuccessStatusCode);
        var order = await site.OrderAsync(purchase.OrderId);
        Assert.Equal(OrderStatus.Pending, order.Status);
        Assert.Null(order.PaymentIntentId);
        Assert.Empty(await site.EnrolmentsAsync(purchase.OrderId));
    }

    [Fact]
    public async Task An_event_from_another_API_version_is_handled_and_logged_as_a_warning()
    {
        await using var site = await PaymentsSite.StartAsync();
        var purchase = await site.StartCheckoutAsync();
        site.Stripe.MarkPaid(purchase.SessionId);
        var completed = site.Stripe.SessionEvent(EventTypes.CheckoutSessionCompleted, purchase.SessionId, apiVersion: "2025-03-31.basil");

        var response = await site.PostWebhookAsync(completed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OrderStatus.Paid, (await site.OrderAsync(purchase.OrderId)).Status);
        Assert.Equal(2, (await site.EnrolmentsAsync(purchase.OrderId)).Count);
        var warning = Assert.Single(site.Logs.Entries, e => e.Category.EndsWith("StripeWebhook", StringComparison.Ordinal) && e.Level == LogLevel.Warning);
        Assert.Contains(completed.Id, warning.Message, StringComparison.Ordinal);
        Assert.Contains("2025-03-31.basil", warning.Message, StringComparison.Ordinal);
    }

    private static async Task<Purchase> PaidPurchaseAsync(PaymentsSite site)
    {
        var purchase = await site.StartCheckoutAsync(4900, "csharp-basics", "linq");
        site.Stripe.MarkPaid(purchase.SessionId);
        var response = await site.PostWebhookAsync(site.Stripe.SessionEvent(EventTypes.CheckoutSessionCompleted, purchase.SessionId));
        response.EnsureSuccessStatusCode();
        Assert.Equal(2, (await site.EnrolmentsAsync(purchase.OrderId)).Count(e => e.IsActive));
        return purchase;
    }

    // Stripe's scheme: t=<unix seconds>,v1=HMAC-SHA256(secret, "<t>.<payload>") in hex.
    private static string OldSignature(string payload, DateTimeOffset signedAt)
    {
        var timestamp = signedAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(FakeStripe.WebhookSecret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}")));
        var header = $"t={timestamp},v1={signature}";
        Assert.Equal(header, FakeStripe.Sign(payload, at: signedAt));
        return header;
    }
}
