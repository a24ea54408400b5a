using Academy.Domain.Catalogue;

namespace Academy.Content;

/// <summary>Holds the current catalogue snapshot. Requests read it; a content change swaps it atomically.</summary>
public sealed class CatalogueStore
{
    private Catalogue current = Catalogue.Empty;

    public Catalogue Current => Volatile.Read(ref current);

    public void Replace(Catalogue catalogue) => Volatile.Write(ref current, catalogue);
}
