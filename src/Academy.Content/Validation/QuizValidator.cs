using Academy.Content.Definitions;
using FluentValidation;

namespace Academy.Content.Validation;

public sealed class QuizValidator : AbstractValidator<QuizDefinition>
{
    public QuizValidator()
    {
        RuleFor(quiz => quiz.Title)
            .NotEmpty()
            .WithMessage("title is missing or empty")
            .WithState(quiz => quiz.At("title"));
        RuleFor(quiz => quiz.Pass)
            .NotEmpty()
            .WithMessage("pass is missing or empty; give the percent needed to pass, 1 to 100")
            .WithState(quiz => quiz.At("pass"));
        RuleFor(quiz => quiz.Pass)
            .Must(pass => ContentRules.TryParseWholeNumber(pass, out var percent) && percent is >= 1 and <= 100)
            .When(quiz => !string.IsNullOrWhiteSpace(quiz.Pass))
            .WithMessage(quiz => $"pass must be a whole percent from 1 to 100, not '{quiz.Pass}'")
            .WithState(quiz => quiz.At("pass"));
        RuleFor(quiz => quiz.Questions)
            .NotEmpty()
            .WithMessage("questions is missing or empty; a quiz needs at least one question")
            .WithState(quiz => quiz.At("questions"));
        RuleForEach(quiz => quiz.Questions).SetValidator(new QuestionValidator());
    }
}
