namespace Academy.Domain.Quizzes;

/// <summary>One question of a quiz. Each type knows how to grade its own answers.</summary>
/// <param name="Number">The 1-based position in the quiz; also its form field name.</param>
public abstract class Question(int number, string prompt, string explanation)
{
    public int Number { get; } = number;

    public string Prompt { get; } = prompt;

    public string Explanation { get; } = explanation;

    /// <summary>The type's name in quiz.yml.</summary>
    public abstract string Type { get; }

    public virtual decimal MaxPoints => 1;

    /// <param name="given">The raw values the learner's form sent for this question; empty when unanswered.</param>
    public abstract QuestionOutcome Grade(IReadOnlyList<string> given);
}
