namespace Academy.Domain.Diagnostics;

/// <summary>A submission that no honest check form could produce: tampered or stale.</summary>
public sealed class AssessmentAnswersRejectedException(string message) : Exception(message);
