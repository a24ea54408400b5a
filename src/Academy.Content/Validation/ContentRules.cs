using System.Globalization;
using System.Text.RegularExpressions;
using Academy.Content.Definitions;
using FluentValidation;
using FluentValidation.Results;

namespace Academy.Content.Validation;

/// <summary>Small rules shared by the validators, so every source is judged the same way.</summary>
internal static partial class ContentRules
{
    public static bool IsWholeNumber(string? value) => TryParseWholeNumber(value, out _);

    public static bool TryParseWholeNumber(string? value, out int number) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);

    /// <summary>Money is a whole number of cents, so no rounding ever decides what a learner pays.</summary>
    public static bool TryParseCents(string? value, out long cents) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out cents);

    /// <summary>
    /// A number as an editor writes it: 1.5 in YAML, or 1,5 as a German keyboard writes it. Thousands
    /// separators are not accepted, so "1.500" never silently means 1.5 or 1500.
    /// </summary>
    public static bool TryParseDecimal(string? value, out decimal number)
    {
        number = 0;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.Trim();
        if (text.Contains(',', StringComparison.Ordinal))
        {
            if (text.Contains('.', StringComparison.Ordinal) || text.Count(character => character == ',') > 1)
            {
                return false;
            }

            text = text.Replace(',', '.');
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>A whole number and a unit: 30s, 10m, 2h, 1d.</summary>
    public static bool TryParseDuration(string? value, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = DurationPattern().Match(value?.Trim() ?? "");
        if (!match.Success || !int.TryParse(match.Groups["amount"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        duration = match.Groups["unit"].Value switch
        {
            "s" => TimeSpan.FromSeconds(amount),
            "m" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromDays(amount),
        };
        return true;
    }

    public static bool TryParseBoolean(string? value, out bool result) => bool.TryParse(value?.Trim(), out result);

    public static bool IsValidSlug(string slug) => SlugPattern().IsMatch(slug);

    public static string SlugMessage(string kind, string slug) =>
        $"Slug '{slug}' ({kind}) darf nur Kleinbuchstaben a-z, Ziffern und einzelne Bindestriche enthalten (schreib ae, oe, ue, ss für Umlaute und ß)";

    /// <summary>Reports a failure at a source location; the location travels in CustomState.</summary>
    public static void Fail<T>(this ValidationContext<T> context, SourceLocation at, string message) =>
        context.AddFailure(new ValidationFailure(context.PropertyPath, message) { CustomState = at });

    /// <summary>A failure as an error at the location its rule reported.</summary>
    public static ContentError ErrorOf(ValidationFailure failure) =>
        failure.CustomState is SourceLocation at
            ? new ContentError(at.Path, at.Line, failure.ErrorMessage)
            : new ContentError("", 0, failure.ErrorMessage);

    [GeneratedRegex(@"^(?<amount>\d{1,6})(?<unit>[smhd])$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
