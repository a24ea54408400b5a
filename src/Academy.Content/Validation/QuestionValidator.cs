using Academy.Content.Definitions;
using Academy.Domain.Quizzes;
using FluentValidation;

namespace Academy.Content.Validation;

public sealed class QuestionValidator : AbstractValidator<QuestionDefinition>
{
    /// <summary>Every type a quiz may use; each of them is answered by choosing options.</summary>
    public static IReadOnlyList<string> KnownTypes { get; } = [SingleChoiceQuestion.TypeName, MultipleChoiceQuestion.TypeName];

    public QuestionValidator()
    {
        RuleFor(question => question.Type)
            .NotEmpty()
            .WithMessage(question => $"question {question.Number}: type is missing; use one of: {string.Join(", ", KnownTypes)}")
            .WithState(question => question.At("type"));
        RuleFor(question => question.Type)
            .Must(type => KnownTypes.Contains(type, StringComparer.Ordinal))
            .When(question => !string.IsNullOrWhiteSpace(question.Type))
            .WithMessage(question => $"question {question.Number}: type '{question.Type}' is unknown; use one of: {string.Join(", ", KnownTypes)}")
            .WithState(question => question.At("type"));
        RuleFor(question => question.Prompt)
            .NotEmpty()
            .WithMessage(question => $"question {question.Number}: prompt is missing or empty")
            .WithState(question => question.At("prompt"));
        RuleFor(question => question.Explanation)
            .NotEmpty()
            .WithMessage(question => $"question {question.Number}: explanation is missing or empty")
            .WithState(question => question.At("explanation"));
        RuleFor(question => question.Answer)
            .NotNull()
            .WithMessage(question => $"question {question.Number}: answer is missing")
            .WithState(question => question.At("answer"));
        RuleFor(question => question).Custom(CheckOptions).When(question => IsChoiceType(question.Type));
        RuleFor(question => question).Custom(CheckAnswer).When(question => IsChoiceType(question.Type) && question.Answer is not null);
    }

    private static bool IsChoiceType(string? type) => KnownTypes.Contains(type, StringComparer.Ordinal);

    private static void CheckOptions(QuestionDefinition question, ValidationContext<QuestionDefinition> context)
    {
        var at = question.At("options");
        var options = question.Options ?? [];
        if (options.Count == 0)
        {
            context.Fail(at, $"question {question.Number}: options are missing; a '{question.Type}' question needs at least two");
        }
        else if (options.Count == 1)
        {
            context.Fail(at, $"question {question.Number}: there is only one option; a '{question.Type}' question needs at least two");
        }

        for (var i = 0; i < options.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options[i]))
            {
                context.Fail(at, $"question {question.Number}: option {i} is empty");
            }
        }
    }

    private static void CheckAnswer(QuestionDefinition question, ValidationContext<QuestionDefinition> context)
    {
        var answer = question.Answer!;
        var at = question.At("answer");
        var prefix = $"question {question.Number}:";
        if (question.Type == SingleChoiceQuestion.TypeName && (answer.IsList || answer.Indexes.Count != 1))
        {
            context.Fail(at, $"{prefix} a 'single' question takes one option index, like 'answer: 1'");
            return;
        }

        if (question.Type == MultipleChoiceQuestion.TypeName && !answer.IsList)
        {
            context.Fail(at, $"{prefix} a 'multiple' question takes a list of option indexes, like 'answer: [0, 2]'");
            return;
        }

        if (answer.Indexes.Count == 0)
        {
            context.Fail(at, $"{prefix} answer is an empty list; name at least one right option");
            return;
        }

        var optionCount = question.Options?.Count ?? 0;
        var seen = new HashSet<int>();
        foreach (var text in answer.Indexes)
        {
            if (!ContentRules.TryParseWholeNumber(text, out var index))
            {
                context.Fail(at, $"{prefix} answer '{text}' is not an option index (a whole number from 0)");
            }
            else if (index < 0 || index >= optionCount)
            {
                var range = optionCount == 0 ? "there are no options" : $"there are {optionCount} options (0-{optionCount - 1})";
                context.Fail(at, $"{prefix} answer {index} is out of range; {range}");
            }
            else if (!seen.Add(index))
            {
                context.Fail(at, $"{prefix} answer lists index {index} twice");
            }
        }
    }
}
