using Academy.Content.Definitions;
using FluentValidation;

namespace Academy.Content.Validation;

/// <summary>The whole rule set. It judges definitions, not files, so every content source shares it.</summary>
public sealed class CatalogueValidator : AbstractValidator<CatalogueDefinition>
{
    public CatalogueValidator()
    {
        RuleFor(catalogue => catalogue.Courses).Custom((courses, context) =>
        {
            foreach (var duplicate in courses.GroupBy(course => course.Slug, StringComparer.Ordinal).Where(group => group.Count() > 1))
            {
                var first = duplicate.First();
                foreach (var course in duplicate.Skip(1))
                {
                    context.Fail(course.Location, $"course slug '{course.Slug}' is already used by {first.Location.Path}; course slugs must be unique");
                }
            }
        });
        RuleForEach(catalogue => catalogue.Courses).SetValidator(new CourseValidator());
        RuleFor(catalogue => catalogue.Packages!).SetValidator(new PackagesValidator()).When(catalogue => catalogue.Packages is not null);
        RuleFor(catalogue => catalogue).Custom(CheckPackageCourses).When(catalogue => catalogue.Packages is not null);
    }

    /// <summary>Packages and courses must match both ways: a package sells real courses, and every course is for sale.</summary>
    private static void CheckPackageCourses(CatalogueDefinition catalogue, ValidationContext<CatalogueDefinition> context)
    {
        var packages = catalogue.Packages!.Packages ?? [];
        var known = catalogue.Courses.Select(course => course.Slug).ToHashSet(StringComparer.Ordinal);
        var knownList = known.Count == 0 ? "there are none" : $"known courses: {string.Join(", ", known.Order(StringComparer.Ordinal))}";
        foreach (var package in packages)
        {
            foreach (var course in (package.Courses ?? []).Where(course => !known.Contains(course.Slug)))
            {
                context.Fail(course.Location, $"package {package.Number}: course '{course.Slug}' does not exist; {knownList}");
            }
        }

        var sold = packages.SelectMany(package => package.Courses ?? []).Select(course => course.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var course in catalogue.Courses.Where(course => !sold.Contains(course.Slug)))
        {
            context.Fail(course.Location, $"course '{course.Slug}' is in no package in {catalogue.Packages.Location.Path}, so nobody can buy it");
        }
    }
}
