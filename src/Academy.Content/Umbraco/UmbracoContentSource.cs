using System.Text.Json;
using Academy.Content.Snapshot;
using Academy.Domain.Catalogue;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using CultureItems = Academy.Content.Umbraco.UmbracoSnapshotFile.CultureItems;

namespace Academy.Content.Umbraco;

/// <summary>
/// Umbraco's published content, read headless through the Delivery API; the last good fetch is kept
/// on disk. Academy's document types are invariant, so one read serves the one configured culture.
/// </summary>
internal sealed partial class UmbracoContentSource(UmbracoDeliveryClient client, IOptions<UmbracoOptions> options, UmbracoAliases aliases, TimeProvider clock, ILogger<UmbracoContentSource> logger)
    : IContentSource
{
    private UmbracoOptions Settings => options.Value;

    public string Name => ContentOptions.UmbracoSource;

    public string Address => $"{Settings.DeliveryApiUrl} (start item {Settings.StartItem}, {string.Join(", ", Settings.Cultures)})";

    public TimeSpan? PollInterval => Settings.PollInterval;

    // Umbraco itself retries webhooks for under a minute, so trying again within that is enough.
    public TimeSpan RetryInterval => Settings.PollInterval < TimeSpan.FromSeconds(30) ? Settings.PollInterval : TimeSpan.FromSeconds(30);

    public async Task<ContentLoadResult> LoadAsync(CancellationToken cancellationToken)
    {
        var fetchedAt = clock.GetUtcNow();
        var items = await FetchAsync(preview: false, cancellationToken);
        var dropped = UmbracoPickerCheck.UnpublishedCourses(items[0].Items, await client.FetchPackagesInPreviewAsync(cancellationToken), aliases);
        var result = Build(items, dropped);
        if (result.Succeeded)
        {
            await SaveAsync(new UmbracoSnapshotFile.Snapshot(fetchedAt, Settings.DeliveryApiUrl!, Settings.StartItem!, items), cancellationToken);
        }

        return result;
    }

    public async Task<SavedContent?> LoadSavedAsync(CancellationToken cancellationToken)
    {
        try
        {
            var snapshot = await UmbracoSnapshotFile.LoadAsync(Settings.SnapshotPath, cancellationToken);
            if (snapshot is null)
            {
                return null;
            }

            // Content saved for other cultures than the settings name would serve the wrong language.
            if (!snapshot.Items.Select(entry => entry.Culture).SequenceEqual(Settings.Cultures, StringComparer.OrdinalIgnoreCase))
            {
                LogOtherCultures(logger, Settings.SnapshotPath, string.Join(", ", snapshot.Items.Select(entry => entry.Culture)));
                return null;
            }

            return new SavedContent(Build(snapshot.Items), snapshot.FetchedAt);
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            LogUnreadableSnapshot(logger, Settings.SnapshotPath, exception);
            return null;
        }
    }

    // Drafts need the API key, which the settings require.
    public async Task<ContentLoadResult> LoadPreviewAsync(CancellationToken cancellationToken) =>
        Build(await FetchAsync(preview: true, cancellationToken));

    // The snapshot file keeps a list by culture; with invariant types it holds the one configured culture.
    private async Task<List<CultureItems>> FetchAsync(bool preview, CancellationToken cancellationToken) =>
        [new CultureItems(Settings.Culture, await client.FetchAsync(preview, cancellationToken))];

    /// <summary>The catalogue of the content culture, through the whole validation.</summary>
    /// <param name="found">Errors found before reading, such as a package whose picker lost a course.</param>
    private ContentLoadResult Build(IReadOnlyList<CultureItems> cultures, IReadOnlyList<ContentError>? found = null)
    {
        var main = Read(cultures[0].Items);
        return Compile(main.Items, [.. found ?? [], .. main.Errors]);
    }

    private ContentLoadResult Compile(List<UmbracoItem> items, List<ContentError> errors)
    {
        var (definition, readErrors) = new UmbracoCatalogueReader(aliases).Read(items);
        return CatalogueCompiler.Compile(definition, [.. errors, .. readErrors]);
    }

    private static (List<UmbracoItem> Items, List<ContentError> Errors) Read(IReadOnlyList<JsonElement> raw)
    {
        var errors = new List<ContentError>();
        var items = new List<UmbracoItem>();
        var seen = new HashSet<Guid>();
        foreach (var entry in raw)
        {
            if (UmbracoItem.Read(entry) is { } item)
            {
                // A publish between two pages can shift an item onto the next page too.
                if (seen.Add(item.Id))
                {
                    items.Add(item);
                }
            }
            else
            {
                errors.Add(new ContentError($"Umbraco item {Identify(entry)}", 0, "the Delivery API sent an item without an id, a content type or a route; check that it is published and has a URL"));
            }
        }

        return (items, errors);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The saved Umbraco content at {Path} is for the cultures {Cultures}, not the configured ones; it is ignored")]
    private static partial void LogOtherCultures(ILogger logger, string path, string cultures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Umbraco content could not be saved to {Path}; a restart while Umbraco is down would start empty")]
    private static partial void LogUnwritableSnapshot(ILogger logger, string path, Exception exception);
}
