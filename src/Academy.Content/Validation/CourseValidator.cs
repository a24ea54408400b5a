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
            .WithMessage(course => ContentRules.SlugMessage("Kurs", course.Slug))
            .WithState(course => course.Location);
        RuleFor(course => course.Title)
            .NotEmpty()
            .WithMessage("'title' fehlt oder ist leer")
            .WithState(course => course.At("title"));
        RuleFor(course => course.Summary)
            .NotEmpty()
            .WithMessage("'summary' fehlt oder ist leer")
            .WithState(course => course.At("summary"));
        RuleFor(course => course.Order)
            .Must(ContentRules.IsWholeNumber)
            .When(course => course.Order is not null)
            .WithMessage(course => $"'order' muss eine ganze Zahl sein, nicht '{course.Order}'")
            .WithState(course => course.At("order"));
        RuleFor(course => course.Modules)
            .NotEmpty()
            .When(_ => !itemOnly)
            .WithMessage(course => $"Der Kurs '{course.Slug}' hat keine Module; leg einen Ordner wie 01-<modul> mit einer module.md an")
            .WithState(course => course.Location);
        RuleFor(course => course).Custom((course, context) =>
        {
            ReportDuplicates(context, course.Modules, module => module.Slug, module => module.Location,
                (slug, first) => $"Der Modul-Slug '{slug}' wird schon von {first.Path} verwendet; jedes Modul eines Kurses braucht einen eigenen Slug");
            ReportDuplicates(context, course.Modules.SelectMany(module => module.Lessons), lesson => lesson.Slug, lesson => lesson.Location,
                (slug, first) => $"Der Lektions-Slug '{slug}' wird schon von {first.Path} verwendet; jede Lektion eines Kurses braucht einen eigenen Slug");
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
