namespace Academy.Domain.Quizzes;

/// <param name="Slug">The quiz's address: its module's slug.</param>
/// <param name="PassPercent">Percent of the points needed to pass.</param>
public sealed record Quiz(string Slug, string Title, int PassPercent, IReadOnlyList<Question> Questions)
{
    public decimal MaxPoints => Questions.Sum(question => question.MaxPoints);

    /// <summary>Grades a submission. Throws <see cref="QuizAnswersRejectedException"/> for answers no honest form could send.</summary>
    public QuizGrade Grade(QuizAnswers answers)
    {
        var unknown = answers.QuestionNumbers.Where(number => number < 1 || number > Questions.Count).ToList();
        if (unknown.Count > 0)
        {
            throw new QuizAnswersRejectedException($"The quiz has no question {unknown[0]}.");
        }

        var outcomes = Questions.Select(question => question.Grade(answers.For(question.Number))).ToList();
        var points = outcomes.Sum(outcome => outcome.Points);
        var percent = MaxPoints == 0 ? 0 : (int)Math.Floor(points * 100 / MaxPoints);
        return new QuizGrade(outcomes, points, MaxPoints, percent, percent >= PassPercent);
    }
}
