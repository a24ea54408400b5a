using System.Globalization;
using System.Text;
using Academy.Domain.Quizzes.Statistics;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Pages.Admin.Quizzes;

/// <summary>
/// The item statistics as a CSV for Excel in Germany: semicolons between fields, a decimal comma,
/// one row per question.
/// </summary>
public static class ItemStatisticsCsv
{
    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    public static string Write(QuizStatistics statistics, Func<ItemStatistics, string> prompt, Func<ItemFlag, string> describe, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(text);
        var csv = new StringBuilder();
        Row(csv, [
            Text(text["Stats.CsvId"]),
            Text(text["Stats.Question"]),
            Text(text["Stats.Seen"]),
            Text(text["Stats.CsvFacility"]),
            Text(text["Stats.Discrimination"]),
            Text(text["Stats.Flags"]),
            Text(text["Stats.Responses"]),
        ]);
        foreach (var item in statistics.Items)
        {
            var flags = item.HasEnoughAttemptsForFlags
                ? string.Join(", ", item.Flags.Select(describe))
                : text["Stats.TooFew", item.Seen, ItemAnalysis.MinimumAttemptsForFlags].Value;
            var responses = item.Responses.Select(r => $"{r.Key}: {r.Count}")
                .Concat(item.Unanswered > 0 ? [text["Stats.Unanswered", item.Unanswered].Value] : []);
            Row(csv, [
                Text(item.Item.QuestionId),
                Text(prompt(item)),
                item.Seen.ToString(CultureInfo.InvariantCulture),
                Number(item.Facility),
                Number(item.Discrimination),
                Text(flags),
                Text(string.Join("; ", responses)),
            ]);
        }

        return csv.ToString();
    }

    /// <summary>
    /// A text field, safe for Excel: a leading = + - @ (or tab, carriage return) would start a formula,
    /// so it gets an apostrophe; a field with ; " or a line break is quoted, with quotes doubled.
    /// </summary>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    // Numbers are written by the site, never by learners, so a negative index keeps its minus sign.
    private static string Number(decimal? value) => value?.ToString("0.00", DecimalComma) ?? "";

    private static void Row(StringBuilder csv, IEnumerable<string> fields) => csv.Append(string.Join(';', fields)).Append("\r\n");
}
