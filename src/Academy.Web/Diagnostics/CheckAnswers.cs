using Academy.Domain.Diagnostics;
using Microsoft.Extensions.Primitives;

namespace Academy.Web.Diagnostics;

/// <summary>
/// The check's answers as form fields and query parameters: "a.&lt;question id&gt;=&lt;option index&gt;".
/// The prefix keeps them apart from the antiforgery token and from parameters that links pick up
/// when shared (fbclid, utm_source), so those are ignored while any "a." field must be a real answer.
/// </summary>
public static class CheckAnswers
{
    public const string Prefix = "a.";

    /// <summary>No honest answer is longer than an option index; a long value is tampering and never echoed.</summary>
    public const int MaxValueLength = 2000;

    public static string FieldName(AssessmentQuestion question) => Prefix + question.Id;

    /// <summary>Throws <see cref="AssessmentAnswersRejectedException"/> for a value no form could send.</summary>
    public static AssessmentAnswers Read(IEnumerable<KeyValuePair<string, StringValues>> fields)
    {
        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, values) in fields)
        {
            if (values.Any(value => value?.Length > MaxValueLength))
            {
                throw new AssessmentAnswersRejectedException($"A value is longer than {MaxValueLength} characters.");
            }

            if (name.StartsWith(Prefix, StringComparison.Ordinal))
            {
                answers[name[Prefix.Length..]] = [.. values.OfType<string>()];
            }
        }

        return new AssessmentAnswers(answers);
    }

    /// <summary>The query string of an anonymous result: short, and enough to show it again without a database row.</summary>
    public static string Query(Assessment assessment, AssessmentResult result) =>
        string.Join('&', assessment.Questions
            .Where(question => result.Choices.ContainsKey(question.Id))
            .Select(question => $"{Uri.EscapeDataString(FieldName(question))}={result.Choices[question.Id].ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
}
