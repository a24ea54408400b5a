using System.Globalization;

namespace Academy.Domain.Quizzes;

/// <summary>A number, right within a tolerance. Learners write <c>1,5</c> or <c>1.5</c>, with or without the unit.</summary>
public sealed class NumberQuestion(QuestionText text, decimal answer, decimal tolerance, string? unit) : Question(text)
{
    public const string TypeName = "number";

    public override string Type => TypeName;

    public decimal Answer { get; } = answer;

    public decimal Tolerance { get; } = tolerance;

    public string? Unit { get; } = unit;

    public override QuestionOutcome Grade(QuestionForm form, IReadOnlyList<IReadOnlyList<int>> display, Scoring scoring)
    {
        form.OnlyParts([""]);
        if (form.Single() is not { } given)
        {
            return Unanswered(form.Slot);
        }

        if (ParseNumber(given, Unit) is not { } number)
        {
            return new QuestionOutcome(this, form.Slot, 0, AnswerProblem.NotANumber, [given.Trim()], []);
        }

        var right = Math.Abs(number - Answer) <= Tolerance;
        return new QuestionOutcome(this, form.Slot, right ? 1 : 0, AnswerProblem.None, [given.Trim()], [Canonical(number)]);
    }

    /// <summary>The number as item statistics key it: "1,50" and "1.5" are one response, "1.5".</summary>
    public static string Canonical(decimal number) => number.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads German and English notation: with one kind of separator used once, it is the decimal
    /// separator; used more often, or before the other kind, it groups thousands.
    /// </summary>
    public static decimal? ParseNumber(string text, string? unit = null)
    {
        var value = text.Trim();
        if (!string.IsNullOrWhiteSpace(unit) && value.EndsWith(unit.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            value = value[..^unit.Trim().Length];
        }

        value = new string([.. value.Where(character => !char.IsWhiteSpace(character) && character != '\'')]).Replace('−', '-');
        var lastComma = value.LastIndexOf(',');
        var lastDot = value.LastIndexOf('.');
        char? decimalSeparator = (lastComma, lastDot) switch
        {
            (< 0, < 0) => null,
            (>= 0, < 0) => value.Count(c => c == ',') == 1 ? ',' : null,
            (< 0, >= 0) => value.Count(c => c == '.') == 1 ? '.' : null,
            _ => lastComma > lastDot ? ',' : '.',
        };
        var grouping = decimalSeparator == ',' ? '.' : decimalSeparator == '.' ? ',' : lastComma >= 0 ? ',' : '.';
        if (decimalSeparator is { } separator && value.Count(c => c == separator) > 1)
        {
            return null;
        }

        var invariant = value.Replace(grouping.ToString(), "", StringComparison.Ordinal);
        if (decimalSeparator is { } separatorToSwap)
        {
            invariant = invariant.Replace(separatorToSwap, '.');
        }

        return decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }
}
