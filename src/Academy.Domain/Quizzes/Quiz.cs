namespace Academy.Domain.Quizzes;

/// <param name="Slug">The quiz's address: its module's slug, or <see cref="PracticeSlug"/> for a course's practice pool.</param>
/// <param name="PassPercent">Percent of the points needed to pass.</param>
public sealed record Quiz(string Slug, string Title, int PassPercent, IReadOnlyList<Question> Questions, QuizSettings Settings)
{
    public const string PracticeSlug = "uebung";

    public Quiz(string slug, string title, int passPercent, IReadOnlyList<Question> questions)
        : this(slug, title, passPercent, questions, QuizSettings.Default)
    {
    }

    /// <summary>How many questions one attempt shows.</summary>
    public int QuestionsPerAttempt => Math.Min(Settings.Draw ?? Questions.Count, Questions.Count);

    public Question? FindQuestion(string id) => Questions.FirstOrDefault(question => question.Id == id);

    /// <summary>Draws and orders an attempt's questions and their options; the same seed gives the same attempt.</summary>
    public QuizPresentation Present(int seed)
    {
        var random = new Random(seed);
        var drawn = Questions.Count > QuestionsPerAttempt
            ? [.. Shuffled(Questions, random).Take(QuestionsPerAttempt).OrderBy(question => question.Number)]
            : Questions.ToList();
        if (Settings.Shuffle)
        {
            drawn = Shuffled(drawn, random);
        }

        return new QuizPresentation([.. drawn.Select((question, index) => new PresentedQuestion(
            question,
            index + 1,
            [.. question.ChoiceLists.Select(list => Settings.Shuffle && question.ShuffleChoices ? Shuffled(list, random) : list)]))]);
    }

    /// <summary>Grades a submission against the attempt's presentation.</summary>
    /// <exception cref="QuizAnswersRejectedException">Answers no honest form could send.</exception>
    public QuizGrade Grade(QuizPresentation presentation, QuizForm form)
    {
        var outcomes = presentation.Questions
            .Select(presented => presented.Question.Grade(form.For(presented.Slot), presented.Display, Settings.Scoring))
            .ToList();
        var points = outcomes.Sum(outcome => outcome.Points);
        var maxPoints = outcomes.Sum(outcome => outcome.Question.MaxPoints);
        var percent = maxPoints == 0 ? 0 : (int)Math.Floor(points * 100 / maxPoints);
        return new QuizGrade(outcomes, points, maxPoints, percent, percent >= PassPercent);
    }

    private static List<T> Shuffled<T>(IEnumerable<T> items, Random random)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
