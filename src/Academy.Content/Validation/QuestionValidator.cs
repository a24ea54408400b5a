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
            .WithMessage(question => $"Frage {question.Number}: 'type' fehlt; nimm einen von: {string.Join(", ", KnownTypes)}")
            .WithState(question => question.At("type"));
        RuleFor(question => question.Type)
            .Must(type => KnownTypes.Contains(type, StringComparer.Ordinal))
            .When(question => !string.IsNullOrWhiteSpace(question.Type))
            .WithMessage(question => $"Frage {question.Number}: den Typ '{question.Type}' gibt es nicht; nimm einen von: {string.Join(", ", KnownTypes)}")
            .WithState(question => question.At("type"));
        RuleFor(question => question).Custom(CheckFields);
        RuleFor(question => question.Id!)
            .Must(ContentRules.IsValidSlug)
            .When(question => !string.IsNullOrWhiteSpace(question.Id))
            .WithMessage(question => $"Frage {question.Number}: die id '{question.Id}' darf nur Kleinbuchstaben a-z, Ziffern und einzelne Bindestriche enthalten, wie 'ziel-smart'")
            .WithState(question => question.At("id"));
        RuleFor(question => question.Shuffle)
            .Must(shuffle => ContentRules.TryParseBoolean(shuffle, out _))
            .When(question => question.Shuffle is not null)
            .WithMessage(question => $"Frage {question.Number}: 'shuffle' muss true oder false sein, nicht '{question.Shuffle}'")
            .WithState(question => question.At("shuffle"));
        RuleFor(question => question.Prompt)
            .NotEmpty()
            .WithMessage(question => $"Frage {question.Number}: 'prompt' fehlt oder ist leer")
            .WithState(question => question.At("prompt"));
        RuleFor(question => question.Explanation)
            .NotEmpty()
            .WithMessage(question => $"Frage {question.Number}: 'explanation' fehlt oder ist leer")
            .WithState(question => question.At("explanation"));
        RuleFor(question => question.Answer)
            .NotNull()
            .When(question => NeedsAnswer(question.Type))
            .WithMessage(question => $"Frage {question.Number} hat keine richtige Antwort: 'answer' fehlt")
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
                ? $"Frage {question.Number}: eine Frage vom Typ '{question.Type}' hat kein Feld '{field}'; ihre Felder sind: {string.Join(", ", own)}"
                : $"Frage {question.Number}: unbekanntes Feld '{field}'";
            context.Fail(question.At(field), message);
        }
    }

    /// <summary>The checks of each type, with the question's prefix and context at hand.</summary>
    private sealed class QuestionCheck(QuestionDefinition question, ValidationContext<QuestionDefinition> context)
    {
        private readonly string prefix = $"Frage {question.Number}:";

        public void Choice()
        {
            var options = Options(question.Options, question.At("options"), prefix, $"eine Frage vom Typ '{question.Type}'");
            if (question.Answer is not { } answer)
            {
                return;
            }

            var at = question.At("answer");
            if (question.Type == SingleChoiceQuestion.TypeName && (answer.IsList || answer.Values.Count != 1))
            {
                context.Fail(at, $"{prefix} eine Frage vom Typ 'single' hat genau einen Optionsindex als Antwort, wie 'answer: 1'");
                return;
            }

            if (question.Type == MultipleChoiceQuestion.TypeName && !answer.IsList)
            {
                context.Fail(at, $"{prefix} eine Frage vom Typ 'multiple' hat eine Liste von Optionsindizes als Antwort, wie 'answer: [0, 2]'");
                return;
            }

            if (answer.Values.Count == 0)
            {
                context.Fail(at, $"{prefix} 'answer' ist eine leere Liste; nenn mindestens eine richtige Option");
                return;
            }

            var seen = new HashSet<int>();
            foreach (var text in answer.Values)
            {
                if (OptionIndex(text, options, at, prefix) is { } index && !seen.Add(index))
                {
                    context.Fail(at, $"{prefix} 'answer' nennt den Index {index} zweimal");
                }
            }
        }

        public void TrueFalse()
        {
            if (question.Answer is { } answer && (answer.IsList || !ContentRules.TryParseBoolean(answer.Values[0], out _)))
            {
                context.Fail(question.At("answer"), $"{prefix} 'answer' muss true oder false sein, nicht '{string.Join(", ", answer.Values)}'");
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
                context.Fail(question.At("answer"), $"{prefix} 'answer' muss genau eine Zahl sein, wie 1.5, nicht '{string.Join(", ", answer.Values)}'");
            }

            if (question.Tolerance is { } tolerance && !(ContentRules.TryParseDecimal(tolerance, out var value) && value >= 0))
            {
                context.Fail(question.At("tolerance"), $"{prefix} 'tolerance' muss eine Zahl ab 0 sein, nicht '{tolerance}'");
            }
        }

        public void Order()
        {
            var at = question.At("items");
            if (question.Items is null)
            {
                context.Fail(at, $"{prefix} 'items' fehlt; eine Frage vom Typ 'order' braucht {MinOrderItems} bis {MaxOrderItems} Elemente, in der richtigen Reihenfolge geschrieben");
                return;
            }

            if (question.Items.Count is < MinOrderItems or > MaxOrderItems)
            {
                context.Fail(at, $"{prefix} eine Frage vom Typ 'order' braucht {MinOrderItems} bis {MaxOrderItems} Elemente, nicht {question.Items.Count}");
            }

            NonEmptyAndDistinct(question.Items, at, "Element");
        }

        public void Match()
        {
            var at = question.At("pairs");
            var pairs = question.Pairs ?? [];
            if (question.Pairs is null)
            {
                context.Fail(at, $"{prefix} 'pairs' fehlt; eine Frage vom Typ 'match' braucht {MinPairs} bis {MaxPairs} Paare aus '- left: ...' und 'right: ...'");
            }
            else if (pairs.Count is < MinPairs or > MaxPairs)
            {
                context.Fail(at, $"{prefix} eine Frage vom Typ 'match' braucht {MinPairs} bis {MaxPairs} Paare, nicht {pairs.Count}");
            }

            foreach (var pair in pairs)
            {
                QuizValidator.ReportUnknownFields(context, pair, KnownPairFields, $"{prefix} Paar {pair.Number}: ");
                foreach (var (field, value) in new[] { ("left", pair.Left), ("right", pair.Right) })
                {
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        context.Fail(pair.At(field), $"{prefix} Paar {pair.Number}: '{field}' fehlt oder ist leer");
                    }
                }
            }

            var distractors = question.Distractors ?? [];
            for (var i = 0; i < distractors.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(distractors[i]))
                {
                    context.Fail(question.At("distractors"), $"{prefix} Eintrag {i} in 'distractors' ist leer");
                }
            }

            // Each left item gets one select of every right-hand text; two equal texts could not be told apart.
            Duplicates(pairs.Select(pair => (pair.Left, pair.At("left"))), $"{prefix} links steht '{{0}}' zweimal; jedes linke Element muss anders lauten");
            Duplicates(
                [.. pairs.Select(pair => (pair.Right, pair.At("right"))), .. distractors.Select(distractor => ((string?)distractor, question.At("distractors")))],
                $"{prefix} die rechte Option '{{0}}' steht zweimal da ('pairs' und 'distractors' zusammen); jede muss anders lauten");
        }

        public void Cloze()
        {
            if (string.IsNullOrWhiteSpace(question.Text))
            {
                context.Fail(question.At("text"), $"{prefix} 'text' fehlt oder ist leer; schreib den Text mit seinen Lücken, wie 'Plane {{1}} Minuten pro Woche.'");
            }

            var gaps = question.Gaps ?? [];
            if (gaps.Count == 0)
            {
                context.Fail(question.At("gaps"), $"{prefix} 'gaps' fehlt oder ist leer; schreib für jede Lücke {{1}}, {{2}} ... des Texts ein '- answer: ...' oder '- options: ...'");
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
                context.Fail(at, $"{prefix} der Text hat keine Lücken; schreib sie als {{1}}, {{2}} ... dorthin, wo Lernende etwas einsetzen");
                return;
            }

            var problems = false;
            foreach (var number in written.Where(number => number < 1 || number > gapCount).Distinct())
            {
                context.Fail(at, $"{prefix} der Text hat die Lücke {{{number}}}, aber 'gaps' nennt nur {gapCount}");
                problems = true;
            }

            foreach (var number in written.GroupBy(number => number).Where(group => group.Count() > 1).Select(group => group.Key))
            {
                context.Fail(at, $"{prefix} der Text hat die Lücke {{{number}}} zweimal; jede Lücke steht nur einmal im Text");
                problems = true;
            }

            foreach (var number in Enumerable.Range(1, gapCount).Where(number => !written.Contains(number)))
            {
                context.Fail(at, $"{prefix} 'gaps' nennt {gapCount}, aber der Text hat keine Lücke {{{number}}}");
                problems = true;
            }

            if (!problems && !written.SequenceEqual(Enumerable.Range(1, gapCount)))
            {
                context.Fail(at, $"{prefix} die Lücken müssen in der Reihenfolge nummeriert sein, in der sie im Text stehen: {{1}}, {{2}} ...");
            }
        }

        private void Gap(GapDefinition gap)
        {
            var gapPrefix = $"{prefix} Lücke {gap.Number}:";
            QuizValidator.ReportUnknownFields(context, gap, KnownGapFields, $"{gapPrefix} ");
            if (gap.Answer is not { } answer)
            {
                context.Fail(gap.Location, $"{gapPrefix} 'answer' fehlt; gib die erlaubten Texte an, oder 'options' und den Index der richtigen");
                return;
            }

            if (gap.Options is not null)
            {
                var options = Options(gap.Options, gap.At("options"), gapPrefix, "eine Auswahllücke");
                if (answer.IsList || answer.Values.Count != 1)
                {
                    context.Fail(gap.At("answer"), $"{gapPrefix} eine Auswahllücke hat genau einen Optionsindex als Antwort, wie 'answer: 0'");
                }
                else
                {
                    OptionIndex(answer.Values[0], options, gap.At("answer"), gapPrefix);
                }

                if (gap.Typos is not null)
                {
                    context.Fail(gap.At("typos"), $"{gapPrefix} 'typos' gilt nur für eine getippte Lücke, nicht für eine mit 'options'");
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
                context.Fail(at, $"{prefix} 'options' fehlt; {what} braucht mindestens zwei");
            }
            else if (options.Count == 1)
            {
                context.Fail(at, $"{prefix} es gibt nur eine Option; {what} braucht mindestens zwei");
            }

            for (var i = 0; i < options.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(options[i]))
                {
                    context.Fail(at, $"{prefix} Option {i} ist leer");
                }
            }

            return options;
        }

        private int? OptionIndex(string text, IReadOnlyList<string> options, SourceLocation at, string prefix)
        {
            if (!ContentRules.TryParseWholeNumber(text, out var index))
            {
                context.Fail(at, $"{prefix} die Antwort '{text}' ist kein Optionsindex (eine ganze Zahl ab 0)");
                return null;
            }

            if (index < 0 || index >= options.Count)
            {
                var range = options.Count == 0 ? "es gibt keine Optionen" : $"es gibt {options.Count} Optionen (0-{options.Count - 1})";
                context.Fail(at, $"{prefix} die Antwort {index} passt zu keiner Option; {range}");
                return null;
            }

            return index;
        }

        private void AcceptedTexts(AnswerDefinition answer, SourceLocation at, string prefix)
        {
            if (answer.Values.Count == 0 || answer.Values.Any(value => AnswerText.Normalise(value).Length == 0))
            {
                context.Fail(at, $"{prefix} 'answer' muss die erlaubten Texte nennen, keinen davon leer, wie [\"Zielgruppe\", \"Target group\"]");
            }
        }

        private void Typos(string? typos, SourceLocation at, string prefix)
        {
            if (typos is not null && !(ContentRules.TryParseWholeNumber(typos, out var count) && count is >= 0 and <= MaxTypos))
            {
                context.Fail(at, $"{prefix} 'typos' muss 0, 1 oder 2 sein, nicht '{typos}'");
            }
        }

        private void NonEmptyAndDistinct(IReadOnlyList<string> texts, SourceLocation at, string noun)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(texts[i]))
                {
                    context.Fail(at, $"{prefix} {noun} {i} ist leer");
                }
            }

            Duplicates(texts.Select(text => ((string?)text, at)), $"{prefix} {noun} '{{0}}' steht zweimal da; jedes muss anders lauten");
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
