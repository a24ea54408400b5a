using System.Text.Json;
using Academy.Content.Snapshot;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Academy.Content.Umbraco;

/// <summary>Umbraco's published content, read headless through the Delivery API; the last good fetch is kept on disk.</summary>
internal sealed partial class UmbracoContentSource(UmbracoDeliveryClient client, IOptions<UmbracoOptions> options, TimeProvider clock, ILogger<UmbracoContentSource> logger)
    : IContentSource
{
    private UmbracoOptions Settings => options.Value;

    public string Name => ContentOptions.UmbracoSource;

    public string Address => $"{Settings.DeliveryApiUrl} (start item {Settings.StartItem}, {Settings.Culture})";

    public TimeSpan? PollInterval => Settings.PollInterval;

    // Umbraco itself retries webhooks for under a minute, so trying again within that is enough.
    public TimeSpan RetryInterval => Settings.PollInterval < TimeSpan.FromSeconds(30) ? Settings.PollInterval : TimeSpan.FromSeconds(30);

    public async Task<ContentLoadResult> LoadAsync(CancellationToken cancellationToken)
    {
        var fetchedAt = clock.GetUtcNow();
        var items = await client.FetchAsync(preview: false, Settings.Culture, cancellationToken);
        var result = Build(items);
        if (result.Succeeded)
        {
            await SaveAsync(new UmbracoSnapshotFile.Snapshot(fetchedAt, Settings.DeliveryApiUrl!, Settings.StartItem!, Settings.Culture, items), cancellationToken);
        }

        return result;
    }

    public async Task<SavedContent?> LoadSavedAsync(CancellationToken cancellationToken)
    {
        try
        {
            var snapshot = await UmbracoSnapshotFile.LoadAsync(Settings.SnapshotPath, cancellationToken);
            return snapshot is null ? null : new SavedContent(Build(snapshot.Items), snapshot.FetchedAt);
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            LogUnreadableSnapshot(logger, Settings.SnapshotPath, exception);
            return null;
        }
    }

    public async Task<ContentLoadResult> LoadPreviewAsync(CancellationToken cancellationToken)
    {
        // Umbraco serves drafts only with a key; without one it would quietly answer with published content.
        if (string.IsNullOrWhiteSpace(Settings.ApiKey))
        {
            throw new ContentSourceUnavailableException("Previews need Academy:Umbraco:ApiKey, the Delivery API key of the Umbraco site; set it as an environment variable or user secret.");
        }

        return Build(await client.FetchAsync(preview: true, Settings.Culture, cancellationToken));
    }

    private ContentLoadResult Build(IReadOnlyList<JsonElement> raw)
    {
        var errors = new List<ContentError>();
        var items = new List<UmbracoItem>();
        foreach (var entry in raw)
        {
            if (UmbracoItem.Read(entry) is { } item)
            {
                items.Add(item);
            }
            else
            {
                errors.Add(new ContentError($"Umbraco item {Identify(entry)}", 0, "the Delivery API sent an item without an id, a content type or a route; check that it is published and has a URL"));
            }
        }

        var (definition, readErrors) = new UmbracoCatalogueReader(new UmbracoAliases(Settings.Aliases)).Read(items);
        return CatalogueCompiler.Compile(definition, [.. errors, .. readErrors]);
    }

    private async Task SaveAsync(UmbracoSnapshotFile.Snapshot snapshot, CancellationToken cancellationToken)
    {
        try
        {
            await UmbracoSnapshotFile.SaveAsync(Settings.SnapshotPath, snapshot, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The site still has the content in memory; only the next restart during an outage would miss it.
            LogUnwritableSnapshot(logger, Settings.SnapshotPath, exception);
        }
    }

    private static string Identify(JsonElement entry) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("name", out var name) ? $"\"{name}\"" : entry.ValueKind.ToString();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The saved Umbraco content at {Path} cannot be read; it is ignored")]
    private static partial void LogUnreadableSnapshot(ILogger logger, string path, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Umbraco content could not be saved to {Path}; a restart while Umbraco is down would start empty")]
    private static partial void LogUnwritableSnapshot(ILogger logger, string path, Exception exception);
}
