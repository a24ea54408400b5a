namespace Academy.Domain.Quizzes.Statistics;

/// <summary>
/// Classical item analysis of a quiz's exam attempts: facility, the upper–lower 27 % discrimination index,
/// response frequencies, and plain hints for the editor once enough attempts exist.
/// </summary>
public static class ItemAnalysis
{
    /// <summary>Below this many attempts that saw a question, its numbers swing too much to hint at anything.</summary>
    public const int MinimumAttemptsForFlags = 20;

    public const decimal TooEasyAbove = 0.9m;

    public const decimal TooHardBelow = 0.3m;

    public const decimal DiscriminatesPoorlyBelow = 0.2m;

    /// <summary>A wrong response given by at least this share of the attempts that saw the question.</summary>
    public const decimal OftenChosenShare = 0.3m;

    /// <summary>Kelley's 27 %: the upper and lower groups' share of the attempts that saw the question.</summary>
    public const decimal GroupShare = 0.27m;

    /// <param name="items">The quiz's questions in order.</param>
    /// <param name="attempts">Submitted exam attempts in submission order; the order breaks ties in the total score.</param>
    public static QuizStatistics Analyse(IReadOnlyList<QuizItem> items, IReadOnlyList<ScoredAttempt> attempts)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(attempts);

        var known = items.Select(item => item.QuestionId).ToHashSet(StringComparer.Ordinal);
        var retired = attempts
            .SelectMany(attempt => attempt.Results)
            .Select(result => result.QuestionId)
            .Where(id => !known.Contains(id))
            .Distinct(StringComparer.Ordinal)
            .Select(id => (Item: new QuizItem(id, ""), InQuiz: false));

        var analysed = items.Select(item => (Item: item, InQuiz: true))
            .Concat(retired)
            .Select(entry => AnalyseItem(entry.Item, entry.InQuiz, attempts))
            .ToList();

        if (attempts.Count == 0)
        {
            return new QuizStatistics(0, null, null, null, analysed);
        }

        var scores = attempts.Select(attempt => (decimal)attempt.ScorePercent).ToList();
        return new QuizStatistics(
            attempts.Count,
            scores.Average(),
            Median(scores),
            (decimal)attempts.Count(attempt => attempt.Passed) / attempts.Count,
            analysed);
    }

    /// <summary>Group size for the upper and lower groups: 27 % of the attempts, rounded half away from zero, at least one.</summary>
    public static int GroupSize(int attempts) =>
        Math.Max(1, (int)Math.Round(attempts * GroupShare, MidpointRounding.AwayFromZero));

    private static ItemStatistics AnalyseItem(QuizItem item, bool inQuiz, IReadOnlyList<ScoredAttempt> attempts)
    {
        // Attempts that saw the question, in submission order, with what they earned on it.
        var seen = attempts
            .Select(attempt => (attempt.ScorePercent, Result: attempt.Results.FirstOrDefault(result => result.QuestionId == item.QuestionId)))
            .Where(pair => pair.Result is not null)
            .Select(pair => new Seen(pair.ScorePercent, Share(pair.Result!), ResponsesOf(pair.Result!)))
            .ToList();

        if (seen.Count == 0)
        {
            var listed = item.ListedResponses.Select(key => new ResponseCount(key, 0, RightByItem(item, key))).ToList();
            return new ItemStatistics(item, inQuiz, 0, null, null, 0, listed, []);
        }

        var facility = seen.Average(attempt => attempt.Share);
        var discrimination = Discrimination(seen);
        var responses = CountResponses(item, seen);
        var unanswered = seen.Count(attempt => attempt.Responses.Count == 0);
        var flags = seen.Count >= MinimumAttemptsForFlags ? Flags(facility, discrimination, responses, seen.Count) : [];
        return new ItemStatistics(item, inQuiz, seen.Count, facility, discrimination, unanswered, responses, flags);
    }

    private static decimal? Discrimination(List<Seen> seen)
    {
        if (seen.Count < 2)
        {
            return null;
        }

        // OrderByDescending is stable: among equal totals the earlier attempt ranks higher.
        var ranked = seen.OrderByDescending(attempt => attempt.ScorePercent).ToList();
        var size = GroupSize(seen.Count);
        var upper = ranked.Take(size).Average(attempt => attempt.Share);
        var lower = ranked.Skip(ranked.Count - size).Average(attempt => attempt.Share);
        return upper - lower;
    }

    private static List<ResponseCount> CountResponses(QuizItem item, List<Seen> seen)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in item.ListedResponses)
        {
            counts.TryAdd(key, 0);
        }

        var givenWithFullPoints = new HashSet<string>(StringComparer.Ordinal);
        var anyFullPoints = false;
        foreach (var attempt in seen)
        {
            anyFullPoints |= attempt.Share >= 1;
            foreach (var key in attempt.Responses)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
                if (attempt.Share >= 1)
                {
                    givenWithFullPoints.Add(key);
                }
            }
        }

        var listedOrder = item.ListedResponses.Select((key, index) => (key, index)).ToDictionary(pair => pair.key, pair => pair.index, StringComparer.Ordinal);
        return [.. counts
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => listedOrder.GetValueOrDefault(pair.Key, int.MaxValue))
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new ResponseCount(
                pair.Key,
                pair.Value,
                RightByItem(item, pair.Key) ?? (anyFullPoints ? givenWithFullPoints.Contains(pair.Key) : null)))];
    }

    private static List<ItemFlag> Flags(decimal facility, decimal? discrimination, List<ResponseCount> responses, int seen)
    {
        var flags = new List<ItemFlag>();
        if (facility > TooEasyAbove)
        {
            flags.Add(new ItemFlag(ItemFlagKind.TooEasy));
        }

        if (facility < TooHardBelow)
        {
            flags.Add(new ItemFlag(ItemFlagKind.TooHard));
        }

        if (discrimination < DiscriminatesPoorlyBelow)
        {
            flags.Add(new ItemFlag(ItemFlagKind.DiscriminatesPoorly));
        }

        flags.AddRange(responses
            .Where(response => response.IsRight == false && (decimal)response.Count / seen >= OftenChosenShare)
            .Select(response => new ItemFlag(ItemFlagKind.WrongResponseOftenChosen, response.Key)));
        return flags;
    }

    private static bool? RightByItem(QuizItem item, string key) => item.RightResponses?.Contains(key);

    private static decimal Share(QuestionResult result) => result.MaxPoints > 0 ? result.Points / result.MaxPoints : 0;

    // One attempt counts once per key, however often a key repeats in its stored responses.
    private static List<string> ResponsesOf(QuestionResult result) =>
        result.Responses is null ? [] : [.. result.Responses.Distinct(StringComparer.Ordinal)];

    private static decimal Median(List<decimal> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private sealed record Seen(int ScorePercent, decimal Share, List<string> Responses);
}
