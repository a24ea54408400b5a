using System.Text;

namespace Academy.Domain.Quizzes;

/// <summary>How typed answers are compared: ignoring case, surrounding space and quotes, with an optional typo allowance.</summary>
public static class AnswerText
{
    private const string Quotes = "\"'„“”‚‘’»«›‹";

    /// <summary>Typos are forgiven only in answers this long, so "Ja" never matches "Da".</summary>
    public const int MinimumLengthForTypos = 5;

    public static string Normalise(string text)
    {
        var trimmed = text.Trim().Trim(Quotes.ToCharArray()).Trim();
        var collapsed = new StringBuilder(trimmed.Length);
        var lastWasSpace = false;
        foreach (var character in trimmed)
        {
            var isSpace = char.IsWhiteSpace(character);
            if (!isSpace || !lastWasSpace)
            {
                collapsed.Append(isSpace ? ' ' : character);
            }

            lastWasSpace = isSpace;
        }

        return collapsed.ToString().ToLowerInvariant();
    }

    public static bool Matches(string given, IEnumerable<string> accepted, int typos)
    {
        var normalised = Normalise(given);
        return normalised.Length > 0 && accepted.Select(Normalise).Any(answer =>
            answer == normalised
            || (typos > 0 && answer.Length >= MinimumLengthForTypos && EditDistance(answer, normalised, typos) <= typos));
    }

    /// <summary>Levenshtein distance, stopping early once it exceeds <paramref name="limit"/>.</summary>
    public static int EditDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
