using Microsoft.Extensions.Options;

namespace Academy.Content.Markdown;

/// <summary>The content/ folder as the site's source. Its files are the drafts and the published content at once.</summary>
internal sealed class MarkdownContentSource(IOptions<ContentOptions> options) : IContentSource
{
    public string Name => ContentOptions.MarkdownSource;

    public string Address => options.Value.Path!;

    // The folder watcher reports every change.
    public TimeSpan? PollInterval => null;

    // A file read mid-write is whole a moment later.
    public TimeSpan RetryInterval => TimeSpan.FromMilliseconds(250);

    public Task<ContentLoadResult> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = MarkdownFolderSource.Load(Address);
            // Errors name files relative to the folder; logs and the startup failure name them in full.
            return Task.FromResult(result.Succeeded ? result : result with { Errors = [.. result.Errors.Select(error => error.Under(Address))] });
        }
        catch (IOException exception)
        {
            throw new ContentSourceUnavailableException($"The content folder {Address} could not be read: {exception.Message}", exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new ContentSourceUnavailableException($"The content folder {Address} could not be read: {exception.Message}", exception);
        }
    }

    // The folder itself is the last good content's only home; git keeps its history.
    public Task<SavedContent?> LoadSavedAsync(CancellationToken cancellationToken) => Task.FromResult<SavedContent?>(null);

    public Task<ContentLoadResult> LoadPreviewAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);
}
