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

        RuleFor(quiz => quiz.Mode)
            .Must(QuizSettingWords.Modes.Contains)
            .When(quiz => quiz.Mode is not null && !isPracticePool)
            .WithMessage(quiz => $"mode must be one of {QuizSettingWords.Modes.Names}, not '{quiz.Mode}'")
            .WithState(quiz => quiz.At("mode"));
        RuleFor(quiz => quiz.Mode)
            .Must(mode => mode?.Trim() == "practice")
            .When(quiz => quiz.Mode is not null && isPracticePool)
            .WithMessage(quiz => $"mode in practice.yml is always practice, not '{quiz.Mode}'; an exam belongs in a module's quiz.yml")
            .WithState(quiz => quiz.At("mode"));
        RuleFor(quiz => quiz.Draw)
            .Must((quiz, draw) => ContentRules.TryParseWholeNumber(draw, out var count) && count >= 1 && count <= quiz.Questions!.Count)
            .When(quiz => quiz.Draw is not null && quiz.Questions is { Count: > 0 })
            .WithMessage(quiz => $"draw must be from 1 to the number of questions ({quiz.Questions!.Count}), not {Quoted(quiz.Draw)}")
            .WithState(quiz => quiz.At("draw"));
        RuleFor(quiz => quiz.Shuffle)
            .Must(shuffle => ContentRules.TryParseBoolean(shuffle, out _))
            .When(quiz => quiz.Shuffle is not null)
            .WithMessage(quiz => $"shuffle must be true or false, not '{quiz.Shuffle}'")
            .WithState(quiz => quiz.At("shuffle"));
        RuleFor(quiz => quiz.Scoring)
            .Must(QuizSettingWords.Scorings.Contains)
            .When(quiz => quiz.Scoring is not null)
            .WithMessage(quiz => $"scoring must be one of {QuizSettingWords.Scorings.Names}, not '{quiz.Scoring}'")
            .WithState(quiz => quiz.At("scoring"));
        RuleFor(quiz => quiz.Attempts)
            .Must(attempts => ContentRules.TryParseWholeNumber(attempts, out var count) && count >= 0)
            .When(quiz => quiz.Attempts is not null)
            .WithMessage(quiz => $"attempts must be a whole number from 0 (0 means unlimited), not '{quiz.Attempts}'")
            .WithState(quiz => quiz.At("attempts"));
        RuleFor(quiz => quiz.Cooldown)
            .Must(IsDuration)
            .When(quiz => quiz.Cooldown is not null)
            .WithMessage(quiz => DurationMessage("cooldown", quiz.Cooldown))
            .WithState(quiz => quiz.At("cooldown"));
        RuleFor(quiz => quiz.Grading)
            .Must(QuizSettingWords.Gradings.Contains)
            .When(quiz => quiz.Grading is not null)
            .WithMessage(quiz => $"grading must be one of {QuizSettingWords.Gradings.Names}, not '{quiz.Grading}'")
            .WithState(quiz => quiz.At("grading"));
        RuleFor(quiz => quiz.Feedback)
            .Must(QuizSettingWords.Feedbacks.Contains)
            .When(quiz => quiz.Feedback is not null)
            .WithMessage(quiz => $"feedback must be one of {QuizSettingWords.Feedbacks.Names}, not '{quiz.Feedback}'")
            .WithState(quiz => quiz.At("feedback"));
        RuleFor(quiz => quiz.TimeLimit)
            .Must(IsDuration)
            .When(quiz => quiz.TimeLimit is not null)
            .WithMessage(quiz => DurationMessage("timeLimit", quiz.TimeLimit))
            .WithState(quiz => quiz.At("timeLimit"));
        RuleFor(quiz => quiz.Review!).Custom(CheckReview).When(quiz => quiz.Review is not null);

        RuleFor(quiz => quiz.Questions)
            .NotEmpty()
            .WithMessage("questions is missing or empty; a quiz needs at least one question")
            .WithState(quiz => quiz.At("questions"));
        RuleFor(quiz => quiz.Questions).Custom((questions, context) => CheckIds(questions ?? [], context));
        RuleForEach(quiz => quiz.Questions).SetValidator(new QuestionValidator());
    }

    /// <summary>Reports each field no rule reads, so a typo like 'drwa:' is not silently ignored.</summary>
    internal static void ReportUnknownFields<T>(ValidationContext<T> context, Definition definition, IReadOnlyCollection<string> known, string prefix)
    {
        foreach (var field in definition.FieldLines.Keys.Where(field => !known.Contains(field)))
        {
            context.Fail(definition.At(field), $"{prefix}unknown field '{field}'; known fields: {string.Join(", ", known)}");
        }
    }

    private static void CheckReview(ReviewDefinition review, ValidationContext<QuizDefinition> context)
    {
        ReportUnknownFields(context, review, KnownReviewFields, "review: ");
        foreach (var (field, value) in new[] { ("score", review.Score), ("correctness", review.Correctness) })
        {
            if (value is not null && !QuizSettingWords.Shown.Contains(value))
            {
                context.Fail(review.At(field), $"review.{field} must be one of {QuizSettingWords.Shown.Names}, not '{value}'");
            }
        }

        foreach (var (field, value) in new[] { ("answers", review.Answers), ("explanations", review.Explanations) })
        {
            if (value is not null && !QuizSettingWords.Reveals.Contains(value))
            {
                context.Fail(review.At(field), $"review.{field} must be one of {QuizSettingWords.Reveals.Names}, not '{value}'");
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
                    ? $"question {first.Number} has it too (a question without 'id:' is q<position>)"
                    : $"question {first.Number} has it too";
                context.Fail(question.At("id"), $"question {question.Number}: id '{duplicate.Key}' is used twice; {why}; ids must be unique within a quiz");
            }
        }
    }

    private static bool IsDuration(string? value) => ContentRules.TryParseDuration(value, out var duration) && duration > TimeSpan.Zero;

    private static string DurationMessage(string field, string? value) =>
        $"{field} must be a duration like 30s, 10m, 2h or 1d, not '{value}'";

    private static string Quoted(string? value) => ContentRules.IsWholeNumber(value) ? value! : $"'{value}'";
}
