namespace Academy.Domain.Quizzes;

/// <summary>What a learner submitted: the raw values per question number.</summary>
public sealed class QuizAnswers(IReadOnlyDictionary<int, IReadOnlyList<string>> byQuestion)
{
    public IEnumerable<int> QuestionNumbers => byQuestion.Keys;

    public IReadOnlyList<string> For(int questionNumber) =>
        byQuestion.TryGetValue(questionNumber, out var values) ? values : [];

    public IReadOnlyDictionary<int, IReadOnlyList<string>> ToDictionary() => byQuestion;
}
