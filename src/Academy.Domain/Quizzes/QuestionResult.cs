namespace Academy.Domain.Quizzes;

/// <summary>
/// How one question of a submitted attempt went, as stored with the attempt for the review and the
/// item statistics.
/// </summary>
/// <param name="QuestionId">The question's stable id: its <c>id:</c>, or <c>q</c> and its position in the file.</param>
/// <param name="Responses">
/// Canonical keys of what the learner answered, independent of the displayed order: option labels
/// ("A", "B") by file order, the normalised text, the parsed number. Empty when unanswered.
/// </param>
public sealed record QuestionResult(string QuestionId, decimal Points, decimal MaxPoints, IReadOnlyList<string> Responses);
