using Academy.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Purchases;

/// <summary>A learner's orders and enrolments, for the dashboard, the course page and checkout.</summary>
public sealed class LearnerPurchases(AcademyDb db)
{
    public async Task<IReadOnlyList<Order>> OrdersAsync(string learnerId, CancellationToken cancellationToken) =>
        await db.Orders.AsNoTracking()
            .Where(o => o.LearnerId == learnerId && o.Status != OrderStatus.Pending && o.Status != OrderStatus.Expired)
            .OrderByDescending(o => o.CreatedAtUtc)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Enrolment>> EnrolmentsAsync(string learnerId, CancellationToken cancellationToken) =>
        await db.Enrolments.AsNoTracking()
            .Where(e => e.LearnerId == learnerId)
            .OrderBy(e => e.GrantedAtUtc)
            .ToListAsync(cancellationToken);

    public Task<Order?> OrderForSessionAsync(string learnerId, string sessionId, CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.LearnerId == learnerId && o.CheckoutSessionId == sessionId, cancellationToken);

    public Task<Order?> OrderAsync(string learnerId, Guid orderId, CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.LearnerId == learnerId && o.Id == orderId, cancellationToken);
}
