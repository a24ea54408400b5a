namespace Academy.Domain.Quizzes;

/// <summary>A submission that no honest quiz form could produce: tampered or stale.</summary>
public sealed class QuizAnswersRejectedException(string message) : Exception(message);
