using Academy.Domain.Catalogue;

namespace Academy.Domain.Learning;

public enum AccessDecision
{
    Granted,
    SignInRequired,
    EnrolmentRequired,
}

/// <summary>Who the request is for, as far as access is concerned: signed in or not, and enrolled where.</summary>
public sealed record Learner(string? Id, IReadOnlySet<string> EnrolledCourseSlugs)
{
    public static Learner Anonymous { get; } = new(null, new HashSet<string>());

    public bool IsSignedIn => Id is not null;

    public bool IsEnrolledIn(Course course) => EnrolledCourseSlugs.Contains(course.Slug);
}

/// <summary>The one place that decides who may read a lesson or take a quiz.</summary>
public static class LessonAccess
{
    /// <summary>Preview lessons are open to everyone; every other lesson needs an active enrolment.</summary>
    public static AccessDecision ToLesson(Course course, Lesson lesson, Learner learner) =>
        lesson.IsPreview ? AccessDecision.Granted : ToCourse(course, learner);

    /// <summary>Quizzes are part of the paid course: they need an active enrolment.</summary>
    public static AccessDecision ToQuiz(Course course, Learner learner) => ToCourse(course, learner);

    private static AccessDecision ToCourse(Course course, Learner learner) =>
        !learner.IsSignedIn ? AccessDecision.SignInRequired
        : learner.IsEnrolledIn(course) ? AccessDecision.Granted
        : AccessDecision.EnrolmentRequired;
}
