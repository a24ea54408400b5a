namespace Academy.Data;

/// <summary>A signed-in learner's result of a diagnostic check such as "Wo stehst Du?", kept for /me.</summary>
public sealed class DiagnosticResult
{
    public Guid Id { get; set; }

    public required string LearnerId { get; set; }

    public required string AssessmentSlug { get; set; }

    public DateTime TakenAtUtc { get; set; }

    /// <summary>JSON: question id to the chosen option index.</summary>
    public required string AnswersJson { get; set; }

    /// <summary>JSON: outcome key to its score, highest first.</summary>
    public required string ScoresJson { get; set; }

    /// <summary>The outcome that ranked first.</summary>
    public required string TopOutcome { get; set; }
}
