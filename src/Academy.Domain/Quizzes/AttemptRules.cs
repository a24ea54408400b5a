namespace Academy.Domain.Quizzes;

/// <summary>Whether a learner may start another attempt, and why not.</summary>
public abstract record StartDecision
{
    private StartDecision()
    {
    }

    public sealed record Allowed : StartDecision;

    public sealed record NoAttemptsLeft(int Used) : StartDecision;

    public sealed record CoolingDown(DateTime UntilUtc) : StartDecision;
}

/// <summary>Extra time an admin granted a learner on timed quizzes (WCAG 2.2.1).</summary>
public sealed record TimeAllowance(double Factor, bool NoLimit)
{
    public static TimeAllowance None { get; } = new(1, false);
}

/// <summary>A learner's earlier attempt at a quiz, as far as the rules need it.</summary>
public sealed record PastAttempt(DateTime StartedAtUtc, DateTime? SubmittedAtUtc, int ScorePercent, bool Passed);

/// <summary>The server-side rules of attempts: limits, cooldown, time, which attempt counts and what the review shows.</summary>
public static class AttemptRules
{
    /// <summary>A submit this late after the deadline still counts as on time, for the network and slow phones.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    public static StartDecision CanStart(QuizSettings settings, IReadOnlyCollection<PastAttempt> past, DateTime nowUtc)
    {
        if (settings.Attempts > 0 && past.Count >= settings.Attempts)
        {
            return new StartDecision.NoAttemptsLeft(past.Count);
        }

        var lastSubmitted = past.Max(attempt => attempt.SubmittedAtUtc);
        if (settings.Cooldown is { } cooldown && lastSubmitted is { } last && last + cooldown > nowUtc)
        {
            return new StartDecision.CoolingDown(last + cooldown);
        }

        return new StartDecision.Allowed();
    }

    /// <summary>Attempts left after those already started; null when unlimited.</summary>
    public static int? AttemptsLeft(QuizSettings settings, int started) =>
        settings.Attempts == 0 ? null : Math.Max(0, settings.Attempts - started);

    public static DateTime? Deadline(QuizSettings settings, DateTime startedAtUtc, TimeAllowance allowance) =>
        settings.TimeLimit is not { } limit || allowance.NoLimit
            ? null
            : startedAtUtc + TimeSpan.FromSeconds(Math.Ceiling(limit.TotalSeconds * Math.Max(1, allowance.Factor)));

    /// <summary>
    /// The late rule: answers sent after the deadline (and its grace) do not count; the attempt is
    /// graded with what was saved before the deadline.
    /// </summary>
    public static bool IsLate(DateTime? deadlineUtc, DateTime nowUtc) => deadlineUtc is { } deadline && nowUtc > deadline + Grace;

    /// <summary>Which submitted attempt stands for the quiz: the best or the latest.</summary>
    public static T? Counted<T>(QuizSettings settings, IEnumerable<T> submitted, Func<T, PastAttempt> describe)
        where T : class
    {
        var attempts = submitted.Select(attempt => (attempt, past: describe(attempt))).Where(pair => pair.past.SubmittedAtUtc is not null).ToList();
        return settings.Grading == Grading.Last
            ? attempts.OrderByDescending(pair => pair.past.SubmittedAtUtc).Select(pair => pair.attempt).FirstOrDefault()
            : attempts.OrderByDescending(pair => pair.past.ScorePercent).ThenByDescending(pair => pair.past.SubmittedAtUtc).Select(pair => pair.attempt).FirstOrDefault();
    }

    /// <param name="passed">Whether this attempt passed.</param>
    /// <param name="attemptsLeft">Attempts left; null when unlimited.</param>
    public static bool Reveals(Reveal reveal, bool passed, int? attemptsLeft) => reveal switch
    {
        Reveal.Always => true,
        Reveal.AfterPass => passed,
        Reveal.AfterLastAttempt => attemptsLeft == 0,
        _ => false,
    };
}
