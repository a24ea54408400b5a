using Academy.Domain.Catalogue;

namespace Academy.Content;

/// <summary>Holds the current catalogue snapshot. Requests read it; a content change swaps it atomically.</summary>
public sealed class CatalogueStore(TimeProvider clock)
{
    private Catalogue current = Catalogue.Empty;
    private ContentStatus status = ContentStatus.NotLoaded;

    public CatalogueStore()
        : this(TimeProvider.System)
    {
    }

    public Catalogue Current => Volatile.Read(ref current);

    /// <summary>When the snapshot was last refreshed and what the latest attempt found.</summary>
    public ContentStatus Status => Volatile.Read(ref status);

    public void Replace(Catalogue catalogue)
    {
        var now = clock.GetUtcNow();
        Volatile.Write(ref current, catalogue);
        Volatile.Write(ref status, new ContentStatus(now, []) { LastAttempt = now, Outcome = RefreshOutcome.Refreshed });
    }

    /// <summary>Serves content kept from an earlier run because the source cannot give a good one now.</summary>
    public void RestoreSaved(Catalogue catalogue, DateTimeOffset fetchedAt)
    {
        Volatile.Write(ref current, catalogue);
        Volatile.Write(ref status, Status with { LastRefreshed = fetchedAt, SavedSince = fetchedAt });
    }

    /// <summary>Records a refresh whose content failed validation; the last good snapshot stays current.</summary>
    public void RecordFailure(IReadOnlyList<ContentError> errors) =>
        Volatile.Write(ref status, Status with { LastErrors = errors, LastAttempt = clock.GetUtcNow(), Outcome = RefreshOutcome.Invalid, Problem = null });

    /// <summary>Records a refresh that could not reach the source; the last good snapshot stays current.</summary>
    public void RecordUnavailable(string problem) =>
        Volatile.Write(ref status, Status with { LastErrors = [], LastAttempt = clock.GetUtcNow(), Outcome = RefreshOutcome.Unavailable, Problem = problem });
}

/// <param name="LastRefreshed">When the catalogue being served was fetched; null before the first one.</param>
/// <param name="LastErrors">The validation errors of the latest attempt; empty when it did not fail validation.</param>
public sealed record ContentStatus(DateTimeOffset? LastRefreshed, IReadOnlyList<ContentError> LastErrors)
{
    public static ContentStatus NotLoaded { get; } = new(null, []);

    public DateTimeOffset? LastAttempt { get; init; }

    public RefreshOutcome Outcome { get; init; }

    /// <summary>Why the source could not be read, when <see cref="Outcome"/> is <see cref="RefreshOutcome.Unavailable"/>.</summary>
    public string? Problem { get; init; }

    /// <summary>Set while the catalogue is the one kept on disk, fetched at this time.</summary>
    public DateTimeOffset? SavedSince { get; init; }
}

public enum RefreshOutcome
{
    NotLoaded,
    Refreshed,
    Invalid,
    Unavailable,
}
