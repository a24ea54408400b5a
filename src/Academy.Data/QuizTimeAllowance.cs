namespace Academy.Data;

/// <summary>Extra time an admin granted a learner on timed quizzes (WCAG 2.2.1): a factor, or no limit at all.</summary>
public sealed class QuizTimeAllowance
{
    public required string LearnerId { get; set; }

    /// <summary>The time limit is multiplied by this, for example 1.5 or 2.</summary>
    public double Factor { get; set; } = 1;

    public bool NoLimit { get; set; }

    public DateTime GrantedAtUtc { get; set; }

    public required string GrantedBy { get; set; }
}
