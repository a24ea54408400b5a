using Academy.Data;
using Academy.Payments.Checkout;
using Microsoft.EntityFrameworkCore;

namespace Academy.Payments.Fulfilment;

public enum FulfilmentOutcome
{
    /// <summary>This call marked the order paid and enrolled the learner.</summary>
    Fulfilled,

    /// <summary>An earlier call did; nothing changed. Duplicates and races end here.</summary>
    AlreadyFulfilled,

    /// <summary>The session is not paid yet (an asynchronous method such as SEPA Direct Debit).</summary>
    AwaitingPayment,

    /// <summary>The payment was refunded or disputed before it could be fulfilled; no access is granted.</summary>
    Revoked,

    /// <summary>No session, or no order of ours behind it.</summary>
    Unknown,
}

/// <summary>
/// Moves orders through their life: paid, failed, expired, refunded, disputed. Every step re-reads
/// the provider's session or works by conditional update, so Stripe's retries, its events in any
/// order, the success page and reconciliation can all call in at once and agree on one outcome.
/// </summary>
public sealed class OrderFulfilment(AcademyDb db, IPaymentProvider provider, TimeProvider clock)
{
    private static readonly OrderStatus[] Fulfillable = [OrderStatus.Pending, OrderStatus.AwaitingPayment, OrderStatus.Failed, OrderStatus.Expired];
    private static readonly OrderStatus[] Unpaid = [OrderStatus.Pending, OrderStatus.AwaitingPayment];

    /// <summary>The one idempotent fulfilment, keyed by the Checkout Session id.</summary>
    public async Task<FulfilmentOutcome> FulfilAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = await provider.FindSessionAsync(sessionId, cancellationToken);
        if (session?.OrderId is not { } orderId)
        {
            return FulfilmentOutcome.Unknown;
        }

        if (!session.IsPaid)
        {
            if (session.Status == "complete")
            {
                // The buyer finished checkout with a delayed method; say so until the money arrives.
                await db.Orders
                    .Where(o => o.Id == orderId && o.Status == OrderStatus.Pending)
                    .ExecuteUpdateAsync(set => set.SetProperty(o => o.Status, OrderStatus.AwaitingPayment), cancellationToken);
            }

            return FulfilmentOutcome.AwaitingPayment;
        }

        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null || (order.CheckoutSessionId is not null && order.CheckoutSessionId != session.Id))
        {
            return FulfilmentOutcome.Unknown;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The conditional update is the claim: of all concurrent callers, exactly one changes the row.
        var claimed = await db.Orders
            .Where(o => o.Id == orderId && Fulfillable.Contains(o.Status))
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(o => o.Status, OrderStatus.Paid)
                    .SetProperty(o => o.PaidAtUtc, now)
                    .SetProperty(o => o.CheckoutSessionId, session.Id)
                    .SetProperty(o => o.PaymentIntentId, o => session.PaymentIntentId ?? o.PaymentIntentId),
                cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            var status = await db.Orders.Where(o => o.Id == orderId).Select(o => o.Status).FirstAsync(cancellationToken);
            return status == OrderStatus.Paid ? FulfilmentOutcome.AlreadyFulfilled : FulfilmentOutcome.Revoked;
        }

        db.Enrolments.AddRange(order.CourseSlugs.Select(course => new Enrolment
        {
            LearnerId = order.LearnerId,
            CourseSlug = course,
            OrderId = order.Id,
            GrantedAtUtc = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return FulfilmentOutcome.Fulfilled;
    }

    /// <summary>An asynchronous payment failed: the order fails unless something already settled it.</summary>
    public Task<bool> MarkFailedAsync(string sessionId, CancellationToken cancellationToken) =>
        CloseUnpaidAsync(sessionId, OrderStatus.Failed, cancellationToken);

    /// <summary>The buyer never paid within the session's lifetime.</summary>
    public Task<bool> MarkExpiredAsync(string sessionId, CancellationToken cancellationToken) =>
        CloseUnpaidAsync(sessionId, OrderStatus.Expired, cancellationToken);

    /// <summary>A full refund revokes the order's access; a partial one is recorded and access stays.</summary>
    public async Task<bool> RecordRefundAsync(string paymentIntentId, long refundedCents, bool fullRefund, CancellationToken cancellationToken)
    {
        var orderId = await OrderForPaymentAsync(paymentIntentId, cancellationToken);
        if (orderId is null)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Each charge.refunded carries the running total, and events arrive in any order: an older,
        // smaller total must not overwrite a newer one.
        if (fullRefund)
        {
            await db.Orders.Where(o => o.Id == orderId).ExecuteUpdateAsync(
                set => set
                    .SetProperty(o => o.Status, OrderStatus.Refunded)
                    .SetProperty(o => o.RefundedCents, o => o.RefundedCents > refundedCents ? o.RefundedCents : refundedCents)
                    .SetProperty(o => o.PaymentIntentId, paymentIntentId)
                    .SetProperty(o => o.ClosedAtUtc, now),
                cancellationToken);
            await RevokeAsync(orderId.Value, EnrolmentRevocation.Refunded, now, cancellationToken);
        }
        else
        {
            await db.Orders.Where(o => o.Id == orderId).ExecuteUpdateAsync(
                set => set
                    .SetProperty(o => o.RefundedCents, o => o.RefundedCents > refundedCents ? o.RefundedCents : refundedCents)
                    .SetProperty(o => o.PaymentIntentId, paymentIntentId),
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>A chargeback: the money is contested, so access ends until the agency resolves it.</summary>
    public async Task<bool> RecordDisputeAsync(string paymentIntentId, CancellationToken cancellationToken)
    {
        var orderId = await OrderForPaymentAsync(paymentIntentId, cancellationToken);
        if (orderId is null)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Orders.Where(o => o.Id == orderId).ExecuteUpdateAsync(
            set => set
                .SetProperty(o => o.Status, OrderStatus.Disputed)
                .SetProperty(o => o.PaymentIntentId, paymentIntentId)
                .SetProperty(o => o.ClosedAtUtc, now),
            cancellationToken);
        await RevokeAsync(orderId.Value, EnrolmentRevocation.Disputed, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<bool> CloseUnpaidAsync(string sessionId, OrderStatus status, CancellationToken cancellationToken)
    {
        var session = await provider.FindSessionAsync(sessionId, cancellationToken);
        if (session?.OrderId is not { } orderId)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Orders
            .Where(o => o.Id == orderId && Unpaid.Contains(o.Status))
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.Status, status).SetProperty(o => o.ClosedAtUtc, now), cancellationToken);
        return changed > 0;
    }

    private Task RevokeAsync(Guid orderId, EnrolmentRevocation reason, DateTime now, CancellationToken cancellationToken) =>
        db.Enrolments
            .Where(e => e.OrderId == orderId && e.RevokedAtUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.RevokedAtUtc, now).SetProperty(e => e.RevokedBecause, reason), cancellationToken);

    /// <summary>
    /// Refunds and disputes name the payment, not the session. Before fulfilment has stored the
    /// payment on the order (events arrive in any order), the provider knows which session it was.
    /// </summary>
    private async Task<Guid?> OrderForPaymentAsync(string? paymentIntentId, CancellationToken cancellationToken)
    {
        // EF turns a comparison with null into IS NULL, which every order awaiting payment matches.
        if (string.IsNullOrEmpty(paymentIntentId))
        {
            return null;
        }

        var known = await db.Orders.Where(o => o.PaymentIntentId == paymentIntentId).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);
        if (known is not null)
        {
            return known;
        }

        var session = await provider.FindSessionByPaymentAsync(paymentIntentId, cancellationToken);
        return session?.OrderId is { } orderId && await db.Orders.AnyAsync(o => o.Id == orderId, cancellationToken) ? orderId : null;
    }
}
