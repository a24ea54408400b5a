using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Academy.Web.Tests;

/// <summary>Keeps the warnings and errors a site logged, so a test can check that nothing failed on the server.</summary>
public sealed class SiteLog : ILoggerProvider
{
    private readonly ConcurrentQueue<SiteLogEntry> entries = new();

    public IReadOnlyCollection<SiteLogEntry> Entries => entries;

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<SiteLogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue(new SiteLogEntry(category, logLevel, eventId, formatter(state, exception), exception));
            }
        }
    }
}

public sealed record SiteLogEntry(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception)
{
    public override string ToString() =>
        $"{Level} {Category}[{EventId.Id}]: {Message}{(Exception is null ? "" : $" ({Exception.GetType().Name}: {Exception.Message})")}";
}
