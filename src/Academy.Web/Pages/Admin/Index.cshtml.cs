using Academy.Content;
using Academy.Data;
using Academy.Payments.Checkout;
using Academy.Payments.Development;
using Academy.Payments.Fulfilment;
using Academy.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Pages.Admin;

/// <summary>The agency's view: sales, refunds, enrolments and completion, and reconciliation on demand.</summary>
[Authorize(Roles = AdminAccountOptions.Role)]
public sealed class IndexModel(AcademyDb db, CatalogueStore catalogue, IPaymentProvider provider, Reconciliation reconciliation, OrderFulfilment fulfilment, DevelopmentPaymentProvider development, TimeProvider clock)
    : PageModel
{
    private const int RecentOrders = 100;

    public IReadOnlyList<OrderRow> Orders { get; private set; } = [];

    public IReadOnlyList<PackageSales> Sales { get; private set; } = [];

    public IReadOnlyList<CourseEnrolments> Courses { get; private set; } = [];

    public long RevenueCents => Sales.Sum(s => s.RevenueCents);

    public long RefundedCents { get; private set; }

    public IReadOnlyList<ReconciledSession>? Reconciled { get; private set; }

    public string? Message { get; private set; }

    public bool IsDevelopmentProvider => provider.Name == DevelopmentPaymentProvider.ProviderName;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostReconcileAsync(CancellationToken cancellationToken)
    {
        Reconciled = await reconciliation.RunAsync(clock.GetUtcNow().AddDays(-3), cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    // The Development provider has no dashboard: these stand in for what Stripe would report by webhook,
    // and go through the very same fulfilment calls.
    public Task<IActionResult> OnPostSettleAsync(Guid order, CancellationToken cancellationToken) =>
        SimulateAsync(order, async (_, session) =>
        {
            development.Settle(session.Id);
            await fulfilment.FulfilAsync(session.Id, cancellationToken);
        }, cancellationToken);

    public Task<IActionResult> OnPostRefundAsync(Guid order, CancellationToken cancellationToken) =>
        SimulateAsync(order, (found, session) => fulfilment.RecordRefundAsync(session.PaymentIntentId!, found.AmountCents, fullRefund: true, cancellationToken), cancellationToken, needsPayment: true);

    public Task<IActionResult> OnPostDisputeAsync(Guid order, CancellationToken cancellationToken) =>
        SimulateAsync(order, (_, session) => fulfilment.RecordDisputeAsync(session.PaymentIntentId!, cancellationToken), cancellationToken, needsPayment: true);

    private async Task<IActionResult> SimulateAsync(
        Guid orderId, Func<Order, CheckoutSession, Task> simulate, CancellationToken cancellationToken, bool needsPayment = false)
    {
        if (!IsDevelopmentProvider)
        {
            return NotFound();
        }

        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order?.CheckoutSessionId is not { } sessionId || await development.FindSessionAsync(sessionId, cancellationToken) is not { } session)
        {
            return NotFound();
        }

        // As with Stripe, only money that arrived can be refunded or disputed; a debit still on its way cannot.
        if (needsPayment && (order.Status != OrderStatus.Paid || session.PaymentIntentId is null))
        {
            return BadRequest("Only a paid order can be refunded or disputed.");
        }

        await simulate(order, session);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var orders = await db.Orders.AsNoTracking()
            .OrderByDescending(o => o.CreatedAtUtc)
            .Take(RecentOrders)
            .Join(db.Users, o => o.LearnerId, u => u.Id, (o, u) => new OrderRow(o, u.Email ?? ""))
            .ToListAsync(cancellationToken);
        Orders = orders;

        var paid = await db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Paid || o.Status == OrderStatus.Refunded || o.Status == OrderStatus.Disputed)
            .Select(o => new { o.PackageTitle, o.PackageSlug, o.AmountCents, o.RefundedCents, o.Status })
            .ToListAsync(cancellationToken);
        Sales = [.. paid
            .GroupBy(o => (o.PackageSlug, o.PackageTitle))
            .Select(g => new PackageSales(
                g.Key.PackageTitle,
                g.Count(),
                g.Sum(o => o.Status == OrderStatus.Disputed ? 0 : o.AmountCents - o.RefundedCents),
                g.Count(o => o.Status is OrderStatus.Refunded or OrderStatus.Disputed)))
            .OrderByDescending(s => s.RevenueCents)];
        RefundedCents = paid.Sum(o => o.RefundedCents);

        var snapshot = catalogue.Current;
        var active = await db.Enrolments.AsNoTracking()
            .Where(e => e.RevokedAtUtc == null)
            .Select(e => new { e.CourseSlug, e.LearnerId })
            .Distinct()
            .ToListAsync(cancellationToken);
        var done = await db.LessonCompletions.AsNoTracking()
            .GroupBy(c => new { c.CourseSlug, c.LearnerId })
            .Select(g => new { g.Key.CourseSlug, g.Key.LearnerId, Lessons = g.Count() })
            .ToListAsync(cancellationToken);
        Courses = [.. snapshot.Courses.Select(course =>
        {
            var enrolled = active.Where(e => e.CourseSlug == course.Slug).Select(e => e.LearnerId).ToHashSet();
            var completed = done.Count(d => d.CourseSlug == course.Slug && enrolled.Contains(d.LearnerId) && d.Lessons >= course.Lessons.Count);
            return new CourseEnrolments(course.Title, enrolled.Count, completed);
        })];
    }

    public sealed record OrderRow(Order Order, string Email);

    public sealed record PackageSales(string Package, int Orders, long RevenueCents, int RefundedOrDisputed);

    public sealed record CourseEnrolments(string Course, int ActiveEnrolments, int Completed);
}
