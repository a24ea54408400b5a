namespace Academy.Content.Definitions;

public sealed record CatalogueDefinition(IReadOnlyList<CourseDefinition> Courses);
