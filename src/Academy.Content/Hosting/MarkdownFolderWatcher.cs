using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Academy.Content.Hosting;

/// <summary>Asks for a refresh whenever a file in the Markdown folder changes.</summary>
internal sealed class MarkdownFolderWatcher(IOptions<ContentOptions> options, ContentRefresher refresher) : IHostedService, IDisposable
{
    private FileSystemWatcher? watcher;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsUmbraco)
        {
            return Task.CompletedTask;
        }

        watcher = new FileSystemWatcher(options.Value.Path!)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, change) => refresher.RequestRefresh($"changed {change.Name}");
        watcher.Created += (_, change) => refresher.RequestRefresh($"created {change.Name}");
        watcher.Deleted += (_, change) => refresher.RequestRefresh($"deleted {change.Name}");
        // Atomic saves write a temp file and rename it over the original; that arrives as a rename.
        watcher.Renamed += (_, change) => refresher.RequestRefresh($"renamed {change.Name}");
        // A lost event (buffer overflow) could hide a change, so reload to be sure.
        watcher.Error += (_, _) => refresher.RequestRefresh("watcher overflow");
        watcher.EnableRaisingEvents = true;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (watcher is not null)
        {
            watcher.EnableRaisingEvents = false;
        }

        return Task.CompletedTask;
    }

    public void Dispose() => watcher?.Dispose();
}
