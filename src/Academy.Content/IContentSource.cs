namespace Academy.Content;

/// <summary>
/// Where the catalogue comes from: the Markdown folder or Umbraco's Delivery API. Both read into
/// the same definitions and go through the same validation; the refresher decides when to load.
/// </summary>
public interface IContentSource
{
    /// <summary>"Markdown" or "Umbraco", for the admin page and logs.</summary>
    string Name { get; }

    /// <summary>The folder or the URL, for the admin page and logs.</summary>
    string Address { get; }

    /// <summary>How often to look for changes on its own; null when the source signals changes itself.</summary>
    TimeSpan? PollInterval { get; }

    /// <summary>How soon to try again after the source could not be reached.</summary>
    TimeSpan RetryInterval { get; }

    /// <summary>Reads, validates and builds the published content; a valid result is kept as the last good one.</summary>
    /// <exception cref="ContentSourceUnavailableException">The source could not be read at all.</exception>
    Task<ContentLoadResult> LoadAsync(CancellationToken cancellationToken);

    /// <summary>The last good content kept from an earlier run, or null when there is none.</summary>
    Task<SavedContent?> LoadSavedAsync(CancellationToken cancellationToken);

    /// <summary>Drafts included: what the content would be if everything were published now.</summary>
    /// <exception cref="ContentSourceUnavailableException">The source could not be read at all.</exception>
    Task<ContentLoadResult> LoadPreviewAsync(CancellationToken cancellationToken);
}

/// <summary>Content kept on disk by an earlier run, and when it was fetched.</summary>
public sealed record SavedContent(ContentLoadResult Result, DateTimeOffset FetchedAt);

/// <summary>The source could not be read: Umbraco is down, slow or answered nonsense; a file was mid-write.</summary>
public sealed class ContentSourceUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
