namespace Academy.Content.Definitions;

/// <param name="Packages">Null when the source defines no packages at all (no packages.yml).</param>
/// <param name="Assessments">The diagnostic checks; null or empty when there are none.</param>
public sealed record CatalogueDefinition(
    IReadOnlyList<CourseDefinition> Courses,
    PackagesDefinition? Packages = null,
    IReadOnlyList<AssessmentDefinition>? Assessments = null);
