using Academy.Domain.Catalogue;

namespace Academy.Domain.Learning;

public enum AccessDecision
{
    Granted,
    SignInRequired,
}

/// <summary>Who the request is for, as far as access is concerned.</summary>
public sealed record Learner(string? Id)
{
    public static Learner Anonymous { get; } = new((string?)null);

    public bool IsSignedIn => Id is not null;
}

/// <summary>The one place that decides who may read a lesson or take a quiz.</summary>
public static class LessonAccess
{
    public static AccessDecision ToLesson(Course course, Lesson lesson, Learner learner) =>
        lesson.IsPreview ? AccessDecision.Granted : ToCourse(course, learner);

    public static AccessDecision ToQuiz(Course course, Learner learner) => ToCourse(course, learner);

    // Every signed-in learner may read every course for now; paid access plugs in here.
    private static AccessDecision ToCourse(Course course, Learner learner) =>
        learner.IsSignedIn ? AccessDecision.Granted : AccessDecision.SignInRequired;
}
