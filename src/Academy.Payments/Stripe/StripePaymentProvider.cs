using Academy.Payments.Checkout;
using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;
using CheckoutSession = Academy.Payments.Checkout.CheckoutSession;

namespace Academy.Payments.Stripe;

/// <summary>Stripe Checkout through Stripe.net, on a typed HttpClient so tests can point it at a local fake.</summary>
public sealed class StripePaymentProvider(HttpClient http, IOptions<StripeOptions> options) : IPaymentProvider
{
    public const string ProviderName = "Stripe";
    public const string OrderIdKey = "order_id";

    private readonly StripeClient client = new(new StripeClientOptions
    {
        ApiKey = options.Value.SecretKey,
        ApiBase = string.IsNullOrWhiteSpace(options.Value.ApiBase) ? null : options.Value.ApiBase,
        // Retries belong to the resilience handler of the HttpClient, not to a second layer here.
        HttpClient = new SystemNetHttpClient(http, maxNetworkRetries: 0),
    });

    public string Name => ProviderName;

    public async Task<CheckoutRedirect> StartCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var session = await client.V1.Checkout.Sessions.CreateAsync(
            new SessionCreateOptions
            {
                Mode = "payment",
                Currency = "eur",
                Locale = "de",
                ClientReferenceId = request.OrderId.ToString(),
                CustomerEmail = request.LearnerEmail,
                Metadata = new Dictionary<string, string>
                {
                    [OrderIdKey] = request.OrderId.ToString(),
                    ["package_slug"] = request.PackageSlug,
                    ["learner_id"] = request.LearnerId,
                },
                LineItems = [LineItem(request)],
                SuccessUrl = request.SuccessUrl,
                CancelUrl = request.CancelUrl,
                AllowPromotionCodes = true,
                AutomaticTax = new SessionAutomaticTaxOptions { Enabled = settings.AutomaticTax },
                AllowedPaymentMethodTypes = settings.PaymentMethodTypes.Count == 0 ? null : [.. settings.PaymentMethodTypes],
            },
            // One order, one session: a retried request must not open a second one.
            new RequestOptions { IdempotencyKey = $"checkout-{request.OrderId}" },
            cancellationToken);
        return new CheckoutRedirect(session.Id, session.Url);
    }

    public async Task<CheckoutSession?> FindSessionAsync(string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            return ToCheckoutSession(await client.V1.Checkout.Sessions.GetAsync(sessionId, cancellationToken: cancellationToken));
        }
        catch (StripeException exception) when (exception.HttpStatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<CheckoutSession?> FindSessionByPaymentAsync(string paymentIntentId, CancellationToken cancellationToken)
    {
        var page = await client.V1.Checkout.Sessions.ListAsync(
            new SessionListOptions { PaymentIntent = paymentIntentId, Limit = 1 },
            cancellationToken: cancellationToken);
        return page.Data.Select(ToCheckoutSession).FirstOrDefault();
    }

    public async Task<IReadOnlyList<CheckoutSession>> ListSessionsAsync(DateTimeOffset createdSince, CancellationToken cancellationToken)
    {
        var sessions = new List<CheckoutSession>();
        var listing = client.V1.Checkout.Sessions.ListAutoPagingAsync(
            new SessionListOptions { Created = new DateRangeOptions { GreaterThanOrEqual = createdSince.UtcDateTime }, Limit = 100 },
            cancellationToken: cancellationToken);
        await foreach (var session in listing.WithCancellation(cancellationToken))
        {
            sessions.Add(ToCheckoutSession(session));
        }

        return sessions;
    }

    private static SessionLineItemOptions LineItem(CheckoutRequest request) =>
        request.StripePriceId is { Length: > 0 } price
            ? new SessionLineItemOptions { Price = price, Quantity = 1 }
            : new SessionLineItemOptions
            {
                Quantity = 1,
                PriceData = new SessionLineItemPriceDataOptions
                {
                    Currency = "eur",
                    UnitAmount = request.AmountCents,
                    ProductData = new SessionLineItemPriceDataProductDataOptions { Name = request.PackageTitle },
                },
            };

    private static CheckoutSession ToCheckoutSession(Session session) =>
        new(
            session.Id,
            session.Metadata is not null && session.Metadata.TryGetValue(OrderIdKey, out var id) && Guid.TryParse(id, out var orderId) ? orderId
                : Guid.TryParse(session.ClientReferenceId, out var reference) ? reference : null,
            session.Status,
            session.PaymentStatus,
            session.AmountTotal,
            session.PaymentIntentId,
            new DateTimeOffset(DateTime.SpecifyKind(session.Created, DateTimeKind.Utc)));
}
