namespace Academy.Content.Definitions;

/// <summary>The packages the agency sells, as one source wrote them (packages.yml).</summary>
/// <param name="Packages">Null when the field is missing.</param>
public sealed record PackagesDefinition(
    IReadOnlyList<PackageDefinition>? Packages,
    SourceLocation Location,
    IReadOnlyDictionary<string, int> FieldLines)
    : Definition(Location, FieldLines);
