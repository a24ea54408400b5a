using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Academy.Content.Hosting;

/// <summary>
/// Loads the content before the site serves its first request, and again whenever the source
/// changes (a saved file, an Umbraco webhook, a poll, the admin's button). A bad or failed load
/// keeps the last good catalogue; refreshes never overlap, and a burst of requests makes one.
/// </summary>
public sealed partial class ContentRefresher(IContentSource source, CatalogueStore store, ILogger<ContentRefresher> logger)
    : IHostedService, IDisposable
{
    // Editors save in bursts, and Umbraco sends one webhook per item of a publish-with-descendants.
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(250);

    private readonly SemaphoreSlim refreshing = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private Timer? debounce;
    private Timer? poll;
    private int refreshes;

    public IContentSource Source => source;

    /// <summary>How many refreshes ran since startup, the first load included.</summary>
    public int RefreshCount => Volatile.Read(ref refreshes);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        debounce = new Timer(_ => _ = RefreshInBackgroundAsync(), null, Timeout.Infinite, Timeout.Infinite);
        poll = new Timer(_ => _ = RefreshInBackgroundAsync(), null, Timeout.Infinite, Timeout.Infinite);
        Interlocked.Increment(ref refreshes);
        ContentLoadResult result;
        try
        {
            result = await source.LoadAsync(cancellationToken);
        }
        catch (ContentSourceUnavailableException exception)
        {
            store.RecordUnavailable(exception.Message);
            LogUnavailableAtStart(logger, source.Name, exception.Message);
            await RestoreSavedAsync(cancellationToken);
            SchedulePoll(source.RetryInterval);
            return;
        }

        if (!result.Succeeded)
        {
            // Content that was good on an earlier run beats no site at all; without it, startup fails
            // listing every error, so nobody ships a site with broken content unnoticed.
            store.RecordFailure(result.Errors);
            if (!await RestoreSavedAsync(cancellationToken))
            {
                throw new ContentLoadException(result.Errors);
            }

            LogRejected(logger, result.Errors.Count, string.Join(Environment.NewLine, result.Errors));
        }
        else
        {
            store.Replace(result.Catalogue!);
            LogLoaded(logger, result.Catalogue!.Courses.Count, result.Catalogue.LessonCount, source.Name, source.Address);
        }

        SchedulePoll(source.PollInterval);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        debounce?.Change(Timeout.Infinite, Timeout.Infinite);
        poll?.Change(Timeout.Infinite, Timeout.Infinite);
        stopping.Cancel();
        return Task.CompletedTask;
    }

    // The host may dispose the container before or after StopAsync; both only cancel, so either
    // order is safe, and the token source is never disposed under a refresh that still holds it.
    public void Dispose()
    {
        debounce?.Dispose();
        poll?.Dispose();
        stopping.Cancel();
    }

    /// <summary>Refreshes soon; requests within the debounce window make one refresh.</summary>
    public void RequestRefresh(string reason)
    {
        LogRequested(logger, reason);
        debounce?.Change(Debounce, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Refreshes now and returns what it found; waits for a refresh already running.</summary>
    public async Task<ContentStatus> RefreshAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping.Token);
        await refreshing.WaitAsync(linked.Token);
        try
        {
            Interlocked.Increment(ref refreshes);
            var result = await source.LoadAsync(linked.Token);
            if (result.Succeeded)
            {
                store.Replace(result.Catalogue!);
                LogReloaded(logger, result.Catalogue!.Courses.Count, result.Catalogue.LessonCount);
                SchedulePoll(source.PollInterval);
            }
            else
            {
                store.RecordFailure(result.Errors);
                LogRejected(logger, result.Errors.Count, string.Join(Environment.NewLine, result.Errors));
                SchedulePoll(source.PollInterval);
            }
        }
        catch (ContentSourceUnavailableException exception)
        {
            store.RecordUnavailable(exception.Message);
            LogUnavailable(logger, source.Name, exception.Message);
            SchedulePoll(source.RetryInterval);
        }
        finally
        {
            refreshing.Release();
        }

        return store.Status;
    }

    private async Task<bool> RestoreSavedAsync(CancellationToken cancellationToken)
    {
        var saved = await source.LoadSavedAsync(cancellationToken);
        if (saved is not { Result.Succeeded: true })
        {
            return false;
        }

        store.RestoreSaved(saved.Result.Catalogue!, saved.FetchedAt);
        LogRestored(logger, saved.FetchedAt, saved.Result.Catalogue!.Courses.Count);
        return true;
    }

    private void SchedulePoll(TimeSpan? after)
    {
        if (after is { } delay && !stopping.IsCancellationRequested)
        {
            poll?.Change(delay, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task RefreshInBackgroundAsync()
    {
        try
        {
            await RefreshAsync(stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception exception)
        {
            // This runs on a timer thread: an escaping exception would end the process, and a bad
            // content change must never take the site down.
            LogFailed(logger, exception);
            SchedulePoll(source.RetryInterval);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Courses} courses with {Lessons} lessons from {Source} at {Address}")]
    private static partial void LogLoaded(ILogger logger, int courses, int lessons, string source, string address);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content changed; now {Courses} courses with {Lessons} lessons")]
    private static partial void LogReloaded(ILogger logger, int courses, int lessons);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Content refresh requested: {Reason}")]
    private static partial void LogRequested(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content changed but has {Count} error(s); keeping the last good catalogue:\n{Errors}")]
    private static partial void LogRejected(ILogger logger, int count, string errors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Source} could not be read; keeping the last good catalogue and retrying: {Problem}")]
    private static partial void LogUnavailable(ILogger logger, string source, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Source} could not be read at startup; retrying: {Problem}")]
    private static partial void LogUnavailableAtStart(ILogger logger, string source, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Serving the content saved at {FetchedAt} ({Courses} courses) until the source gives good content")]
    private static partial void LogRestored(ILogger logger, DateTimeOffset fetchedAt, int courses);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content refresh failed; keeping the last good catalogue")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
