using System.Globalization;
using Academy.Content.Definitions;
using Academy.Domain.Quizzes;
using FluentValidation;

namespace Academy.Content.Validation;

/// <summary>One question: the fields every type has, then the fields of its type.</summary>
public sealed class QuestionValidator : AbstractValidator<QuestionDefinition>
{
    public const int MinOrderItems = 3;
    public const int MaxOrderItems = 7;
    public const int MinPairs = 2;
    public const int MaxPairs = 7;
    public const int MaxTypos = 2;

    private static readonly string[] CommonFields = ["type", "id", "shuffle", "prompt", "explanation"];

    /// <summary>The fields each type reads besides the common ones.</summary>
    private static readonly Dictionary<string, string[]> FieldsByType = new(StringComparer.Ordinal)
    {
        [SingleChoiceQuestion.TypeName] = ["options", "answer"],
        [MultipleChoiceQuestion.TypeName] = ["options", "answer"],
        [TrueFalseQuestion.TypeName] = ["answer"],
        [TextQuestion.TypeName] = ["answer", "typos"],
        [NumberQuestion.TypeName] = ["answer", "tolerance", "unit"],
        [OrderQuestion.TypeName] = ["items"],
        [MatchQuestion.TypeName] = ["pairs", "distractors"],
        [ClozeQuestion.TypeName] = ["text", "gaps"],
    };

    private static readonly string[] AnyTypeFields = [.. CommonFields, .. FieldsByType.Values.SelectMany(fields => fields).Distinct()];

    private static readonly string[] KnownPairFields = ["left", "right"];

    private static readonly string[] KnownGapFields = ["answer", "options", "typos"];

    /// <summary>Every type a quiz may use, in the order the spec lists them.</summary>
    public static IReadOnlyList<string> KnownTypes { get; } = [.. FieldsByType.Keys];

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
        RuleFor(question => question).Custom(CheckFields);
        RuleFor(question => question.Id!)
            .Must(ContentRules.IsValidSlug)
            .When(question => !string.IsNullOrWhiteSpace(question.Id))
            .WithMessage(question => $"question {question.Number}: id '{question.Id}' may only use lower-case letters a-z, digits and single dashes, like 'ziel-smart'")
            .WithState(question => question.At("id"));
        RuleFor(question => question.Shuffle)
            .Must(shuffle => ContentRules.TryParseBoolean(shuffle, out _))
            .When(question => question.Shuffle is not null)
            .WithMessage(question => $"question {question.Number}: shuffle must be true or false, not '{question.Shuffle}'")
            .WithState(question => question.At("shuffle"));
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
            .When(question => NeedsAnswer(question.Type))
            .WithMessage(question => $"question {question.Number}: answer is missing")
            .WithState(question => question.At("answer"));
        RuleFor(question => question).Custom((question, context) =>
        {
            var check = new QuestionCheck(question, context);
            switch (question.Type)
            {
                case SingleChoiceQuestion.TypeName or MultipleChoiceQuestion.TypeName:
                    check.Choice();
                    break;
                case TrueFalseQuestion.TypeName:
                    check.TrueFalse();
                    break;
                case TextQuestion.TypeName:
                    check.Text();
                    break;
                case NumberQuestion.TypeName:
                    check.Number();
                    break;
                case OrderQuestion.TypeName:
                    check.Order();
                    break;
                case MatchQuestion.TypeName:
                    check.Match();
                    break;
                case ClozeQuestion.TypeName:
                    check.Cloze();
                    break;
            }
        });
    }

    /// <summary>Whether the type reads an 'answer:' field; a question without a known type is asked for one too.</summary>
    private static bool NeedsAnswer(string? type) =>
        type is null || !FieldsByType.TryGetValue(type, out var fields) ? string.IsNullOrWhiteSpace(type) : fields.Contains("answer");

    /// <summary>A typo like 'answr:' or a field of another type ('options:' on a text question) would be silently ignored.</summary>
    private static void CheckFields(QuestionDefinition question, ValidationContext<QuestionDefinition> context)
    {
        var own = question.Type is { } type && FieldsByType.TryGetValue(type, out var fields) ? [.. CommonFields, .. fields] : AnyTypeFields;
        foreach (var field in question.FieldLines.Keys.Where(field => !own.Contains(field)))
        {
            var message = AnyTypeFields.Contains(field)
                ? $"question {question.Number}: a '{question.Type}' question has no field '{field}'; its fields are: {string.Join(", ", own)}"
                : $"question {question.Number}: unknown field '{field}'";
            context.Fail(question.At(field), message);
        }
    }

    /// <summary>The checks of each type, with the question's prefix and context at hand.</summary>
    private sealed class QuestionCheck(QuestionDefinition question, ValidationContext<QuestionDefinition> context)
    {
        private readonly string prefix = $"question {question.Number}:";

        public void Choice()
        {
            var options = Options(question.Options, question.At("options"), prefix, $"a '{question.Type}' question");
            if (question.Answer is not { } answer)
            {
                return;
            }

            var at = question.At("answer");
            if (question.Type == SingleChoiceQuestion.TypeName && (answer.IsList || answer.Values.Count != 1))
            {
                context.Fail(at, $"{prefix} a 'single' question takes one option index, like 'answer: 1'");
                return;
            }

            if (question.Type == MultipleChoiceQuestion.TypeName && !answer.IsList)
            {
                context.Fail(at, $"{prefix} a 'multiple' question takes a list of option indexes, like 'answer: [0, 2]'");
                return;
            }

            if (answer.Values.Count == 0)
            {
                context.Fail(at, $"{prefix} answer is an empty list; name at least one right option");
                return;
            }

            var seen = new HashSet<int>();
            foreach (var text in answer.Values)
            {
                if (OptionIndex(text, options, at, prefix) is { } index && !seen.Add(index))
                {
                    context.Fail(at, $"{prefix} answer lists index {index} twice");
                }
            }
        }

        public void TrueFalse()
        {
            if (question.Answer is { } answer && (answer.IsList || !ContentRules.TryParseBoolean(answer.Values[0], out _)))
            {
                context.Fail(question.At("answer"), $"{prefix} answer must be true or false, not '{string.Join(", ", answer.Values)}'");
            }
        }

        public void Text()
        {
            if (question.Answer is { } answer)
            {
                AcceptedTexts(answer, question.At("answer"), prefix);
            }

            Typos(question.Typos, question.At("typos"), prefix);
        }

        public void Number()
        {
            if (question.Answer is { } answer && (answer.IsList || !ContentRules.TryParseDecimal(answer.Values[0], out _)))
            {
                context.Fail(question.At("answer"), $"{prefix} answer must be one number, like 1.5, not '{string.Join(", ", answer.Values)}'");
            }

            if (question.Tolerance is { } tolerance && !(ContentRules.TryParseDecimal(tolerance, out var value) && value >= 0))
            {
                context.Fail(question.At("tolerance"), $"{prefix} tolerance must be a number from 0, not '{tolerance}'");
            }
        }

        public void Order()
        {
            var at = question.At("items");
            if (question.Items is null)
            {
                context.Fail(at, $"{prefix} items are missing; an 'order' question needs {MinOrderItems} to {MaxOrderItems} items, written in the right order");
                return;
            }

            if (question.Items.Count is < MinOrderItems or > MaxOrderItems)
            {
                context.Fail(at, $"{prefix} an 'order' question needs {MinOrderItems} to {MaxOrderItems} items, not {question.Items.Count}");
            }

            NonEmptyAndDistinct(question.Items, at, $"{prefix} item", "an item");
        }

        public void Match()
        {
            var at = question.At("pairs");
            var pairs = question.Pairs ?? [];
            if (question.Pairs is null)
            {
                context.Fail(at, $"{prefix} pairs are missing; a 'match' question needs {MinPairs} to {MaxPairs} pairs of '- left: ...' and 'right: ...'");
            }
            else if (pairs.Count is < MinPairs or > MaxPairs)
            {
                context.Fail(at, $"{prefix} a 'match' question needs {MinPairs} to {MaxPairs} pairs, not {pairs.Count}");
            }

            foreach (var pair in pairs)
            {
                QuizValidator.ReportUnknownFields(context, pair, KnownPairFields, $"{prefix} pair {pair.Number}: ");
                foreach (var (field, value) in new[] { ("left", pair.Left), ("right", pair.Right) })
                {
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        context.Fail(pair.At(field), $"{prefix} pair {pair.Number}: {field} is missing or empty");
                    }
                }
            }

            var distractors = question.Distractors ?? [];
            for (var i = 0; i < distractors.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(distractors[i]))
                {
                    context.Fail(question.At("distractors"), $"{prefix} distractor {i} is empty");
                }
            }

            // Each left item gets one select of every right-hand text; two equal texts could not be told apart.
            Duplicates(pairs.Select(pair => (pair.Left, pair.At("left"))), $"{prefix} left '{{0}}' is listed twice; each left item must be different");
            Duplicates(
                [.. pairs.Select(pair => (pair.Right, pair.At("right"))), .. distractors.Select(distractor => ((string?)distractor, question.At("distractors")))],
                $"{prefix} right-hand option '{{0}}' is listed twice (pairs and distractors together); each must be different");
        }

        public void Cloze()
        {
            if (string.IsNullOrWhiteSpace(question.Text))
            {
                context.Fail(question.At("text"), $"{prefix} text is missing or empty; write the text with its gaps, like 'Plane {{1}} Minuten pro Woche.'");
            }

            var gaps = question.Gaps ?? [];
            if (gaps.Count == 0)
            {
                context.Fail(question.At("gaps"), $"{prefix} gaps are missing or empty; list one '- answer: ...' or '- options: ...' for each gap {{1}}, {{2}} ... of the text");
            }

            if (!string.IsNullOrWhiteSpace(question.Text) && gaps.Count > 0)
            {
                GapNumbers(question.Text, gaps.Count);
            }

            foreach (var gap in gaps)
            {
                Gap(gap);
            }
        }

        private void GapNumbers(string text, int gapCount)
        {
            var at = question.At("text");
            var written = ClozeQuestion.GapNumbers(text);
            if (written.Count == 0)
            {
                context.Fail(at, $"{prefix} the text has no gaps; write them {{1}}, {{2}} ... where the learner fills in");
                return;
            }

            var problems = false;
            foreach (var number in written.Where(number => number < 1 || number > gapCount).Distinct())
            {
                context.Fail(at, $"{prefix} the text has gap {{{number}}} but gaps lists {gapCount}");
                problems = true;
            }

            foreach (var number in written.GroupBy(number => number).Where(group => group.Count() > 1).Select(group => group.Key))
            {
                context.Fail(at, $"{prefix} the text has gap {{{number}}} twice; each gap is written once");
                problems = true;
            }

            foreach (var number in Enumerable.Range(1, gapCount).Where(number => !written.Contains(number)))
            {
                context.Fail(at, $"{prefix} gaps lists {gapCount} but the text has no gap {{{number}}}");
                problems = true;
            }

            if (!problems && !written.SequenceEqual(Enumerable.Range(1, gapCount)))
            {
                context.Fail(at, $"{prefix} the gaps must be numbered in the order they appear in the text: {{1}}, {{2}} ...");
            }
        }

        private void Gap(GapDefinition gap)
        {
            var gapPrefix = $"{prefix} gap {gap.Number}:";
            QuizValidator.ReportUnknownFields(context, gap, KnownGapFields, $"{gapPrefix} ");
            if (gap.Answer is not { } answer)
            {
                context.Fail(gap.Location, $"{gapPrefix} answer is missing; give the accepted texts, or options and the index of the right one");
                return;
            }

            if (gap.Options is not null)
            {
                var options = Options(gap.Options, gap.At("options"), gapPrefix, "a choice gap");
                if (answer.IsList || answer.Values.Count != 1)
                {
                    context.Fail(gap.At("answer"), $"{gapPrefix} a choice gap takes one option index, like 'answer: 0'");
                }
                else
                {
                    OptionIndex(answer.Values[0], options, gap.At("answer"), gapPrefix);
                }

                if (gap.Typos is not null)
                {
                    context.Fail(gap.At("typos"), $"{gapPrefix} typos only apply to a typed gap, not to one with options");
                }

                return;
            }

            AcceptedTexts(answer, gap.At("answer"), gapPrefix);
            Typos(gap.Typos, gap.At("typos"), gapPrefix);
        }

        private IReadOnlyList<string> Options(IReadOnlyList<string>? written, SourceLocation at, string prefix, string what)
        {
            var options = written ?? [];
            if (options.Count == 0)
            {
                context.Fail(at, $"{prefix} options are missing; {what} needs at least two");
            }
            else if (options.Count == 1)
            {
                context.Fail(at, $"{prefix} there is only one option; {what} needs at least two");
            }

            for (var i = 0; i < options.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(options[i]))
                {
                    context.Fail(at, $"{prefix} option {i} is empty");
                }
            }

            return options;
        }

        private int? OptionIndex(string text, IReadOnlyList<string> options, SourceLocation at, string prefix)
        {
            if (!ContentRules.TryParseWholeNumber(text, out var index))
            {
                context.Fail(at, $"{prefix} answer '{text}' is not an option index (a whole number from 0)");
                return null;
            }

            if (index < 0 || index >= options.Count)
            {
                var range = options.Count == 0 ? "there are no options" : $"there are {options.Count} options (0-{options.Count - 1})";
                context.Fail(at, $"{prefix} answer {index} is out of range; {range}");
                return null;
            }

            return index;
        }

        private void AcceptedTexts(AnswerDefinition answer, SourceLocation at, string prefix)
        {
            if (answer.Values.Count == 0 || answer.Values.Any(value => AnswerText.Normalise(value).Length == 0))
            {
                context.Fail(at, $"{prefix} answer must list the accepted texts, none of them empty, like [\"Zielgruppe\", \"Target group\"]");
            }
        }

        private void Typos(string? typos, SourceLocation at, string prefix)
        {
            if (typos is not null && !(ContentRules.TryParseWholeNumber(typos, out var count) && count is >= 0 and <= MaxTypos))
            {
                context.Fail(at, $"{prefix} typos must be 0, 1 or 2, not '{typos}'");
            }
        }

        private void NonEmptyAndDistinct(IReadOnlyList<string> texts, SourceLocation at, string itemPrefix, string what)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(texts[i]))
                {
                    context.Fail(at, $"{itemPrefix} {i} is empty");
                }
            }

            Duplicates(texts.Select(text => ((string?)text, at)), $"{prefix} {what} '{{0}}' is listed twice; each must be different");
        }

        private void Duplicates(IEnumerable<(string? Text, SourceLocation At)> texts, string message)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (text, at) in texts.Where(entry => !string.IsNullOrWhiteSpace(entry.Text)))
            {
                if (!seen.Add(AnswerText.Normalise(text!)))
                {
                    context.Fail(at, string.Format(CultureInfo.InvariantCulture, message, text));
                }
            }
        }
    }
}
