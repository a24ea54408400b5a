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
/// POST /webhooks/umbraco: something changed in Umbraco. Two senders reach it. The Academy.Umbraco
/// package posts a <see cref="ContentNotification"/> signed with <see cref="NotificationSignature"/>
/// the moment an editor acts. Umbraco's own webhooks are unsigned, carry the shared secret in a
/// header, and come from a queue that Umbraco sends every 10 seconds. Either way it answers at once
/// and refreshes in the background, so a slow fetch never makes the sender retry.
/// </summary>
internal static partial class UmbracoWebhook
{
    public const string Route = "/webhooks/umbraco";
    public const string EventHeader = "Umb-Webhook-Event";

    private const int MaxBodyBytes = 1024 * 1024;

    // Umbraco.Cms.Core.Webhooks.Events: ContentPublishedWebhookEvent, ContentUnpublishedWebhookEvent,
    // ContentDeletedWebhookEvent, ContentMovedToRecycleBinWebhookEvent, ContentMovedWebhookEvent and
    // ContentSortedWebhookEvent. Trashing, moving and sorting fire none of the first three.
    private static readonly string[] Events =
    [
        "Umbraco.ContentPublish", "Umbraco.ContentUnpublish", "Umbraco.ContentDelete",
        "Umbraco.ContentMovedToRecycleBin", "Umbraco.ContentMoved", "Umbraco.ContentSorted",
    ];

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        IOptions<ContentOptions> content,
        IOptions<UmbracoOptions> options,
        UmbracoAliases aliases,
        ContentRefresher refresher,
        TimeProvider clock,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(UmbracoWebhook));
        if (!content.Value.IsUmbraco)
        {
            return Results.NotFound();
        }

        var signature = context.Request.Headers[NotificationSignature.Header].ToString();
        if (signature.Length > 0)
        {
            return await HandleSignedAsync(context, signature, options.Value, refresher, clock, logger);
        }

        // Umbraco does not sign webhooks; the secret header it sends is the only proof.
        if (!SecretMatches(context.Request.Headers[options.Value.WebhookSecretHeader].ToString(), options.Value.WebhookSecret))
        {
            LogRefused(logger, context.Connection.RemoteIpAddress?.ToString() ?? "unknown", "the secret header is missing or wrong");
            return Results.Unauthorized();
        }

        var name = context.Request.Headers[EventHeader].ToString();
        if (!Events.Contains(name, StringComparer.Ordinal))
        {
            // A 2xx stops Umbraco retrying an event Academy has no use for.
            return Results.Ok(new { ignored = name });
        }

        if (await ReadBodyAsync(context.Request) is not { } body)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var items = Items(body);

        // Publishes of the agency's other pages say their type; unpublish, delete, move and trash
        // bodies carry the id alone, so those leave it open and refresh.
        if (items.Count > 0 && items.All(item => item.ContentType is not null && aliases.RoleOf(item.ContentType) is null))
        {
            return Results.Ok(new { ignored = items[0].ContentType });
        }

        var ids = items.Select(item => item.Id).OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0)
        {
            // A legacy publish body is null when Umbraco's cache lacked the item. A 400 would make
            // Umbraco retry five times and give up; the event alone is reason enough to refresh.
            refresher.RequestRefresh($"{name} without an id");
            return Results.Ok(new { refreshing = "all" });
        }

        refresher.RequestRefresh($"{name} {string.Join(", ", ids)}");
        return Results.Accepted(value: new { refreshing = ids });
    }

    private static async Task<IResult> HandleSignedAsync(HttpContext context, string signature, UmbracoOptions options, ContentRefresher refresher, TimeProvider clock, ILogger logger)
    {
        if (await ReadBodyAsync(context.Request) is not { } body)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (!NotificationSignature.Verify(body, signature, options.WebhookSecret, clock.GetUtcNow()))
        {
            LogRefused(logger, context.Connection.RemoteIpAddress?.ToString() ?? "unknown", "the signature does not match, or is older than five minutes");
            return Results.Unauthorized();
        }

        // Signed by our own package, which posts only for Academy's types: every one is worth a refresh.
        var notification = ContentNotification.FromJson(body);
        var ids = notification?.Ids ?? [];
        refresher.RequestRefresh($"Academy.Umbraco {notification?.Event ?? "notification"} {string.Join(", ", ids)}");
        return Results.Accepted(value: new { refreshing = ids });
    }

    /// <summary>Compares hashes, so neither the content nor the length of the secret leaks through timing.</summary>
    private static bool SecretMatches(string given, string? expected) =>
        !string.IsNullOrEmpty(given) && !string.IsNullOrEmpty(expected)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    /// <summary>The body as text, or null when it is larger than anything Umbraco or the package sends.</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request)
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
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            return await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }

    /// <summary>
    /// The items a webhook body names, with their type where it says. Umbraco sends one object per
    /// published, unpublished or deleted item (Legacy: the Delivery API item, or null; Minimal:
    /// <c>{ id }</c>), and one array per move, trash or sort: <c>[{ id }]</c>, <c>[{ id, sortOrder }]</c>,
    /// or in Legacy the move infos <c>[{ entity: { key, … }, originalPath, … }]</c> and Delivery API items.
    /// </summary>
    private static List<(Guid? Id, string? ContentType)> Items(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var elements = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            return [.. elements.Where(element => element.ValueKind == JsonValueKind.Object).Select(Item)];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static (Guid? Id, string? ContentType) Item(JsonElement item)
    {
        var id = GuidOf(item, "id") ?? GuidOf(item, "key");
        if (id is null && item.TryGetProperty("entity", out var entity) && entity.ValueKind == JsonValueKind.Object)
        {
            return Item(entity);
        }

        string? contentType = null;
        if (item.TryGetProperty("contentType", out var type))
        {
            contentType = type.ValueKind switch
            {
                JsonValueKind.String => type.GetString(),
                JsonValueKind.Object when type.TryGetProperty("alias", out var alias) && alias.ValueKind == JsonValueKind.String => alias.GetString(),
                _ => null,
            };
        }

        return (id, contentType);
    }

    private static Guid? GuidOf(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.TryGetGuid(out var guid) ? guid : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an Umbraco webhook from {Remote}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string remote, string reason);
}
