using System.Globalization;
using System.Text.RegularExpressions;

namespace Academy.Domain.Quizzes;

/// <summary>
/// A posted quiz form, split by question: <c>q3</c> and <c>q3.2</c> belong to slot 3. Anything a
/// quiz form cannot send is refused before grading.
/// </summary>
public sealed partial class QuizForm
{
    /// <summary>Longer than any honest answer; a megabyte of text is refused, not stored.</summary>
    public const int MaxValueLength = 2000;

    private readonly Dictionary<int, Dictionary<string, IReadOnlyList<string>>> slots;

    private QuizForm(Dictionary<int, Dictionary<string, IReadOnlyList<string>>> slots) => this.slots = slots;

    public static QuizForm Empty { get; } = new([]);

    /// <param name="fields">Form fields; those not named like an answer (tokens, buttons) are ignored.</param>
    /// <param name="slotCount">How many questions the attempt shows.</param>
    /// <exception cref="QuizAnswersRejectedException">A field names a question the attempt does not have, or a value is far too long.</exception>
    public static QuizForm Read(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> fields, int slotCount)
    {
        var slots = new Dictionary<int, Dictionary<string, IReadOnlyList<string>>>();
        foreach (var (name, values) in fields)
        {
            var match = AnswerField().Match(name);
            if (!match.Success)
            {
                continue;
            }

            if (!int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var slot) || slot < 1 || slot > slotCount)
            {
                throw new QuizAnswersRejectedException($"The attempt has no question {match.Groups[1].Value}.");
            }

            if (values.Any(value => value.Length > MaxValueLength))
            {
                throw new QuizAnswersRejectedException($"An answer to question {slot} is longer than {MaxValueLength} characters.");
            }

            var part = match.Groups[2].Success ? match.Groups[2].Value : "";
            if (!slots.TryGetValue(slot, out var parts))
            {
                slots[slot] = parts = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            }

            parts[part] = values;
        }

        return new QuizForm(slots);
    }

    public QuestionForm For(int slot) =>
        slots.TryGetValue(slot, out var parts) ? new QuestionForm(slot, parts) : QuestionForm.Empty(slot);

    /// <summary>The same form with the given slots taken from <paramref name="other"/>, for answers locked by an immediate check.</summary>
    public QuizForm With(QuizForm other, IEnumerable<int> lockedSlots)
    {
        var merged = new Dictionary<int, Dictionary<string, IReadOnlyList<string>>>(slots);
        foreach (var slot in lockedSlots)
        {
            if (other.slots.TryGetValue(slot, out var parts))
            {
                merged[slot] = parts;
            }
            else
            {
                merged.Remove(slot);
            }
        }

        return new QuizForm(merged);
    }

    /// <summary>Field name to values, for storing a draft or the graded answers.</summary>
    public Dictionary<string, IReadOnlyList<string>> ToFields() =>
        slots.SelectMany(slot => slot.Value.Select(part => (
                Name: part.Key.Length == 0 ? $"q{slot.Key}" : $"q{slot.Key}.{part.Key}",
                part.Value)))
            .ToDictionary(field => field.Name, field => field.Value, StringComparer.Ordinal);

    [GeneratedRegex(@"^q(\d{1,4})(?:\.(\d{1,2}))?$")]
    private static partial Regex AnswerField();
}
