using Academy.Content.Definitions;
using FluentValidation;

namespace Academy.Content.Validation;

/// <summary>One assessment on its own; whether its recommendations exist is judged with the whole catalogue.</summary>
public sealed class AssessmentValidator : AbstractValidator<AssessmentDefinition>
{
    public AssessmentValidator()
    {
        RuleFor(assessment => assessment.Slug)
            .Must(ContentRules.IsValidSlug)
            .WithMessage(assessment => ContentRules.SlugMessage("assessment", assessment.Slug))
            .WithState(assessment => assessment.Location);
        RuleFor(assessment => assessment.Title)
            .NotEmpty()
            .WithMessage("title is missing or empty")
            .WithState(assessment => assessment.At("title"));
        RuleFor(assessment => assessment.Outcomes)
            .NotEmpty()
            .WithMessage("outcomes is missing or empty; list at least two, each starting with '- key: ...'")
            .WithState(assessment => assessment.At("outcomes"));
        RuleFor(assessment => assessment.Outcomes)
            .Must(outcomes => outcomes!.Count >= 2)
            .When(assessment => assessment.Outcomes is { Count: > 0 })
            .WithMessage("there is only one outcome; a check needs at least two to choose between")
            .WithState(assessment => assessment.At("outcomes"));
        RuleFor(assessment => assessment.Questions)
            .NotEmpty()
            .WithMessage("questions is missing or empty; a check needs at least one question")
            .WithState(assessment => assessment.At("questions"));
        RuleFor(assessment => assessment).Custom(CheckUniqueKeys);
        RuleFor(assessment => assessment).Custom(CheckWeights).When(assessment => assessment.Outcomes is { Count: > 0 });
        RuleForEach(assessment => assessment.Outcomes).SetValidator(new OutcomeValidator());
        RuleForEach(assessment => assessment.Questions).SetValidator(new AssessmentQuestionValidator());
    }

    private static void CheckUniqueKeys(AssessmentDefinition assessment, ValidationContext<AssessmentDefinition> context)
    {
        var keyed = (assessment.Outcomes ?? []).Where(outcome => !string.IsNullOrWhiteSpace(outcome.Key));
        foreach (var duplicate in keyed.GroupBy(outcome => outcome.Key!, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            var first = duplicate.First();
            foreach (var outcome in duplicate.Skip(1))
            {
                context.Fail(outcome.At("key"), $"outcome {outcome.Number}: key '{duplicate.Key}' is already used by outcome {first.Number} (line {first.At("key").Line}); outcome keys must be unique");
            }
        }

        foreach (var duplicate in (assessment.Questions ?? []).GroupBy(question => question.EffectiveId, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            var first = duplicate.First();
            foreach (var question in duplicate.Skip(1))
            {
                context.Fail(question.At("id"), $"question {question.Number}: id '{duplicate.Key}' is already used by question {first.Number} (line {first.Location.Line}); question ids must be unique (without 'id:' a question is q<number>)");
            }
        }
    }

    /// <summary>Weights must name real outcomes, and every outcome must be reachable, or the check can never recommend it.</summary>
    private static void CheckWeights(AssessmentDefinition assessment, ValidationContext<AssessmentDefinition> context)
    {
        var keys = assessment.Outcomes!.Select(outcome => outcome.Key).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var known = $"the outcomes are: {string.Join(", ", assessment.Outcomes!.Select(outcome => outcome.Key).OfType<string>())}";
        var options = (assessment.Questions ?? []).SelectMany(question => question.Options ?? []).ToList();
        foreach (var option in options)
        {
            foreach (var weight in (option.Weights ?? []).Where(weight => !keys.Contains(weight.OutcomeKey)))
            {
                context.Fail(weight.Location, $"question {option.Question}, option {option.Number}: '{weight.OutcomeKey}' is not an outcome; {known}");
            }
        }

        var rewarded = options
            .SelectMany(option => option.Weights ?? [])
            // A weight that is not a number is reported on its own; it must not also make its outcome look unreachable.
            .Where(weight => !ContentRules.TryParseWholeNumber(weight.Points, out var points) || points > 0)
            .Select(weight => weight.OutcomeKey)
            .ToHashSet(StringComparer.Ordinal);
        if (options.Count == 0)
        {
            return;
        }

        foreach (var outcome in assessment.Outcomes!.Where(outcome => outcome.Key is not null && !rewarded.Contains(outcome.Key)))
        {
            context.Fail(outcome.At("key"), $"outcome {outcome.Number}: no option gives '{outcome.Key}' any points, so the check can never recommend it");
        }
    }
}

public sealed class OutcomeValidator : AbstractValidator<OutcomeDefinition>
{
    public OutcomeValidator()
    {
        RuleFor(outcome => outcome.Key)
            .NotEmpty()
            .WithMessage(outcome => $"outcome {outcome.Number}: key is missing or empty; weights name the outcome by its key")
            .WithState(outcome => outcome.At("key"));
        RuleFor(outcome => outcome.Key!)
            .Must(ContentRules.IsValidSlug)
            .When(outcome => !string.IsNullOrWhiteSpace(outcome.Key))
            .WithMessage(outcome => $"outcome {outcome.Number}: key '{outcome.Key}' may only use lower-case letters a-z, digits and single dashes")
            .WithState(outcome => outcome.At("key"));
        RuleFor(outcome => outcome.Title)
            .NotEmpty()
            .WithMessage(outcome => $"outcome {outcome.Number}: title is missing or empty")
            .WithState(outcome => outcome.At("title"));
        RuleFor(outcome => outcome.Text)
            .NotEmpty()
            .WithMessage(outcome => $"outcome {outcome.Number}: text is missing or empty; explain in plain words what this result means")
            .WithState(outcome => outcome.At("text"));
        RuleFor(outcome => outcome.Reason)
            .NotEmpty()
            .WithMessage(outcome => $"outcome {outcome.Number}: reason is missing or empty; say in a sentence why the recommendation fits")
            .WithState(outcome => outcome.At("reason"));
        RuleFor(outcome => outcome.Contact)
            .Must(contact => bool.TryParse(contact, out _))
            .When(outcome => outcome.Contact is not null)
            .WithMessage(outcome => $"outcome {outcome.Number}: contact must be true or false, not '{outcome.Contact}'")
            .WithState(outcome => outcome.At("contact"));
        RuleFor(outcome => outcome.Recommend)
            .NotEmpty()
            .When(outcome => !IsTrue(outcome.Contact))
            .WithMessage(outcome => $"outcome {outcome.Number}: recommend is missing or empty; list at least one course or package slug, or set 'contact: true' to point to the agency")
            .WithState(outcome => outcome.At("recommend"));
        RuleFor(outcome => outcome).Custom((outcome, context) =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var slug in (outcome.Recommend ?? []).Where(slug => !seen.Add(slug.Slug)))
            {
                context.Fail(slug.Location, $"outcome {outcome.Number}: '{slug.Slug}' is recommended twice; list each once");
            }
        });
    }

    private static bool IsTrue(string? value) => bool.TryParse(value, out var flag) && flag;
}

public sealed class AssessmentQuestionValidator : AbstractValidator<AssessmentQuestionDefinition>
{
    public AssessmentQuestionValidator()
    {
        RuleFor(question => question.Id!)
            .Must(ContentRules.IsValidSlug)
            .When(question => question.Id is not null)
            .WithMessage(question => $"question {question.Number}: id '{question.Id}' may only use lower-case letters a-z, digits and single dashes")
            .WithState(question => question.At("id"));
        RuleFor(question => question.Prompt)
            .NotEmpty()
            .WithMessage(question => $"question {question.Number}: prompt is missing or empty")
            .WithState(question => question.At("prompt"));
        RuleFor(question => question.Options)
            .NotEmpty()
            .WithMessage(question => $"question {question.Number}: options are missing; a question needs at least two")
            .WithState(question => question.At("options"));
        RuleFor(question => question.Options)
            .Must(options => options!.Count >= 2)
            .When(question => question.Options is { Count: > 0 })
            .WithMessage(question => $"question {question.Number}: there is only one option; a question needs at least two")
            .WithState(question => question.At("options"));
        RuleForEach(question => question.Options).SetValidator(new AssessmentOptionValidator());
    }
}

public sealed class AssessmentOptionValidator : AbstractValidator<AssessmentOptionDefinition>
{
    public const int MaxPoints = 100;

    public AssessmentOptionValidator()
    {
        RuleFor(option => option.Text)
            .NotEmpty()
            .WithMessage(option => $"question {option.Question}, option {option.Number}: text is missing or empty")
            .WithState(option => option.At("text"));
        RuleFor(option => option.Weights)
            .NotNull()
            .WithMessage(option => $"question {option.Question}, option {option.Number}: weights is missing; write 'weights: {{}}' for an option that counts for no outcome")
            .WithState(option => option.At("weights"));
        RuleFor(option => option).Custom((option, context) =>
        {
            foreach (var weight in option.Weights ?? [])
            {
                if (!ContentRules.TryParseWholeNumber(weight.Points, out var points) || Math.Abs(points) > MaxPoints)
                {
                    context.Fail(weight.Location,
                        $"question {option.Question}, option {option.Number}: the weight for '{weight.OutcomeKey}' must be a whole number from -{MaxPoints} to {MaxPoints}, not '{weight.Points}'");
                }
            }
        });
    }
}
