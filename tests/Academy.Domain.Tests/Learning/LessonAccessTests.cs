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
    public void A_learner_enrolled_in_the_course_may_read_every_lesson_and_take_quizzes()
    {
        var learner = new Learner("user-1", new HashSet<string> { course.Slug });

        Assert.Equal(AccessDecision.Granted, LessonAccess.ToLesson(course, course.FindLesson("smart")!, learner));
        Assert.Equal(AccessDecision.Granted, LessonAccess.ToQuiz(course, learner));
    }

    [Fact]
    public void A_signed_in_learner_without_an_enrolment_reads_only_previews()
    {
        var learner = new Learner("user-1", new HashSet<string> { "another-course" });

        Assert.Equal(AccessDecision.Granted, LessonAccess.ToLesson(course, course.FindLesson("warum")!, learner));
        Assert.Equal(AccessDecision.EnrolmentRequired, LessonAccess.ToLesson(course, course.FindLesson("smart")!, learner));
        Assert.Equal(AccessDecision.EnrolmentRequired, LessonAccess.ToQuiz(course, learner));
    }
}
