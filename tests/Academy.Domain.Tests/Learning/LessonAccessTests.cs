using Academy.Domain.Learning;

namespace Academy.Domain.Tests.Learning;

public sealed class LessonAccessTests
{
    private readonly Domain.Catalogue.Course course = CourseSamples.Strategy();

    [Fact]
    public void Anyone_may_read_a_preview_lesson()
    {
        Assert.Equal(AccessDecision.Granted, LessonAccess.ToLesson(course, course.FindLesson("warum")!, Learner.Anonymous));
    }

    [Fact]
    public void An_anonymous_visitor_must_sign_in_for_other_lessons_and_quizzes()
    {
        Assert.Equal(AccessDecision.SignInRequired, LessonAccess.ToLesson(course, course.FindLesson("smart")!, Learner.Anonymous));
        Assert.Equal(AccessDecision.SignInRequired, LessonAccess.ToQuiz(course, Learner.Anonymous));
    }

    [Fact]
    public void A_signed_in_learner_may_read_every_lesson_and_take_quizzes()
    {
        var learner = new Learner("user-1");

        Assert.Equal(AccessDecision.Granted, LessonAccess.ToLesson(course, course.FindLesson("smart")!, learner));
        Assert.Equal(AccessDecision.Granted, LessonAccess.ToQuiz(course, learner));
    }
}
