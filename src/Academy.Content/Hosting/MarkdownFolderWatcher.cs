using Academy.Content.Markdown;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Academy.Content.Hosting;

/// <summary>
/// Loads the Markdown folder before the site serves its first request, then rebuilds the snapshot
/// whenever a file changes. A bad change keeps the last good catalogue.
/// </summary>
internal sealed partial class MarkdownFolderWatcher(IOptions<ContentOptions> options, CatalogueStore store, ILogger<MarkdownFolderWatcher> logger)
    : IHostedService, IDisposable
{
    // Editors save in bursts (temp file, rename, touch); one reload per burst is enough.
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(250);

    private readonly Lock reloading = new();
    private FileSystemWatcher? watcher;
    private Timer? timer;

    private string Folder => options.Value.Path!;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var result = Load();
        if (!result.Succeeded)
        {
            store.RecordFailure(result.Errors);
            throw new ContentLoadException(result.Errors);
        }

        store.Replace(result.Catalogue!);
        LogLoaded(logger, result.Catalogue!.Courses.Count, result.Catalogue.LessonCount, Folder);

        timer = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        watcher = new FileSystemWatcher(Folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, _) => ScheduleReload();
        watcher.Created += (_, _) => ScheduleReload();
        watcher.Deleted += (_, _) => ScheduleReload();
        // Atomic saves write a temp file and rename it over the original; that arrives as a rename.
        watcher.Renamed += (_, _) => ScheduleReload();
        // A lost event (buffer overflow) could hide a change, so reload to be sure.
        watcher.Error += (_, _) => ScheduleReload();
        watcher.EnableRaisingEvents = true;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (watcher is not null)
        {
            watcher.EnableRaisingEvents = false;
        }

        timer?.Change(Timeout.Infinite, Timeout.Infinite);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        watcher?.Dispose();
        timer?.Dispose();
    }

    private void ScheduleReload() => timer?.Change(Debounce, Timeout.InfiniteTimeSpan);

    private ContentLoadResult Load()
    {
        var result = MarkdownFolderSource.Load(Folder);
        // Errors name files relative to the folder; logs and the startup failure name them in full.
        return result.Succeeded ? result : result with { Errors = [.. result.Errors.Select(error => error.Under(Folder))] };
    }

    private void Reload()
    {
        // The timer can fire again while a slow reload runs; reloads must not overlap or reorder.
        lock (reloading)
        {
            try
            {
                var result = Load();
                if (result.Succeeded)
                {
                    store.Replace(result.Catalogue!);
                    LogReloaded(logger, result.Catalogue!.Courses.Count, result.Catalogue.LessonCount);
                    return;
                }

                store.RecordFailure(result.Errors);
                LogRejected(logger, result.Errors.Count, string.Join(Environment.NewLine, result.Errors));
            }
            catch (IOException exception)
            {
                // A file can be mid-write or gone between listing and reading; the next event retries.
                LogUnreadable(logger, exception);
                ScheduleReload();
            }
            catch (Exception exception)
            {
                // This runs on a timer thread: an escaping exception would end the process, and a
                // bad content change must never take the site down.
                LogUnreadable(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Courses} courses with {Lessons} lessons from {Folder}")]
    private static partial void LogLoaded(ILogger logger, int courses, int lessons, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content changed; now {Courses} courses with {Lessons} lessons")]
    private static partial void LogReloaded(ILogger logger, int courses, int lessons);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content changed but has {Count} error(s); keeping the last good catalogue:\n{Errors}")]
    private static partial void LogRejected(ILogger logger, int count, string errors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content could not be read; will retry on the next change")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);
}
