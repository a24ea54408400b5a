using Academy.Data;
using Academy.Payments.Fulfilment;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Payments.Tests.Fulfilment;

public sealed class OrderFulfilmentTests
{
    [Fact]
    public async Task A_session_Stripe_does_not_know_is_reported_unknown_and_changes_nothing()
    {
        await using var site = await PaymentsSite.StartAsync();
        var purchase = await site.StartCheckoutAsync();

        var outcome = await site.InScopeAsync(services =>
            services.GetRequiredService<OrderFulfilment>().FulfilAsync("cs_test_not_at_stripe", CancellationToken.None));

        Assert.Equal(FulfilmentOutcome.Unknown, outcome);
        Assert.Contains(site.Stripe.Requests, r => r.Method == "GET" && r.Path == "/v1/checkout/sessions/cs_test_not_at_stripe");
        Assert.Equal(OrderStatus.Pending, (await site.OrderAsync(purchase.OrderId)).Status);
        Assert.Equal(0, await site.QueryAsync(db => db.Enrolments.CountAsync()));
    }

    [Fact]
    public async Task The_success_page_fulfils_a_paid_session_before_any_webhook_arrives()
    {
        await using var site = await PaymentsSite.StartAsync();
        var purchase = await site.StartCheckoutAsync();
        site.Stripe.MarkPaid(purchase.SessionId);

        var outcome = await site.InScopeAsync(services =>
            services.GetRequiredService<OrderFulfilment>().FulfilAsync(purchase.SessionId, CancellationToken.None));

        Assert.Equal(FulfilmentOutcome.Fulfilled, outcome);
        Assert.Equal(OrderStatus.Paid, (await site.OrderAsync(purchase.OrderId)).Status);
        Assert.Equal(2, (await site.EnrolmentsAsync(purchase.OrderId)).Count(e => e.IsActive));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task A_refund_or_dispute_without_a_payment_id_matches_no_order_awaiting_payment(string? paymentIntentId)
    {
        await using var site = await PaymentsSite.StartAsync();
        var first = await site.StartCheckoutAsync();
        var second = await site.StartCheckoutAsync();

        var refunded = await site.InScopeAsync(services =>
            services.GetRequiredService<OrderFulfilment>().RecordRefundAsync(paymentIntentId!, 4900, fullRefund: true, CancellationToken.None));
        var disputed = await site.InScopeAsync(services =>
            services.GetRequiredService<OrderFulfilment>().RecordDisputeAsync(paymentIntentId!, CancellationToken.None));

        Assert.False(refunded);
        Assert.False(disputed);
        Assert.Equal(OrderStatus.Pending, (await site.OrderAsync(first.OrderId)).Status);
        Assert.Equal(OrderStatus.Pending, (await site.OrderAsync(second.OrderId)).Status);
    }
}
