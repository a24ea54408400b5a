namespace Academy.Content.Definitions;

/// <param name="Number">The 1-based position in the file, used in messages.</param>
/// <param name="Description">The package description in Markdown.</param>
/// <param name="Courses">Null when the field is missing.</param>
/// <param name="Price">Gross EUR cents as written; validated, not parsed, on read.</param>
public sealed record PackageDefinition(
    int Number,
    string? Slug,
    string? Title,
    string? Description,
    IReadOnlyList<CourseReference>? Courses,
    string? Price,
    string? StripePrice,
    SourceLocation Location,
    IReadOnlyDictionary<string, int> FieldLines)
    : Definition(Location, FieldLines);

/// <summary>A course named by slug, with where it was named, so an unknown or repeated one points at its line.</summary>
public sealed record CourseReference(string Slug, SourceLocation Location);
