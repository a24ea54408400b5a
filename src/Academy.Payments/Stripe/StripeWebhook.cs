using Academy.Data;
using Academy.Payments.Fulfilment;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

namespace Academy.Payments.Stripe;

/// <summary>
/// POST /webhooks/stripe. Verifies Stripe's signature on the raw body, then hands each event to
/// fulfilment. Stripe delivers at least once, in any order, for three days; every handler is
/// idempotent and each event id is recorded once it was handled.
/// </summary>
public sealed partial class StripeWebhook(AcademyDb db, OrderFulfilment fulfilment, IOptions<StripeOptions> options, TimeProvider clock, ILogger<StripeWebhook> logger)
{
    // Stripe's own limit for an event payload is far below this; anything larger is not from Stripe.
    private const int MaxBodyBytes = 512 * 1024;

    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(cancellationToken);
        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(
                json, request.Headers["Stripe-Signature"], options.Value.WebhookSecret, tolerance: 300, throwOnApiVersionMismatch: false);
        }
        catch (StripeException exception)
        {
            LogRejected(logger, exception.Message);
            return Results.BadRequest("Invalid Stripe signature.");
        }

        if (stripeEvent.ApiVersion != StripeConfiguration.ApiVersion)
        {
            LogApiVersionMismatch(logger, stripeEvent.Id, stripeEvent.ApiVersion, StripeConfiguration.ApiVersion);
        }

        if (await db.PaymentEventReceipts.AnyAsync(r => r.EventId == stripeEvent.Id, cancellationToken))
        {
            return Results.Ok("Already handled.");
        }

        var handled = await DispatchAsync(stripeEvent, cancellationToken);
        await RecordAsync(stripeEvent, cancellationToken);
        return Results.Ok(handled ? "Handled." : "Ignored.");
    }

    private async Task<bool> DispatchAsync(Event stripeEvent, CancellationToken cancellationToken)
    {
        switch (stripeEvent.Type, stripeEvent.Data.Object)
        {
            case (EventTypes.CheckoutSessionCompleted or EventTypes.CheckoutSessionAsyncPaymentSucceeded, Session session):
                // Fulfilment re-reads the session and fulfils only a paid one.
                await fulfilment.FulfilAsync(session.Id, cancellationToken);
                return true;
            case (EventTypes.CheckoutSessionAsyncPaymentFailed, Session session):
                await fulfilment.MarkFailedAsync(session.Id, cancellationToken);
                return true;
            case (EventTypes.CheckoutSessionExpired, Session session):
                await fulfilment.MarkExpiredAsync(session.Id, cancellationToken);
                return true;
            case (EventTypes.ChargeRefunded, Charge { PaymentIntentId: { } paymentIntent } charge):
                await fulfilment.RecordRefundAsync(paymentIntent, charge.AmountRefunded, fullRefund: charge.Refunded, cancellationToken);
                return true;
            case (EventTypes.ChargeDisputeCreated, Dispute { PaymentIntentId: { } paymentIntent }):
                await fulfilment.RecordDisputeAsync(paymentIntent, cancellationToken);
                return true;
            default:
                return false;
        }
    }

    private async Task RecordAsync(Event stripeEvent, CancellationToken cancellationToken)
    {
        db.PaymentEventReceipts.Add(new PaymentEventReceipt { EventId = stripeEvent.Id, Type = stripeEvent.Type, HandledAtUtc = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent delivery of the same event recorded it first; both handled it idempotently.
            db.ChangeTracker.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe webhook rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe event {EventId} has API version {EventVersion}, but Stripe.net expects {ExpectedVersion}. Set the webhook endpoint's API version in the Stripe dashboard to match; handling it anyway.")]
    private static partial void LogApiVersionMismatch(ILogger logger, string eventId, string eventVersion, string expectedVersion);
}
