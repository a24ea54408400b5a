using Academy.Content.Definitions;
using FluentValidation;

namespace Academy.Content.Validation;

/// <param name="itemOnly">
/// Judges the course's own fields only, for a CMS that publishes a course before it has modules;
/// the whole catalogue is still judged with them.
/// </param>
public sealed class CourseValidator : AbstractValidator<CourseDefinition>
{
    public CourseValidator(bool itemOnly = false)
    {
        RuleFor(course => course.Slug)
            .Must(ContentRules.IsValidSlug)
            .WithMessage(course => ContentRules.SlugMessage("course", course.Slug))
            .WithState(course => course.Location);
        RuleFor(course => course.Title)
            .NotEmpty()
            .WithMessage("title is missing or empty")
            .WithState(course => course.At("title"));
        RuleFor(course => course.Summary)
            .NotEmpty()
            .WithMessage("summary is missing or empty")
            .WithState(course => course.At("summary"));
        RuleFor(course => course.Order)
            .Must(ContentRules.IsWholeNumber)
            .When(course => course.Order is not null)
            .WithMessage(course => $"order '{course.Order}' is not a whole number")
            .WithState(course => course.At("order"));
        RuleFor(course => course.Modules)
            .NotEmpty()
            .When(_ => !itemOnly)
            .WithMessage(course => $"course '{course.Slug}' has no modules; add a folder like 01-<module> with a module.md")
            .WithState(course => course.Location);
        RuleFor(course => course).Custom((course, context) =>
        {
            ReportDuplicates(context, course.Modules, module => module.Slug, module => module.Location,
                (slug, first) => $"module slug '{slug}' is already used by {first.Path}; module slugs must be unique within a course");
            ReportDuplicates(context, course.Modules.SelectMany(module => module.Lessons), lesson => lesson.Slug, lesson => lesson.Location,
                (slug, first) => $"lesson slug '{slug}' is already used by {first.Path}; lesson slugs must be unique within a course");
        });
        RuleForEach(course => course.Modules).SetValidator(new ModuleValidator());
        RuleFor(course => course.Practice!).SetValidator(new QuizValidator(isPracticePool: true)).When(course => course.Practice is not null);
    }

    private static void ReportDuplicates<T>(
        ValidationContext<CourseDefinition> context,
        IEnumerable<T> items,
        Func<T, string> slugOf,
        Func<T, SourceLocation> locationOf,
        Func<string, SourceLocation, string> message)
    {
        foreach (var duplicate in items.GroupBy(slugOf, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            var first = locationOf(duplicate.First());
            foreach (var item in duplicate.Skip(1))
            {
                context.Fail(locationOf(item), message(duplicate.Key, first));
            }
        }
    }
}
