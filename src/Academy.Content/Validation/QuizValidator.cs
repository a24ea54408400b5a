using Academy.Content.Definitions;
using FluentValidation;

namespace Academy.Content.Validation;

/// <summary>A module's quiz, or with <paramref name="isPracticePool"/> a course's practice pool, which is always in practice mode.</summary>
public sealed class QuizValidator : AbstractValidator<QuizDefinition>
{
    private static readonly string[] KnownFields =
        ["title", "pass", "mode", "draw", "shuffle", "scoring", "attempts", "cooldown", "grading", "feedback", "timeLimit", "review", "questions"];

    private static readonly string[] KnownReviewFields = ["score", "correctness", "answers", "explanations"];

    public QuizValidator(bool isPracticePool = false)
    {
        RuleFor(quiz => quiz).Custom((quiz, context) => ReportUnknownFields(context, quiz, KnownFields, ""));
        RuleFor(quiz => quiz.Title)
            .NotEmpty()
            .WithMessage("'title' fehlt oder ist leer")
            .WithState(quiz => quiz.At("title"));
        RuleFor(quiz => quiz.Pass)
            .NotEmpty()
            .WithMessage("'pass' fehlt oder ist leer; gib an, wie viel Prozent zum Bestehen nötig sind, 1 bis 100")
            .WithState(quiz => quiz.At("pass"));
        RuleFor(quiz => quiz.Pass)
            .Must(pass => ContentRules.TryParseWholeNumber(pass, out var percent) && percent is >= 1 and <= 100)
            .When(quiz => !string.IsNullOrWhiteSpace(quiz.Pass))
            .WithMessage(quiz => $"'pass' muss eine ganze Prozentzahl von 1 bis 100 sein, nicht '{quiz.Pass}'")
            .WithState(quiz => quiz.At("pass"));

        RuleFor(quiz => quiz.Mode)
            .Must(QuizSettingWords.Modes.Contains)
            .When(quiz => quiz.Mode is not null && !isPracticePool)
            .WithMessage(quiz => $"'mode' muss eines von {QuizSettingWords.Modes.Names} sein, nicht '{quiz.Mode}'")
            .WithState(quiz => quiz.At("mode"));
        RuleFor(quiz => quiz.Mode)
            .Must(mode => mode?.Trim() == "practice")
            .When(quiz => quiz.Mode is not null && isPracticePool)
            .WithMessage(quiz => $"'mode' ist in practice.yml immer practice, nicht '{quiz.Mode}'; eine Prüfung gehört in die quiz.yml eines Moduls")
            .WithState(quiz => quiz.At("mode"));
        RuleFor(quiz => quiz.Draw)
            .Must((quiz, draw) => ContentRules.TryParseWholeNumber(draw, out var count) && count >= 1 && count <= quiz.Questions!.Count)
            .When(quiz => quiz.Draw is not null && quiz.Questions is { Count: > 0 })
            .WithMessage(quiz => $"'draw' muss zwischen 1 und der Zahl der Fragen ({quiz.Questions!.Count}) liegen, nicht {Quoted(quiz.Draw)}")
            .WithState(quiz => quiz.At("draw"));
        RuleFor(quiz => quiz.Shuffle)
            .Must(shuffle => ContentRules.TryParseBoolean(shuffle, out _))
            .When(quiz => quiz.Shuffle is not null)
            .WithMessage(quiz => $"'shuffle' muss true oder false sein, nicht '{quiz.Shuffle}'")
            .WithState(quiz => quiz.At("shuffle"));
        RuleFor(quiz => quiz.Scoring)
            .Must(QuizSettingWords.Scorings.Contains)
            .When(quiz => quiz.Scoring is not null)
            .WithMessage(quiz => $"'scoring' muss eines von {QuizSettingWords.Scorings.Names} sein, nicht '{quiz.Scoring}'")
            .WithState(quiz => quiz.At("scoring"));
        RuleFor(quiz => quiz.Attempts)
            .Must(attempts => ContentRules.TryParseWholeNumber(attempts, out var count) && count >= 0)
            .When(quiz => quiz.Attempts is not null)
            .WithMessage(quiz => $"'attempts' muss eine ganze Zahl ab 0 sein (0 heißt unbegrenzt), nicht '{quiz.Attempts}'")
            .WithState(quiz => quiz.At("attempts"));
        RuleFor(quiz => quiz.Cooldown)
            .Must(IsDuration)
            .When(quiz => quiz.Cooldown is not null)
            .WithMessage(quiz => DurationMessage("cooldown", quiz.Cooldown))
            .WithState(quiz => quiz.At("cooldown"));
        RuleFor(quiz => quiz.Grading)
            .Must(QuizSettingWords.Gradings.Contains)
            .When(quiz => quiz.Grading is not null)
            .WithMessage(quiz => $"'grading' muss eines von {QuizSettingWords.Gradings.Names} sein, nicht '{quiz.Grading}'")
            .WithState(quiz => quiz.At("grading"));
        RuleFor(quiz => quiz.Feedback)
            .Must(QuizSettingWords.Feedbacks.Contains)
            .When(quiz => quiz.Feedback is not null)
            .WithMessage(quiz => $"'feedback' muss eines von {QuizSettingWords.Feedbacks.Names} sein, nicht '{quiz.Feedback}'")
            .WithState(quiz => quiz.At("feedback"));
        RuleFor(quiz => quiz.TimeLimit)
            .Must(IsDuration)
            .When(quiz => quiz.TimeLimit is not null)
            .WithMessage(quiz => DurationMessage("timeLimit", quiz.TimeLimit))
            .WithState(quiz => quiz.At("timeLimit"));
        RuleFor(quiz => quiz.Review!).Custom(CheckReview).When(quiz => quiz.Review is not null);

        RuleFor(quiz => quiz.Questions)
            .NotEmpty()
            .WithMessage("'questions' fehlt oder ist leer; ein Quiz braucht mindestens eine Frage")
            .WithState(quiz => quiz.At("questions"));
        RuleFor(quiz => quiz.Questions).Custom((questions, context) => CheckIds(questions ?? [], context));
        RuleForEach(quiz => quiz.Questions).SetValidator(new QuestionValidator());
    }

    /// <summary>Reports each field no rule reads, so a typo like 'drwa:' is not silently ignored.</summary>
    internal static void ReportUnknownFields<T>(ValidationContext<T> context, Definition definition, IReadOnlyCollection<string> known, string prefix)
    {
        foreach (var field in definition.FieldLines.Keys.Where(field => !known.Contains(field)))
        {
            context.Fail(definition.At(field), $"{prefix}unbekanntes Feld '{field}'; bekannte Felder: {string.Join(", ", known)}");
        }
    }

    private static void CheckReview(ReviewDefinition review, ValidationContext<QuizDefinition> context)
    {
        ReportUnknownFields(context, review, KnownReviewFields, "review: ");
        foreach (var (field, value) in new[] { ("score", review.Score), ("correctness", review.Correctness) })
        {
            if (value is not null && !QuizSettingWords.Shown.Contains(value))
            {
                context.Fail(review.At(field), $"'review.{field}' muss eines von {QuizSettingWords.Shown.Names} sein, nicht '{value}'");
            }
        }

        foreach (var (field, value) in new[] { ("answers", review.Answers), ("explanations", review.Explanations) })
        {
            if (value is not null && !QuizSettingWords.Reveals.Contains(value))
            {
                context.Fail(review.At(field), $"'review.{field}' muss eines von {QuizSettingWords.Reveals.Names} sein, nicht '{value}'");
            }
        }
    }

    /// <summary>Attempts store question ids, so two questions with one id would mix up their results.</summary>
    private static void CheckIds(IReadOnlyList<QuestionDefinition> questions, ValidationContext<QuizDefinition> context)
    {
        foreach (var duplicate in questions.GroupBy(question => question.EffectiveId, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            var first = duplicate.First();
            foreach (var question in duplicate.Skip(1))
            {
                var why = string.IsNullOrWhiteSpace(question.Id) || string.IsNullOrWhiteSpace(first.Id)
                    ? $"Frage {first.Number} hat sie auch (eine Frage ohne 'id:' heißt q<Position>)"
                    : $"Frage {first.Number} hat sie auch";
                context.Fail(question.At("id"), $"Frage {question.Number}: die id '{duplicate.Key}' kommt zweimal vor; {why}; jede Frage eines Quiz braucht eine eigene id");
            }
        }
    }

    private static bool IsDuration(string? value) => ContentRules.TryParseDuration(value, out var duration) && duration > TimeSpan.Zero;

    private static string DurationMessage(string field, string? value) =>
        $"'{field}' muss eine Dauer wie 30s, 10m, 2h oder 1d sein, nicht '{value}'";

    private static string Quoted(string? value) => ContentRules.IsWholeNumber(value) ? value! : $"'{value}'";
}
