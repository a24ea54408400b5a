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

    public static bool IsValidSlug(string slug) => SlugPattern().IsMatch(slug);

    public static string SlugMessage(string kind, string slug) =>
        $"{kind} slug '{slug}' may only use lower-case letters a-z, digits and single dashes (write ae, oe, ue, ss for umlauts and ß)";

    /// <summary>Reports a failure at a source location; the location travels in CustomState.</summary>
    public static void Fail<T>(this ValidationContext<T> context, SourceLocation at, string message) =>
        context.AddFailure(new ValidationFailure(context.PropertyPath, message) { CustomState = at });

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
