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
    }
}
