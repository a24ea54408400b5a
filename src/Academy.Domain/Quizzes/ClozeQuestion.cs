using System.Globalization;
using System.Text.RegularExpressions;

namespace Academy.Domain.Quizzes;

/// <summary>A text with gaps, written <c>{1}</c>, <c>{2}</c>; each gap is typed or chosen.</summary>
public sealed partial class ClozeQuestion(QuestionText text, string clozeText, IReadOnlyList<ClozeGap> gaps) : Question(text)
{
    public const string TypeName = "cloze";

    public override string Type => TypeName;

    public string Text { get; } = clozeText;

    public IReadOnlyList<ClozeGap> Gaps { get; } = gaps;

    public override IReadOnlyList<IReadOnlyList<int>> ChoiceLists =>
        [.. Gaps.Select(gap => gap.Options is { } options ? Identity(options.Count) : [])];

    /// <summary>The text split at its gaps: literal text, or the 0-based gap that stands there.</summary>
    public IEnumerable<(string Text, int? Gap)> Segments()
    {
        var at = 0;
        foreach (Match match in GapMarker().Matches(Text))
        {
            yield return (Text[at..match.Index], null);
            yield return ("", int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture) - 1);
            at = match.Index + match.Length;
        }

        yield return (Text[at..], null);
    }

    /// <summary>The gap numbers written in a cloze text, in order, for validation.</summary>
    public static IReadOnlyList<int> GapNumbers(string text) =>
        [.. GapMarker().Matches(text).Select(match => int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture))];

    /// <param name="form">Part <c>g</c> (1-based gap) sends the typed text or the displayed option.</param>
    public override QuestionOutcome Grade(QuestionForm form, IReadOnlyList<IReadOnlyList<int>> display, Scoring scoring)
    {
        form.OnlyParts(Enumerable.Range(1, Gaps.Count).Select(gap => gap.ToString(CultureInfo.InvariantCulture)));
        var given = new string?[Gaps.Count];
        var correct = new bool[Gaps.Count];
        var responses = new List<string>();
        for (var g = 0; g < Gaps.Count; g++)
        {
            var gap = Gaps[g];
            if (form.Single((g + 1).ToString(CultureInfo.InvariantCulture)) is not { } value)
            {
                continue;
            }

            if (gap.Options is { } options)
            {
                var option = display[g][form.DisplayIndex(value, options.Count)];
                given[g] = option.ToString(CultureInfo.InvariantCulture);
                correct[g] = option == gap.RightOption;
                responses.Add($"{g + 1}:{Label(option)}");
            }
            else if (AnswerText.Normalise(value).Length > 0)
            {
                given[g] = value.Trim();
                correct[g] = AnswerText.Matches(value, gap.Accepted, gap.Typos);
                responses.Add($"{g + 1}:{AnswerText.Normalise(value)}");
            }
        }

        var filled = given.Count(value => value is not null);
        if (filled == 0)
        {
            return Unanswered(form.Slot);
        }

        var problem = filled < Gaps.Count ? AnswerProblem.Incomplete : AnswerProblem.None;
        return new QuestionOutcome(this, form.Slot, Score(correct.Count(right => right), Gaps.Count, scoring), problem, given, responses, correct);
    }

    [GeneratedRegex(@"\{(\d{1,2})\}")]
    private static partial Regex GapMarker();
}

/// <summary>A typed gap (<see cref="Accepted"/>) or a choice gap (<see cref="Options"/> and <see cref="RightOption"/>).</summary>
public sealed record ClozeGap(IReadOnlyList<string> Accepted, int Typos, IReadOnlyList<string>? Options, int RightOption)
{
    public static ClozeGap Typed(IReadOnlyList<string> accepted, int typos = 0) => new(accepted, typos, null, -1);

    public static ClozeGap Choice(IReadOnlyList<string> options, int rightOption) => new([], 0, options, rightOption);

    /// <summary>The right answer as the review shows it.</summary>
    public string RightAnswer => Options is { } options ? options[RightOption] : Accepted[0];
}
