using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Academy.Content.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Academy.Content.Umbraco;

/// <summary>
/// POST /webhooks/umbraco: Umbraco says an item was published, unpublished or deleted. It answers
/// at once and refreshes in the background, so Umbraco's 10-second retry never fires for a slow fetch.
/// </summary>
internal static partial class UmbracoWebhook
{
    public const string Route = "/webhooks/umbraco";
    public const string EventHeader = "Umb-Webhook-Event";

    private const int MaxBodyBytes = 1024 * 1024;

    private static readonly string[] Events = ["Umbraco.ContentPublish", "Umbraco.ContentUnpublish", "Umbraco.ContentDelete"];

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        IOptions<ContentOptions> content,
        IOptions<UmbracoOptions> options,
        UmbracoAliases aliases,
        ContentRefresher refresher,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(UmbracoWebhook));
        if (!content.Value.IsUmbraco)
        {
            return Results.NotFound();
        }

        // Umbraco does not sign webhooks; the secret header it sends is the only proof.
        if (!SecretMatches(context.Request.Headers[options.Value.WebhookSecretHeader].ToString(), options.Value.WebhookSecret))
        {
            LogRefused(logger, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            return Results.Unauthorized();
        }

        var name = context.Request.Headers[EventHeader].ToString();
        if (!Events.Contains(name, StringComparer.Ordinal))
        {
            // A 2xx stops Umbraco retrying an event Academy has no use for.
            return Results.Ok(new { ignored = name });
        }

        if (await ReadAsync(context.Request) is not var (id, contentType))
        {
            return Results.BadRequest(new { error = "The body must be JSON with the item's \"id\", as Umbraco sends it." });
        }

        // Publishes of the agency's other pages say their type; only unpublish and delete bodies,
        // which carry the id alone, leave it open.
        if (contentType is not null && aliases.RoleOf(contentType) is null)
        {
            return Results.Ok(new { ignored = contentType });
        }

        refresher.RequestRefresh($"{name} {id}");
        return Results.Accepted(value: new { refreshing = id });
    }

    /// <summary>Compares hashes, so neither the content nor the length of the secret leaks through timing.</summary>
    private static bool SecretMatches(string given, string? expected) =>
        !string.IsNullOrEmpty(given) && !string.IsNullOrEmpty(expected)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    /// <summary>The item's id from any payload type (Legacy, Minimal and Extended all carry "id"), and its type where the body names it.</summary>
    private static async Task<(Guid Id, string? ContentType)?> ReadAsync(HttpRequest request)
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
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || !id.TryGetGuid(out var guid))
            {
                return null;
            }

            return (guid, root.TryGetProperty("contentType", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null);
        }
        catch (Exception exception) when (exception is JsonException or BadHttpRequestException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an Umbraco webhook from {Remote}: the secret header is missing or wrong")]
    private static partial void LogRefused(ILogger logger, string remote);
}
