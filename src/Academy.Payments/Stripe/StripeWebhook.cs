using System.Text.Json;
using Academy.Data;
using Academy.Payments.Fulfilment;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
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
        if (string.IsNullOrEmpty(options.Value.WebhookSecret))
        {
            // Only the Stripe provider needs the webhook, and it refuses to start without the secret.
            return Results.NotFound();
        }

        if (await ReadBodyAsync(request, cancellationToken) is not { } json)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var signature = request.Headers["Stripe-Signature"].ToString();
        if (signature.Length == 0)
        {
            LogRejected(logger, "no Stripe-Signature header");
            return Results.BadRequest("Invalid Stripe signature.");
        }

        try
        {
            EventUtility.ValidateSignature(json, signature, options.Value.WebhookSecret, tolerance: 300);
        }
        catch (StripeException exception)
        {
            LogRejected(logger, exception.Message);
            return Results.BadRequest("Invalid Stripe signature.");
        }

        // Signed by Stripe's secret, yet still input: a leaked secret or a bug must not turn into a 500.
        if (ParseEvent(json) is not { } stripeEvent)
        {
            LogRejected(logger, "the signed body is not a Stripe event");
            return Results.BadRequest("Not a Stripe event.");
        }

        if (stripeEvent.ApiVersion != StripeConfiguration.ApiVersion)
        {
            LogApiVersionMismatch(logger, stripeEvent.Id, stripeEvent.ApiVersion, StripeConfiguration.ApiVersion);
        }

        if (await db.PaymentEventReceipts.AnyAsync(r => r.EventId == stripeEvent.Id, cancellationToken))
        {
            return Results.Ok("Already handled.");
        }

        Dispatch outcome;
        try
        {
            outcome = await DispatchAsync(stripeEvent, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or StripeException or TimeoutException)
        {
            // Fulfilment re-reads the session from Stripe. Unrecorded, the event is redelivered later.
            LogStripeUnreachable(logger, stripeEvent.Id, exception.Message);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (outcome == Dispatch.Unusable)
        {
            LogRejected(logger, $"event {stripeEvent.Id} of type {stripeEvent.Type} does not carry the object its type promises");
            return Results.BadRequest("The event's object does not match its type.");
        }

        await RecordAsync(stripeEvent, cancellationToken);
        return Results.Ok(outcome == Dispatch.Handled ? "Handled." : "Ignored.");
    }

    /// <summary>The body as text, or null when it is larger than any Stripe event.</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        // A chunked body names no length; the server then stops reading it at the same limit.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        try
        {
            using var reader = new StreamReader(request.Body);
            return await reader.ReadToEndAsync(cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }

    /// <summary>The event, or null when the body lacks what every event has: an id, a type and a data object.</summary>
    private static Event? ParseEvent(string json)
    {
        try
        {
            // Stripe.net's parser assumes Stripe's shape and fails on others with whatever exception
            // the first missing piece causes; checking the envelope first keeps those out.
            using (var document = JsonDocument.Parse(json))
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object
                    || !root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(id.GetString())
                    || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(type.GetString())
                    || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
                    || !data.TryGetProperty("object", out var dataObject) || dataObject.ValueKind != JsonValueKind.Object)
                {
                    return null;
                }
            }

            return EventUtility.ParseEvent(json, throwOnApiVersionMismatch: false);
        }
        // ArgumentException: Stripe.net's parser refuses duplicate keys, which System.Text.Json accepts.
        catch (Exception exception) when (exception is System.Text.Json.JsonException or Newtonsoft.Json.JsonException or ArgumentException)
        {
            return null;
        }
    }

    private async Task<Dispatch> DispatchAsync(Event stripeEvent, CancellationToken cancellationToken)
    {
        switch (stripeEvent.Type, stripeEvent.Data.Object)
        {
            case (EventTypes.CheckoutSessionCompleted or EventTypes.CheckoutSessionAsyncPaymentSucceeded, Session { Id: { Length: > 0 } id }):
                // Fulfilment re-reads the session and fulfils only a paid one.
                await fulfilment.FulfilAsync(id, cancellationToken);
                return Dispatch.Handled;
            case (EventTypes.CheckoutSessionAsyncPaymentFailed, Session { Id: { Length: > 0 } id }):
                await fulfilment.MarkFailedAsync(id, cancellationToken);
                return Dispatch.Handled;
            case (EventTypes.CheckoutSessionExpired, Session { Id: { Length: > 0 } id }):
                await fulfilment.MarkExpiredAsync(id, cancellationToken);
                return Dispatch.Handled;
            case (EventTypes.CheckoutSessionCompleted or EventTypes.CheckoutSessionAsyncPaymentSucceeded or EventTypes.CheckoutSessionAsyncPaymentFailed or EventTypes.CheckoutSessionExpired, _):
                return Dispatch.Unusable;
            case (EventTypes.ChargeRefunded, Charge { PaymentIntentId: { Length: > 0 } paymentIntent } charge):
                await fulfilment.RecordRefundAsync(paymentIntent, charge.AmountRefunded, fullRefund: charge.Refunded, cancellationToken);
                return Dispatch.Handled;
            case (EventTypes.ChargeDisputeCreated, Dispute { PaymentIntentId: { Length: > 0 } paymentIntent }):
                await fulfilment.RecordDisputeAsync(paymentIntent, cancellationToken);
                return Dispatch.Handled;
            default:
                return Dispatch.Ignored;
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

    private enum Dispatch
    {
        Handled,
        Ignored,

        /// <summary>A checkout event without the session it is about; recording it would hide a delivery that needs a look.</summary>
        Unusable,
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe event {EventId} could not be handled now, Stripe will deliver it again: {Reason}")]
    private static partial void LogStripeUnreachable(ILogger logger, string eventId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe webhook rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe event {EventId} has API version {EventVersion}, but Stripe.net expects {ExpectedVersion}. Set the webhook endpoint's API version in the Stripe dashboard to match; handling it anyway.")]
    private static partial void LogApiVersionMismatch(ILogger logger, string eventId, string eventVersion, string expectedVersion);
}
