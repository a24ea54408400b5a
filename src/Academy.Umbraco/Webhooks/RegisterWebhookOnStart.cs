using Academy.Content.Umbraco;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace Academy.Umbraco.Webhooks;

/// <summary>
/// Registers the webhook that makes Academy.Web refresh its catalogue, when Academy:Umbraco:Webhook:Url
/// is set, so nobody has to click it together in the backoffice. It is found again by its URL: a
/// changed secret, a missing event or a missing Academy document type is updated, and events,
/// types or headers someone added stay. It fires only for Academy's document types
/// (<see cref="IWebhook.ContentTypeKeys"/>), so the agency's own pages do not make Academy refresh.
/// </summary>
public sealed class RegisterWebhookOnStart(
    IRuntimeState runtime,
    IWebhookService webhooks,
    IContentTypeService contentTypes,
    UmbracoAliases aliases,
    IOptions<AcademyUmbracoOptions> options,
    ILogger<RegisterWebhookOnStart> logger)
    : INotificationAsyncHandler<UmbracoApplicationStartedNotification>
{
    private const string Name = "Academy";

    public async Task HandleAsync(UmbracoApplicationStartedNotification notification, CancellationToken cancellationToken)
    {
        var settings = options.Value.Webhook;
        if (string.IsNullOrWhiteSpace(settings.Url) || runtime.Level != RuntimeLevel.Run)
        {
            return;
        }

        try
        {
            await RegisterAsync(settings);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The agency's site must start anyway; the webhook can be added by hand until the next start.
            logger.LogError(exception, "Registering the Academy webhook to {Url} failed; register it under Settings > Webhooks instead.", settings.Url);
        }
    }

    private async Task RegisterAsync(WebhookOptions settings)
    {
        var url = settings.Url!;
        var events = settings.EventsInUse.ToArray();
        var typeKeys = AcademyDocumentTypeKeys();
        var existing = await FindAsync(url);
        if (existing is null)
        {
            var created = await webhooks.CreateAsync(new Webhook(url, enabled: true, entityKeys: typeKeys, events: events, headers: new Dictionary<string, string> { [settings.HeaderName] = settings.Secret! })
            {
                Name = Name,
                Description = "Tells Academy to refresh its catalogue after a change.",
            });
            Log(created.Success, created.Status, "registered");
            return;
        }

        var missingEvents = events.Except(existing.Events, StringComparer.Ordinal).ToArray();
        var missingTypes = typeKeys.Except(existing.ContentTypeKeys).ToArray();
        var secretChanged = !existing.Headers.TryGetValue(settings.HeaderName, out var secret) || secret != settings.Secret;
        if (!existing.Enabled)
        {
            logger.LogWarning("The Academy webhook to {Url} is disabled in the backoffice, so Academy does not see changes until it is enabled again.", settings.Url);
        }

        if (missingEvents.Length == 0 && missingTypes.Length == 0 && !secretChanged)
        {
            return;
        }

        existing.Events = [.. existing.Events, .. missingEvents];
        existing.ContentTypeKeys = [.. existing.ContentTypeKeys, .. missingTypes];
        existing.Headers = new Dictionary<string, string>(existing.Headers) { [settings.HeaderName] = settings.Secret! };
        var updated = await webhooks.UpdateAsync(existing);
        Log(updated.Success, updated.Status, "updated");
    }

    /// <summary>
    /// The keys of Academy's document types (element types never fire content events). A type the
    /// installer made has its stable key; one an older package made is found by its alias.
    /// </summary>
    private Guid[] AcademyDocumentTypeKeys() =>
        [.. UmbracoContentModel.Types
            .Where(type => !type.IsElement)
            .Select(type => contentTypes.Get(aliases[type.Role])?.Key ?? aliases.TypeKey(type.Role))];

    private async Task<IWebhook?> FindAsync(string url)
    {
        const int page = 100;
        for (var skip = 0; ; skip += page)
        {
            var found = await webhooks.GetAllAsync(skip, page);
            if (found.Items.FirstOrDefault(webhook => string.Equals(webhook.Url, url, StringComparison.OrdinalIgnoreCase)) is { } webhook)
            {
                return webhook;
            }

            if (skip + page >= found.Total)
            {
                return null;
            }
        }
    }

    private void Log(bool success, object status, string what)
    {
        if (success)
        {
            logger.LogInformation("Academy webhook {What}.", what);
        }
        else
        {
            logger.LogError("The Academy webhook could not be {What}: {Status}. Register it in the backoffice under Settings > Webhooks instead.", what, status);
        }
    }
}
