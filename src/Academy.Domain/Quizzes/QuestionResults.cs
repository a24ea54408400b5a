using System.Text.Json;

namespace Academy.Domain.Quizzes;

/// <summary>
/// The one serialiser for the stored attempt's <c>OutcomesJson</c>: the quiz engine writes with it,
/// the review and the item statistics read with it. Default options, so property names stay PascalCase.
/// </summary>
public static class QuestionResults
{
    public static string ToJson(IReadOnlyList<QuestionResult> results) => JsonSerializer.Serialize(results);

    /// <summary>Reads what <see cref="ToJson"/> wrote; an empty or <c>null</c> column reads as no results.</summary>
    public static IReadOnlyList<QuestionResult> FromJson(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<QuestionResult>>(json) ?? [];
}
