using Academy.Data;

namespace Academy.Payments.Checkout;

/// <summary>Starts a purchase: the order is recorded as pending first, so no payment can exist without it.</summary>
public sealed class OrderCheckout(AcademyDb db, IPaymentProvider provider, TimeProvider clock)
{
    public async Task<CheckoutRedirect> StartAsync(PackagePurchase purchase, string siteUrl, CancellationToken cancellationToken)
    {
        var order = new Order
        {
            Id = Guid.NewGuid(),
            LearnerId = purchase.LearnerId,
            PackageSlug = purchase.PackageSlug,
            PackageTitle = purchase.PackageTitle,
            CourseSlugs = [.. purchase.CourseSlugs],
            AmountCents = purchase.AmountCents,
            Provider = provider.Name,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Orders.Add(order);
        await db.SaveChangesAsync(cancellationToken);

        var site = siteUrl.TrimEnd('/');
        var redirect = await provider.StartCheckoutAsync(
            new CheckoutRequest(
                order.Id,
                purchase.LearnerId,
                purchase.LearnerEmail,
                purchase.PackageSlug,
                purchase.PackageTitle,
                purchase.AmountCents,
                purchase.StripePriceId,
                $"{site}/checkout/success?session_id={CheckoutSession.SuccessUrlPlaceholder}",
                $"{site}/checkout/cancelled?order={order.Id}"),
            cancellationToken);

        order.CheckoutSessionId = redirect.SessionId;
        await db.SaveChangesAsync(cancellationToken);
        return redirect;
    }
}

/// <summary>What a learner is buying, as the catalogue describes it right now.</summary>
public sealed record PackagePurchase(
    string LearnerId,
    string LearnerEmail,
    string PackageSlug,
    string PackageTitle,
    IReadOnlyList<string> CourseSlugs,
    long AmountCents,
    string? StripePriceId);
