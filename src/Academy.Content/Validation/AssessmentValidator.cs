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
            .WithMessage(assessment => ContentRules.SlugMessage("Check", assessment.Slug))
            .WithState(assessment => assessment.Location);
        RuleFor(assessment => assessment.Title)
            .NotEmpty()
            .WithMessage("'title' fehlt oder ist leer")
            .WithState(assessment => assessment.At("title"));
        RuleFor(assessment => assessment.Outcomes)
            .NotEmpty()
            .WithMessage("'outcomes' fehlt oder ist leer; nenn mindestens zwei, jedes beginnend mit '- key: ...'")
            .WithState(assessment => assessment.At("outcomes"));
        RuleFor(assessment => assessment.Outcomes)
            .Must(outcomes => outcomes!.Count >= 2)
            .When(assessment => assessment.Outcomes is { Count: > 0 })
            .WithMessage("es gibt nur ein Ergebnis; ein Check braucht mindestens zwei, zwischen denen er wählt")
            .WithState(assessment => assessment.At("outcomes"));
        RuleFor(assessment => assessment.Questions)
            .NotEmpty()
            .WithMessage("'questions' fehlt oder ist leer; ein Check braucht mindestens eine Frage")
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
                context.Fail(outcome.At("key"), $"Ergebnis {outcome.Number}: der key '{duplicate.Key}' wird schon von Ergebnis {first.Number} (Zeile {first.At("key").Line}) verwendet; jedes Ergebnis braucht einen eigenen key");
            }
        }

        foreach (var duplicate in (assessment.Questions ?? []).GroupBy(question => question.EffectiveId, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            var first = duplicate.First();
            foreach (var question in duplicate.Skip(1))
            {
                context.Fail(question.At("id"), $"Frage {question.Number}: die id '{duplicate.Key}' wird schon von Frage {first.Number} (Zeile {first.Location.Line}) verwendet; jede Frage braucht eine eigene id (ohne 'id:' heißt eine Frage q<Nummer>)");
            }
        }
    }

    /// <summary>Weights must name real outcomes, and every outcome must be reachable, or the check can never recommend it.</summary>
    private static void CheckWeights(AssessmentDefinition assessment, ValidationContext<AssessmentDefinition> context)
    {
        var keys = assessment.Outcomes!.Select(outcome => outcome.Key).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var known = $"die Ergebnisse sind: {string.Join(", ", assessment.Outcomes!.Select(outcome => outcome.Key).OfType<string>())}";
        var options = (assessment.Questions ?? []).SelectMany(question => question.Options ?? []).ToList();
        foreach (var option in options)
        {
            foreach (var weight in (option.Weights ?? []).Where(weight => !keys.Contains(weight.OutcomeKey)))
            {
                context.Fail(weight.Location, $"Frage {option.Question}, Option {option.Number}: '{weight.OutcomeKey}' ist kein Ergebnis; {known}");
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
            context.Fail(outcome.At("key"), $"Ergebnis {outcome.Number}: keine Option gibt '{outcome.Key}' Punkte, also kann der Check es nie empfehlen");
        }
    }
}

public sealed class OutcomeValidator : AbstractValidator<OutcomeDefinition>
{
    public OutcomeValidator()
    {
        RuleFor(outcome => outcome.Key)
            .NotEmpty()
            .WithMessage(outcome => $"Ergebnis {outcome.Number}: 'key' fehlt oder ist leer; die Gewichte nennen ein Ergebnis bei seinem key")
            .WithState(outcome => outcome.At("key"));
        RuleFor(outcome => outcome.Key!)
            .Must(ContentRules.IsValidSlug)
            .When(outcome => !string.IsNullOrWhiteSpace(outcome.Key))
            .WithMessage(outcome => $"Ergebnis {outcome.Number}: der key '{outcome.Key}' darf nur Kleinbuchstaben a-z, Ziffern und einzelne Bindestriche enthalten")
            .WithState(outcome => outcome.At("key"));
        RuleFor(outcome => outcome.Title)
            .NotEmpty()
            .WithMessage(outcome => $"Ergebnis {outcome.Number}: 'title' fehlt oder ist leer")
            .WithState(outcome => outcome.At("title"));
        RuleFor(outcome => outcome.Text)
            .NotEmpty()
            .WithMessage(outcome => $"Ergebnis {outcome.Number}: 'text' fehlt oder ist leer; erklär in einfachen Worten, was dieses Ergebnis bedeutet")
            .WithState(outcome => outcome.At("text"));
        RuleFor(outcome => outcome.Reason)
            .NotEmpty()
            .WithMessage(outcome => $"Ergebnis {outcome.Number}: 'reason' fehlt oder ist leer; sag in einem Satz, warum die Empfehlung passt")
            .WithState(outcome => outcome.At("reason"));
        RuleFor(outcome => outcome.Contact)
            .Must(contact => bool.TryParse(contact, out _))
            .When(outcome => outcome.Contact is not null)
            .WithMessage(outcome => $"Ergebnis {outcome.Number}: 'contact' muss true oder false sein, nicht '{outcome.Contact}'")
            .WithState(outcome => outcome.At("contact"));
        RuleFor(outcome => outcome.Recommend)
            .NotEmpty()
            .When(outcome => !IsTrue(outcome.Contact))
            .WithMessage(outcome => $"Ergebnis {outcome.Number}: 'recommend' fehlt oder ist leer; nenn mindestens einen Kurs- oder Paket-Slug, oder setz 'contact: true', um auf die Agentur zu verweisen")
            .WithState(outcome => outcome.At("recommend"));
        RuleFor(outcome => outcome).Custom((outcome, context) =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var slug in (outcome.Recommend ?? []).Where(slug => !seen.Add(slug.Slug)))
            {
                context.Fail(slug.Location, $"Ergebnis {outcome.Number}: '{slug.Slug}' wird zweimal empfohlen; nenn jedes nur einmal");
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
            .WithMessage(question => $"Frage {question.Number}: die id '{question.Id}' darf nur Kleinbuchstaben a-z, Ziffern und einzelne Bindestriche enthalten")
            .WithState(question => question.At("id"));
        RuleFor(question => question.Prompt)
            .NotEmpty()
            .WithMessage(question => $"Frage {question.Number}: 'prompt' fehlt oder ist leer")
            .WithState(question => question.At("prompt"));
        RuleFor(question => question.Options)
            .NotEmpty()
            .WithMessage(question => $"Frage {question.Number}: 'options' fehlt; eine Frage braucht mindestens zwei")
            .WithState(question => question.At("options"));
        RuleFor(question => question.Options)
            .Must(options => options!.Count >= 2)
            .When(question => question.Options is { Count: > 0 })
            .WithMessage(question => $"Frage {question.Number}: es gibt nur eine Option; eine Frage braucht mindestens zwei")
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
            .WithMessage(option => $"Frage {option.Question}, Option {option.Number}: 'text' fehlt oder ist leer")
            .WithState(option => option.At("text"));
        RuleFor(option => option.Weights)
            .NotNull()
            .WithMessage(option => $"Frage {option.Question}, Option {option.Number}: 'weights' fehlt; schreib 'weights: {{}}' für eine Option, die für kein Ergebnis zählt")
            .WithState(option => option.At("weights"));
        RuleFor(option => option).Custom((option, context) =>
        {
            foreach (var weight in option.Weights ?? [])
            {
                if (!ContentRules.TryParseWholeNumber(weight.Points, out var points) || Math.Abs(points) > MaxPoints)
                {
                    context.Fail(weight.Location,
                        $"Frage {option.Question}, Option {option.Number}: das Gewicht für '{weight.OutcomeKey}' muss eine ganze Zahl von -{MaxPoints} bis {MaxPoints} sein, nicht '{weight.Points}'");
                }
            }
        });
    }
}
