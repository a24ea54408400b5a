using Academy.Content.Definitions;
using Academy.Domain.Quizzes;
using FluentValidation;

namespace Academy.Content.Validation;

/// <param name="itemOnly">Judges the module's own fields only, for a CMS that publishes a module before its lessons.</param>
public sealed class ModuleValidator : AbstractValidator<ModuleDefinition>
{
    public ModuleValidator(bool itemOnly = false)
    {
        RuleFor(module => module.Slug)
            .Must(ContentRules.IsValidSlug)
            .WithMessage(module => ContentRules.SlugMessage("Modul", module.Slug))
            .WithState(module => module.Location);
        RuleFor(module => module.Slug)
            .NotEqual(Quiz.PracticeSlug, StringComparer.Ordinal)
            .WithMessage(module => $"Der Modul-Slug '{module.Slug}' ist reserviert: /courses/<kurs>/quiz/{Quiz.PracticeSlug} ist der Übungspool des Kurses (practice.yml); benenne den Modulordner um")
            .WithState(module => module.Location);
        RuleFor(module => module.Title)
            .NotEmpty()
            .WithMessage("'title' fehlt oder ist leer")
            .WithState(module => module.At("title"));
        RuleFor(module => module.Lessons)
            .NotEmpty()
            .When(_ => !itemOnly)
            .WithMessage(module => $"Das Modul '{module.Slug}' hat keine Lektionen; leg eine Datei wie 01-<lektion>.md an")
            .WithState(module => module.Location);
        RuleForEach(module => module.Lessons).SetValidator(new LessonValidator());
        RuleFor(module => module.Quiz!).SetValidator(new QuizValidator()).When(module => module.Quiz is not null);
    }
}
