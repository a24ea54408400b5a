using Academy.Domain.Quizzes;

namespace Academy.Domain.Tests.Quizzes;

public sealed class AttemptRulesTests
{
    private static readonly DateTime Noon = new(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private static PastAttempt Submitted(DateTime at, int score = 50, bool passed = false) => new(at.AddMinutes(-5), at, score, passed);

    [Fact]
    public void Unlimited_attempts_always_allow_another()
    {
        var past = Enumerable.Range(0, 20).Select(i => Submitted(Noon.AddDays(-i - 1))).ToList();

        Assert.IsType<StartDecision.Allowed>(AttemptRules.CanStart(QuizSettings.Default, past, Noon));
        Assert.Null(AttemptRules.AttemptsLeft(QuizSettings.Default, 20));
    }

    [Fact]
    public void The_attempt_limit_counts_started_attempts()
    {
        var settings = new QuizSettings(Attempts: 2);

        Assert.IsType<StartDecision.Allowed>(AttemptRules.CanStart(settings, [Submitted(Noon.AddDays(-1))], Noon));
        var refused = Assert.IsType<StartDecision.NoAttemptsLeft>(
            AttemptRules.CanStart(settings, [Submitted(Noon.AddDays(-2)), new PastAttempt(Noon.AddDays(-1), null, 0, false)], Noon));
        Assert.Equal(2, refused.Used);
        Assert.Equal(1, AttemptRules.AttemptsLeft(settings, 1));
        Assert.Equal(0, AttemptRules.AttemptsLeft(settings, 3));
    }

    [Fact]
    public void The_cooldown_runs_from_the_last_submit_and_ends_exactly_at_its_end()
    {
        var settings = new QuizSettings(Cooldown: TimeSpan.FromMinutes(10));
        PastAttempt[] past = [Submitted(Noon.AddHours(-2)), Submitted(Noon)];

        var cooling = Assert.IsType<StartDecision.CoolingDown>(AttemptRules.CanStart(settings, past, Noon.AddMinutes(10).AddSeconds(-1)));
        Assert.Equal(Noon.AddMinutes(10), cooling.UntilUtc);
        Assert.IsType<StartDecision.Allowed>(AttemptRules.CanStart(settings, past, Noon.AddMinutes(10)));
        Assert.IsType<StartDecision.Allowed>(AttemptRules.CanStart(settings, [], Noon));
    }

    [Fact]
    public void The_deadline_is_the_time_limit_stretched_by_the_allowance()
    {
        var settings = new QuizSettings(TimeLimit: TimeSpan.FromMinutes(15));

        Assert.Equal(Noon.AddMinutes(15), AttemptRules.Deadline(settings, Noon, TimeAllowance.None));
        Assert.Equal(Noon.AddMinutes(22.5), AttemptRules.Deadline(settings, Noon, new TimeAllowance(1.5, false)));
        Assert.Null(AttemptRules.Deadline(settings, Noon, new TimeAllowance(1.5, NoLimit: true)));
        Assert.Null(AttemptRules.Deadline(QuizSettings.Default, Noon, new TimeAllowance(1.5, false)));
    }

    [Fact]
    public void An_allowance_below_one_never_shortens_the_time()
    {
        var settings = new QuizSettings(TimeLimit: TimeSpan.FromMinutes(15));

        Assert.Equal(Noon.AddMinutes(15), AttemptRules.Deadline(settings, Noon, new TimeAllowance(0.5, false)));
    }

    [Fact]
    public void A_submit_is_late_only_after_the_30_second_grace()
    {
        var deadline = Noon;

        Assert.False(AttemptRules.IsLate(deadline, Noon.AddSeconds(30)));
        Assert.True(AttemptRules.IsLate(deadline, Noon.AddSeconds(30).AddTicks(1)));
        Assert.False(AttemptRules.IsLate(null, Noon.AddYears(1)));
    }

    [Fact]
    public void The_highest_attempt_counts_and_a_tie_goes_to_the_latest()
    {
        PastAttempt[] attempts = [Submitted(Noon.AddHours(-3), 80), Submitted(Noon.AddHours(-2), 90), Submitted(Noon.AddHours(-1), 90), Submitted(Noon, 60), new(Noon, null, 100, true)];

        var counted = AttemptRules.Counted(new QuizSettings(Grading: Grading.Highest), attempts, attempt => attempt);

        Assert.Same(attempts[2], counted);
    }

    [Fact]
    public void With_grading_last_the_latest_submitted_attempt_counts()
    {
        PastAttempt[] attempts = [Submitted(Noon.AddHours(-1), 90), Submitted(Noon, 60), new(Noon.AddHours(1), null, 0, false)];

        Assert.Same(attempts[1], AttemptRules.Counted(new QuizSettings(Grading: Grading.Last), attempts, attempt => attempt));
        Assert.Null(AttemptRules.Counted(QuizSettings.Default, [new PastAttempt(Noon, null, 0, false)], attempt => attempt));
    }

    [Theory]
    [InlineData(Reveal.Always, false, 2, true)]
    [InlineData(Reveal.Always, false, null, true)]
    [InlineData(Reveal.AfterPass, true, 2, true)]
    [InlineData(Reveal.AfterPass, false, 0, false)]
    [InlineData(Reveal.AfterLastAttempt, false, 0, true)]
    [InlineData(Reveal.AfterLastAttempt, true, 1, false)]
    [InlineData(Reveal.AfterLastAttempt, false, null, false)]
    [InlineData(Reveal.Never, true, 0, false)]
    public void What_the_review_reveals_depends_on_pass_and_attempts_left(Reveal reveal, bool passed, int? attemptsLeft, bool reveals)
    {
        Assert.Equal(reveals, AttemptRules.Reveals(reveal, passed, attemptsLeft));
    }

    [Fact]
    public void Practice_is_unlimited_with_immediate_feedback_whatever_the_file_says()
    {
        var written = new QuizSettings(Mode: QuizMode.Practice, Attempts: 3, Cooldown: TimeSpan.FromHours(1), Review: new ReviewPolicy(false, false, Reveal.Never, Reveal.Never));

        var effective = written.Effective();

        Assert.Equal(0, effective.Attempts);
        Assert.Null(effective.Cooldown);
        Assert.Equal(Feedback.Immediate, effective.Feedback);
        Assert.Equal(ReviewPolicy.Everything, effective.ReviewPolicy);
        Assert.Equal(new QuizSettings(Attempts: 3), new QuizSettings(Attempts: 3).Effective());
    }
}
