using Academy.Data;
using Academy.Payments.Fulfilment;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Payments.Tests.Fulfilment;

public sealed class ReconciliationTests
{
    [Fact]
    public async Task Reconciliation_fulfils_paid_sessions_whose_webhook_never_arrived_and_leaves_unpaid_ones()
    {
        await using var site = await PaymentsSite.StartAsync();
        // Small pages, so the listing has to follow has_more and starting_after.
        site.Stripe.MaxPageSize = 2;
        var paid = await site.StartCheckoutAsync();
        var open = await site.StartCheckoutAsync();
        var awaitingDebit = await site.StartCheckoutAsync();
        var secondPaid = await site.StartCheckoutAsync();
        var paidLongAgo = await site.StartCheckoutAsync();
        site.Stripe.MarkPaid(paid.SessionId);
        site.Stripe.MarkPaidLater(awaitingDebit.SessionId);
        site.Stripe.MarkPaid(secondPaid.SessionId);
        site.Stripe.MarkPaid(paidLongAgo.SessionId);
        site.Stripe.Backdate(paidLongAgo.SessionId, DateTimeOffset.UtcNow.AddDays(-10));

        var results = await RunAsync(site, since: DateTimeOffset.UtcNow.AddDays(-3));

        Assert.Equal(
            [
                (paid.SessionId, FulfilmentOutcome.Fulfilled),
                (open.SessionId, FulfilmentOutcome.AwaitingPayment),
                (awaitingDebit.SessionId, FulfilmentOutcome.AwaitingPayment),
                (secondPaid.SessionId, FulfilmentOutcome.Fulfilled),
            ],
            results.Select(r => (r.SessionId, r.Outcome)).OrderBy(r => r.SessionId == paid.SessionId ? 0 : r.SessionId == open.SessionId ? 1 : r.SessionId == awaitingDebit.SessionId ? 2 : 3));
        Assert.Equal(paid.OrderId, results.Single(r => r.SessionId == paid.SessionId).OrderId);
        Assert.True(site.Stripe.Requests.Count(r => r.Method == "GET" && r.Path == "/v1/checkout/sessions") >= 2, "The listing did not page.");
        Assert.Equal(OrderStatus.Paid, (await site.OrderAsync(paid.OrderId)).Status);
        Assert.Equal(2, (await site.EnrolmentsAsync(paid.OrderId)).Count);
        Assert.Equal(OrderStatus.Paid, (await site.OrderAsync(secondPaid.OrderId)).Status);
        Assert.Equal(OrderStatus.Pending, (await site.OrderAsync(open.OrderId)).Status);
        Assert.Empty(await site.EnrolmentsAsync(open.OrderId));
        Assert.Equal(OrderStatus.Pending, (await site.OrderAsync(awaitingDebit.OrderId)).Status);
        Assert.Empty(await site.EnrolmentsAsync(awaitingDebit.OrderId));
        // Outside the window asked for.
        Assert.Equal(OrderStatus.Pending, (await site.OrderAsync(paidLongAgo.OrderId)).Status);
    }

    [Fact]
    public async Task Reconciliation_run_a_second_time_changes_nothing()
    {
        await using var site = await PaymentsSite.StartAsync();
        var paid = await site.StartCheckoutAsync();
        var open = await site.StartCheckoutAsync();
        site.Stripe.MarkPaid(paid.SessionId);
        var since = DateTimeOffset.UtcNow.AddHours(-1);
        await RunAsync(site, since);
        var paidAt = (await site.OrderAsync(paid.OrderId)).PaidAtUtc;
        var enrolments = await site.EnrolmentsAsync(paid.OrderId);

        var again = await RunAsync(site, since);

        Assert.Equal(FulfilmentOutcome.AlreadyFulfilled, again.Single(r => r.SessionId == paid.SessionId).Outcome);
        Assert.Equal(FulfilmentOutcome.AwaitingPayment, again.Single(r => r.SessionId == open.SessionId).Outcome);
        Assert.DoesNotContain(again, r => r.Outcome == FulfilmentOutcome.Fulfilled);
        Assert.Equal(paidAt, (await site.OrderAsync(paid.OrderId)).PaidAtUtc);
        Assert.Equal(
            enrolments.Select(e => (e.Id, e.CourseSlug, e.GrantedAtUtc)),
            (await site.EnrolmentsAsync(paid.OrderId)).Select(e => (e.Id, e.CourseSlug, e.GrantedAtUtc)));
        Assert.Equal(OrderStatus.Pending, (await site.OrderAsync(open.OrderId)).Status);
    }

    private static Task<IReadOnlyList<ReconciledSession>> RunAsync(PaymentsSite site, DateTimeOffset since) =>
        site.InScopeAsync(services => services.GetRequiredService<Reconciliation>().RunAsync(since, CancellationToken.None));
}
