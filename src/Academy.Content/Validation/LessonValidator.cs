using Academy.Content.Definitions;
using FluentValidation;

namespace Academy.Content.Validation;

public sealed class LessonValidator : AbstractValidator<LessonDefinition>
{
    public const int MinMinutes = 1;
    public const int MaxMinutes = 30;

    public LessonValidator()
    {
        RuleFor(lesson => lesson.Slug)
            .Must(ContentRules.IsValidSlug)
            .WithMessage(lesson => ContentRules.SlugMessage("Lektion", lesson.Slug))
            .WithState(lesson => lesson.Location);
        RuleFor(lesson => lesson.Title)
            .NotEmpty()
            .WithMessage("'title' fehlt oder ist leer")
            .WithState(lesson => lesson.At("title"));
        RuleFor(lesson => lesson.Minutes)
            .Must(minutes => ContentRules.TryParseWholeNumber(minutes, out var value) && value is >= MinMinutes and <= MaxMinutes)
            .When(lesson => lesson.Minutes is not null)
            .WithMessage(lesson => $"'minutes' muss eine ganze Zahl von {MinMinutes} bis {MaxMinutes} sein, nicht '{lesson.Minutes}'")
            .WithState(lesson => lesson.At("minutes"));
        RuleFor(lesson => lesson.Preview)
            .Must(preview => bool.TryParse(preview, out _))
            .When(lesson => lesson.Preview is not null)
            .WithMessage(lesson => $"'preview' muss true oder false sein, nicht '{lesson.Preview}'")
            .WithState(lesson => lesson.At("preview"));
    }
}
