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
            .WithMessage(module => ContentRules.SlugMessage("module", module.Slug))
            .WithState(module => module.Location);
        RuleFor(module => module.Slug)
            .NotEqual(Quiz.PracticeSlug, StringComparer.Ordinal)
            .WithMessage(module => $"module slug '{module.Slug}' is reserved: /courses/<course>/quiz/{Quiz.PracticeSlug} is the course's practice pool (practice.yml); rename the module folder")
            .WithState(module => module.Location);
        RuleFor(module => module.Title)
            .NotEmpty()
            .WithMessage("title is missing or empty")
            .WithState(module => module.At("title"));
        RuleFor(module => module.Lessons)
            .NotEmpty()
            .When(_ => !itemOnly)
            .WithMessage(module => $"module '{module.Slug}' has no lessons; add a file like 01-<lesson>.md")
            .WithState(module => module.Location);
        RuleForEach(module => module.Lessons).SetValidator(new LessonValidator());
        RuleFor(module => module.Quiz!).SetValidator(new QuizValidator()).When(module => module.Quiz is not null);
    }
}
