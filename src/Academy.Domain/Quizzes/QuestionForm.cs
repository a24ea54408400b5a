namespace Academy.Domain.Quizzes;

/// <summary>
/// What the form sent for one question, by part: <c>""</c> for <c>q3</c>, <c>"2"</c> for <c>q3.2</c>.
/// Values refer to what was displayed, so the question maps them back through its display order.
/// </summary>
public sealed class QuestionForm(int slot, IReadOnlyDictionary<string, IReadOnlyList<string>> parts)
{
    public static QuestionForm Empty(int slot) => new(slot, new Dictionary<string, IReadOnlyList<string>>());

    public int Slot { get; } = slot;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Parts { get; } = parts;

    public IReadOnlyList<string> Values(string part = "") => Parts.GetValueOrDefault(part) ?? [];

    /// <summary>The single value of a part, or null when it was not sent or left blank.</summary>
    public string? Single(string part = "")
    {
        var values = Values(part);
        if (values.Count > 1)
        {
            throw Rejected($"sent {values.Count} values for a field that takes one");
        }

        return values.Count == 0 || string.IsNullOrWhiteSpace(values[0]) ? null : values[0];
    }

    /// <summary>Refuses parts that this question's form never has.</summary>
    public void OnlyParts(IEnumerable<string> allowed)
    {
        var known = allowed.ToHashSet(StringComparer.Ordinal);
        var unknown = Parts.Keys.FirstOrDefault(part => !known.Contains(part));
        if (unknown is not null)
        {
            throw Rejected(unknown.Length == 0 ? "has no field of its own" : $"has no field '{Truncate(unknown)}'");
        }
    }

    public int DisplayIndex(string value, int count)
    {
        if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            || index >= count)
        {
            throw Rejected($"has no option '{Truncate(value)}'");
        }

        return index;
    }

    public QuizAnswersRejectedException Rejected(string problem) => new($"Question {Slot} {problem}.");

    private static string Truncate(string value) => value.Length <= 20 ? value : value[..20] + "…";
}
