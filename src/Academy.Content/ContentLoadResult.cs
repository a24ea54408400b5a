using Academy.Domain.Catalogue;

namespace Academy.Content;

/// <summary>Either a valid catalogue or every error that prevents one.</summary>
public sealed record ContentLoadResult(Catalogue? Catalogue, IReadOnlyList<ContentError> Errors)
{
    public bool Succeeded => Catalogue is not null && Errors.Count == 0;
}
