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

    /// <summary>When the snapshot was last refreshed and what the last failed refresh reported.</summary>
    public ContentStatus Status => Volatile.Read(ref status);

    public void Replace(Catalogue catalogue)
    {
        Volatile.Write(ref current, catalogue);
        Volatile.Write(ref status, new ContentStatus(clock.GetUtcNow(), []));
    }

    /// <summary>Records a refresh that failed; the last good snapshot stays current.</summary>
    public void RecordFailure(IReadOnlyList<ContentError> errors) =>
        Volatile.Write(ref status, Status with { LastErrors = errors });
}

/// <param name="LastRefreshed">When a valid catalogue was last swapped in; null before the first one.</param>
/// <param name="LastErrors">The errors of the latest refresh attempt; empty when it succeeded.</param>
public sealed record ContentStatus(DateTimeOffset? LastRefreshed, IReadOnlyList<ContentError> LastErrors)
{
    public static ContentStatus NotLoaded { get; } = new(null, []);
}
