using System.Globalization;

namespace Academy.Domain.Diagnostics;

/// <summary>
/// A diagnostic check ("Wo stehst du?"): single-choice questions whose options weigh towards
/// outcomes. It helps a learner pick where to start; there are no right or wrong answers.
/// </summary>
public sealed class Assessment
{
    private readonly Dictionary<string, AssessmentQuestion> questionsById;

    /// <param name="introHtml">Rendered and sanitised; null when the editor wrote no intro.</param>
    public Assessment(string slug, string title, string? introHtml, IReadOnlyList<AssessmentOutcome> outcomes, IReadOnlyList<AssessmentQuestion> questions)
    {
        if (outcomes.Count == 0)
        {
            throw new ArgumentException($"Assessment '{slug}' has no outcomes.", nameof(outcomes));
        }

        var keys = outcomes.Select(outcome => outcome.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            var unknown = question.Options.SelectMany(option => option.Weights.Keys).FirstOrDefault(key => !keys.Contains(key));
            if (unknown is not null)
            {
                throw new ArgumentException($"Assessment '{slug}', question '{question.Id}' weighs towards '{unknown}', which is not an outcome.", nameof(questions));
            }
        }

        Slug = slug;
        Title = title;
        IntroHtml = introHtml;
        Outcomes = outcomes;
        Questions = questions;
        questionsById = questions.ToDictionary(question => question.Id, StringComparer.Ordinal);
    }

    public string Slug { get; }

    public string Title { get; }

    public string? IntroHtml { get; }

    /// <summary>In the order of the file, which also breaks ties.</summary>
    public IReadOnlyList<AssessmentOutcome> Outcomes { get; }

    public IReadOnlyList<AssessmentQuestion> Questions { get; }

    public AssessmentQuestion? FindQuestion(string id) => questionsById.GetValueOrDefault(id);

    public AssessmentOutcome? FindOutcome(string key) => Outcomes.FirstOrDefault(outcome => outcome.Key == key);

    /// <summary>
    /// Adds up the chosen options' weights per outcome. Throws <see cref="AssessmentAnswersRejectedException"/>
    /// for answers no honest form could send: an unknown question, an option that does not exist, two values for one question.
    /// </summary>
    public AssessmentResult Score(AssessmentAnswers answers)
    {
        var unknown = answers.QuestionIds.FirstOrDefault(id => !questionsById.ContainsKey(id));
        if (unknown is not null)
        {
            throw new AssessmentAnswersRejectedException($"The check has no question '{Truncate(unknown)}'.");
        }

        var choices = new Dictionary<string, int>(StringComparer.Ordinal);
        var unanswered = new List<AssessmentQuestion>();
        foreach (var question in Questions)
        {
            var given = answers.For(question.Id);
            if (given.Count == 0)
            {
                unanswered.Add(question);
                continue;
            }

            if (given.Count > 1)
            {
                throw new AssessmentAnswersRejectedException($"Question '{question.Id}' takes one answer, not {given.Count}.");
            }

            if (!int.TryParse(given[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= question.Options.Count)
            {
                throw new AssessmentAnswersRejectedException($"Question '{question.Id}' has no option '{Truncate(given[0])}'.");
            }

            choices[question.Id] = index;
        }

        var totals = Outcomes.ToDictionary(outcome => outcome.Key, _ => 0, StringComparer.Ordinal);
        foreach (var (questionId, index) in choices)
        {
            foreach (var (key, weight) in questionsById[questionId].Options[index].Weights)
            {
                totals[key] += weight;
            }
        }

        return new AssessmentResult(choices, Rank(totals), unanswered);
    }

    /// <summary>
    /// Ranks outcomes by score, highest first; equal scores keep the file's order. Outcomes missing
    /// from <paramref name="scores"/> count as 0 and keys that are no outcome (any more) are ignored,
    /// so a result stored before the assessment changed can still be shown.
    /// </summary>
    public IReadOnlyList<OutcomeScore> Rank(IReadOnlyDictionary<string, int> scores) =>
        [.. Outcomes
            .Select(outcome => new OutcomeScore(outcome, scores.GetValueOrDefault(outcome.Key)))
            .OrderByDescending(score => score.Score)];

    // Tampered values can be long; a message must not echo them in full.
    private static string Truncate(string value) => value.Length <= 20 ? value : value[..20] + "…";
}
