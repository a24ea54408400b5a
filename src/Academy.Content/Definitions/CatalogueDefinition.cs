namespace Academy.Content.Definitions;

/// <param name="Packages">Null when the source defines no packages at all (no packages.yml).</param>
public sealed record CatalogueDefinition(IReadOnlyList<CourseDefinition> Courses, PackagesDefinition? Packages = null);
