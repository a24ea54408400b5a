using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Stripe;

namespace Academy.Payments.Tests;

/// <summary>
/// Stripe's Checkout Sessions API on 127.0.0.1, as far as Stripe.net 53.1.0 uses it: form-encoded
/// requests in, Stripe-shaped JSON out. Tests move sessions along (paid, paid later, expired) the way
/// a buyer would, and get the signed events Stripe would send about them.
/// </summary>
public sealed class FakeStripe : IAsyncDisposable
{
    public const string WebhookSecret = "whsec_test";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly object gate = new();
    private readonly List<FakeSession> sessions = [];
    private readonly List<StripeRequest> requests = [];
    private readonly Dictionary<string, FakeSession> byIdempotencyKey = [];
    private readonly WebApplication app;

    private FakeStripe(WebApplication app) => this.app = app;

    public string Url => app.Urls.First();

    /// <summary>When set, Stripe refuses our key (401), as after the key was rolled; Stripe.net does not retry that.</summary>
    public bool RefusesKey { get; set; }

    /// <summary>Stripe caps a page at 100; a test lowers this to make listings page.</summary>
    public int MaxPageSize { get; set; } = 100;

    public IReadOnlyList<StripeRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    public static async Task<FakeStripe> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeStripe(builder.Build());
        fake.app.MapPost("/v1/checkout/sessions", fake.CreateAsync);
        fake.app.MapGet("/v1/checkout/sessions/{id}", fake.Retrieve);
        fake.app.MapGet("/v1/checkout/sessions", fake.List);
        await fake.app.StartAsync();
        return fake;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    /// <summary>The buyer paid by card: complete and paid at once.</summary>
    public void MarkPaid(string sessionId) => Update(sessionId, session =>
    {
        session.Status = "complete";
        session.PaymentStatus = "paid";
        session.PaymentIntent ??= "pi_" + Guid.NewGuid().ToString("N");
    });

    /// <summary>The buyer chose SEPA Direct Debit: complete, with a payment that has not arrived yet.</summary>
    public void MarkPaidLater(string sessionId) => Update(sessionId, session =>
    {
        session.Status = "complete";
        session.PaymentStatus = "unpaid";
        session.PaymentIntent ??= "pi_" + Guid.NewGuid().ToString("N");
    });

    public void MarkExpired(string sessionId) => Update(sessionId, session => session.Status = "expired");

    public void Backdate(string sessionId, DateTimeOffset created) => Update(sessionId, session => session.Created = created.ToUnixTimeSeconds());

    public string PaymentIntentOf(string sessionId)
    {
        lock (gate)
        {
            return Find(sessionId)?.PaymentIntent ?? throw new InvalidOperationException($"Session {sessionId} has no payment yet.");
        }
    }

    /// <summary>A checkout.session.* event carrying the session as it is now.</summary>
    public StripeTestEvent SessionEvent(string type, string sessionId, string? apiVersion = null)
    {
        lock (gate)
        {
            return Envelope(type, ToJson(Find(sessionId) ?? throw new KeyNotFoundException(sessionId)), apiVersion);
        }
    }

    /// <summary>charge.refunded for the session's payment; Stripe sends the running total refunded.</summary>
    public StripeTestEvent ChargeRefunded(string sessionId, long amountRefunded)
    {
        lock (gate)
        {
            var session = Find(sessionId) ?? throw new KeyNotFoundException(sessionId);
            return Envelope(EventTypes.ChargeRefunded, new
            {
                id = "ch_" + session.PaymentIntent![3..],
                @object = "charge",
                amount = session.AmountTotal,
                amount_captured = session.AmountTotal,
                amount_refunded = amountRefunded,
                captured = true,
                created = session.Created,
                currency = "eur",
                livemode = false,
                metadata = new Dictionary<string, string>(),
                paid = true,
                payment_intent = session.PaymentIntent,
                refunded = amountRefunded >= session.AmountTotal,
                status = "succeeded",
            });
        }
    }

    public StripeTestEvent DisputeCreated(string sessionId)
    {
        lock (gate)
        {
            var session = Find(sessionId) ?? throw new KeyNotFoundException(sessionId);
            return Envelope(EventTypes.ChargeDisputeCreated, new
            {
                id = "du_" + Guid.NewGuid().ToString("N"),
                @object = "dispute",
                amount = session.AmountTotal,
                charge = "ch_" + session.PaymentIntent![3..],
                created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                currency = "eur",
                is_charge_refundable = false,
                livemode = false,
                metadata = new Dictionary<string, string>(),
                payment_intent = session.PaymentIntent,
                reason = "fraudulent",
                status = "needs_response",
            });
        }
    }

    /// <summary>Any event, such as one of the many types Academy does not handle.</summary>
    public static StripeTestEvent Event(string type, object dataObject, string? apiVersion = null) => Envelope(type, dataObject, apiVersion);

    public static string Sign(string payload, string secret = WebhookSecret, DateTimeOffset? at = null) =>
        EventUtility.GenerateSignatureHeader(payload, secret, at?.ToUnixTimeSeconds());

    private static StripeTestEvent Envelope(string type, object dataObject, string? apiVersion = null)
    {
        var id = "evt_" + Guid.NewGuid().ToString("N");
        var json = JsonSerializer.Serialize(
            new
            {
                id,
                @object = "event",
                api_version = apiVersion ?? StripeConfiguration.ApiVersion,
                created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                data = new { @object = dataObject },
                livemode = false,
                pending_webhooks = 1,
                request = new { id = (string?)null, idempotency_key = (string?)null },
                type,
            },
            Json);
        return new StripeTestEvent(id, type, json);
    }

    private async Task<IResult> CreateAsync(HttpRequest request)
    {
        var form = (await request.ReadFormAsync()).ToDictionary(field => field.Key, field => field.Value.ToString(), StringComparer.Ordinal);
        var idempotencyKey = request.Headers["Idempotency-Key"].ToString();
        lock (gate)
        {
            requests.Add(new StripeRequest(request.Method, request.Path, form, idempotencyKey, request.Headers.Authorization.ToString()));
            if (idempotencyKey.Length > 0 && byIdempotencyKey.TryGetValue(idempotencyKey, out var earlier))
            {
                return Results.Json(ToJson(earlier), Json);
            }

            var id = "cs_test_" + Guid.NewGuid().ToString("N");
            var session = new FakeSession
            {
                Id = id,
                Created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ClientReferenceId = form.GetValueOrDefault("client_reference_id"),
                Metadata = form
                    .Where(field => field.Key.StartsWith("metadata[", StringComparison.Ordinal))
                    .ToDictionary(field => field.Key["metadata[".Length..^1], field => field.Value, StringComparer.Ordinal),
                AmountTotal = long.Parse(form.GetValueOrDefault("line_items[0][price_data][unit_amount]") ?? "0", CultureInfo.InvariantCulture),
                Form = form,
            };
            sessions.Add(session);
            if (idempotencyKey.Length > 0)
            {
                byIdempotencyKey[idempotencyKey] = session;
            }

            return Results.Json(ToJson(session), Json);
        }
    }

    private IResult Retrieve(HttpRequest request, string id)
    {
        lock (gate)
        {
            requests.Add(new StripeRequest(request.Method, request.Path, Query(request), "", request.Headers.Authorization.ToString()));
            if (RefusesKey)
            {
                return Results.Json(new { error = new { message = "Invalid API Key provided", type = "invalid_request_error" } }, Json, statusCode: StatusCodes.Status401Unauthorized);
            }

            return Find(id) is { } session
                ? Results.Json(ToJson(session), Json)
                : Results.Json(
                    new { error = new { code = "resource_missing", message = $"No such checkout.session: '{id}'", param = "session", type = "invalid_request_error" } },
                    Json,
                    statusCode: StatusCodes.Status404NotFound);
        }
    }

    private IResult List(HttpRequest request)
    {
        var query = Query(request);
        var limit = Math.Min(int.Parse(query.GetValueOrDefault("limit") ?? "10", CultureInfo.InvariantCulture), MaxPageSize);
        var createdSince = query.TryGetValue("created[gte]", out var gte) ? long.Parse(gte, CultureInfo.InvariantCulture) : long.MinValue;
        lock (gate)
        {
            requests.Add(new StripeRequest(request.Method, request.Path, query, "", request.Headers.Authorization.ToString()));
            // Stripe lists newest first; starting_after continues after the last id of the previous page.
            var matching = sessions
                .Where(s => s.Created >= createdSince)
                .Where(s => !query.TryGetValue("payment_intent", out var paymentIntent) || s.PaymentIntent == paymentIntent)
                .OrderByDescending(s => s.Created)
                .ThenByDescending(s => sessions.IndexOf(s))
                .ToList();
            if (query.TryGetValue("starting_after", out var after))
            {
                matching = [.. matching.SkipWhile(s => s.Id != after).Skip(1)];
            }

            return Results.Json(
                new { @object = "list", data = matching.Take(limit).Select(ToJson).ToList(), has_more = matching.Count > limit, url = "/v1/checkout/sessions" },
                Json);
        }
    }

    private static Dictionary<string, string> Query(HttpRequest request) =>
        request.Query.ToDictionary(field => field.Key, field => field.Value.ToString(), StringComparer.Ordinal);

    private FakeSession? Find(string id) => sessions.Find(s => s.Id == id);

    private void Update(string sessionId, Action<FakeSession> change)
    {
        lock (gate)
        {
            change(Find(sessionId) ?? throw new KeyNotFoundException(sessionId));
        }
    }

    private object ToJson(FakeSession session) => new
    {
        id = session.Id,
        @object = "checkout.session",
        allow_promotion_codes = session.Form.GetValueOrDefault("allow_promotion_codes") == "true",
        amount_subtotal = session.AmountTotal,
        amount_total = session.AmountTotal,
        automatic_tax = new { enabled = session.Form.GetValueOrDefault("automatic_tax[enabled]") == "true", status = (string?)null },
        cancel_url = session.Form.GetValueOrDefault("cancel_url"),
        client_reference_id = session.ClientReferenceId,
        created = session.Created,
        currency = "eur",
        customer_email = session.Form.GetValueOrDefault("customer_email"),
        expires_at = session.Created + 24 * 60 * 60,
        livemode = false,
        locale = session.Form.GetValueOrDefault("locale"),
        metadata = session.Metadata,
        mode = "payment",
        payment_intent = session.PaymentIntent,
        payment_status = session.PaymentStatus,
        status = session.Status,
        success_url = session.Form.GetValueOrDefault("success_url"),
        ui_mode = "hosted_page",
        url = session.Status == "open" ? $"{Url}/c/pay/{session.Id}" : null,
    };

    private sealed class FakeSession
    {
        public required string Id { get; init; }

        public long Created { get; set; }

        public string Status { get; set; } = "open";

        public string PaymentStatus { get; set; } = "unpaid";

        public string? PaymentIntent { get; set; }

        public string? ClientReferenceId { get; init; }

        public required Dictionary<string, string> Metadata { get; init; }

        public long AmountTotal { get; init; }

        public required Dictionary<string, string> Form { get; init; }
    }
}

/// <summary>One request Stripe.net sent: the form (bracket keys as sent) for POST, the query for GET.</summary>
public sealed record StripeRequest(string Method, string Path, IReadOnlyDictionary<string, string> Fields, string IdempotencyKey, string Authorization);

public sealed record StripeTestEvent(string Id, string Type, string Json);
