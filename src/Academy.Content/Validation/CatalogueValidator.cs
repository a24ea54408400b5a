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
                    context.Fail(course.Location, $"Der Kurs-Slug '{course.Slug}' wird schon von {first.Location.Path} verwendet; jeder Kurs braucht einen eigenen Slug");
                }
            }
        });
        RuleForEach(catalogue => catalogue.Courses).SetValidator(new CourseValidator());
        RuleFor(catalogue => catalogue.Packages!).SetValidator(new PackagesValidator()).When(catalogue => catalogue.Packages is not null);
        RuleFor(catalogue => catalogue).Custom(CheckPackageCourses).When(catalogue => catalogue.Packages is not null);
        RuleForEach(catalogue => catalogue.Assessments).SetValidator(new AssessmentValidator());
        RuleFor(catalogue => catalogue).Custom(CheckRecommendations);
    }

    /// <summary>A check recommends what the site can show: a course page or a package on /packages.</summary>
    private static void CheckRecommendations(CatalogueDefinition catalogue, ValidationContext<CatalogueDefinition> context)
    {
        var courses = catalogue.Courses.Select(course => course.Slug).ToHashSet(StringComparer.Ordinal);
        var packages = (catalogue.Packages?.Packages ?? []).Select(package => package.Slug).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var known = $"Kurse: {List(courses)}; Pakete: {List(packages)}";
        foreach (var outcome in (catalogue.Assessments ?? []).SelectMany(assessment => assessment.Outcomes ?? []))
        {
            foreach (var slug in (outcome.Recommend ?? []).Where(slug => !courses.Contains(slug.Slug) && !packages.Contains(slug.Slug)))
            {
                context.Fail(slug.Location, $"Ergebnis {outcome.Number}: '{slug.Slug}' ist weder ein Kurs noch ein Paket; {known}");
            }
        }

        static string List(IEnumerable<string> slugs) => slugs.Any() ? string.Join(", ", slugs.Order(StringComparer.Ordinal)) : "keine";
    }

    /// <summary>Packages and courses must match both ways: a package sells real courses, and every course is for sale.</summary>
    private static void CheckPackageCourses(CatalogueDefinition catalogue, ValidationContext<CatalogueDefinition> context)
    {
        var packages = catalogue.Packages!.Packages ?? [];
        var known = catalogue.Courses.Select(course => course.Slug).ToHashSet(StringComparer.Ordinal);
        var knownList = known.Count == 0 ? "es gibt keine Kurse" : $"bekannte Kurse: {string.Join(", ", known.Order(StringComparer.Ordinal))}";
        foreach (var package in packages)
        {
            foreach (var course in (package.Courses ?? []).Where(course => !known.Contains(course.Slug)))
            {
                context.Fail(course.Location, $"Paket {package.Number}: den Kurs '{course.Slug}' gibt es nicht; {knownList}");
            }
        }

        var sold = packages.SelectMany(package => package.Courses ?? []).Select(course => course.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var course in catalogue.Courses.Where(course => !sold.Contains(course.Slug)))
        {
            context.Fail(course.Location, $"Der Kurs '{course.Slug}' steht in keinem Paket in {catalogue.Packages.Location.Path}, also kann ihn niemand kaufen");
        }
    }
}
