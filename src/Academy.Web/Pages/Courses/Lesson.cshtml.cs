using Academy.Content;
using Academy.Domain.Catalogue;
using Academy.Domain.Learning;
using Academy.Web.Learning;
using Academy.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Academy.Web.Pages.Courses;

public sealed class LessonModel(CatalogueStore catalogue, LearnerProgress progress, LearnerAccess access) : PageModel
{
    public Course Course { get; private set; } = null!;

    public Lesson Lesson { get; private set; } = null!;

    public AccessDecision Access { get; private set; }

    public AccessRequired Locked => new(Access, $"/courses/{Course.Slug}/{Lesson.Slug}", catalogue.Current.PackagesContaining(Course.Slug));

    public bool IsDone { get; private set; }

    public async Task<IActionResult> OnGetAsync(string course, string lesson, CancellationToken cancellationToken)
    {
        if (!Find(course, lesson))
        {
            return NotFound();
        }

        var learner = await access.ForAsync(User, cancellationToken);
        Access = LessonAccess.ToLesson(Course, Lesson, learner);
        if (Access != AccessDecision.Granted)
        {
            Response.StatusCode = AccessStatus.For(Access);
            return Page();
        }

        if (learner.Id is { } learnerId)
        {
            IsDone = (await progress.ForCourseAsync(learnerId, Course, cancellationToken)).IsDone(Lesson);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDoneAsync(string course, string lesson, CancellationToken cancellationToken)
    {
        if (!Find(course, lesson))
        {
            return NotFound();
        }

        var learner = await access.ForAsync(User, cancellationToken);
        if (learner.Id is not { } learnerId || LessonAccess.ToLesson(Course, Lesson, learner) != AccessDecision.Granted)
        {
            return learner.IsSignedIn ? StatusCode(StatusCodes.Status403Forbidden) : Challenge();
        }

        await progress.MarkDoneAsync(learnerId, Course, Lesson, cancellationToken);
        var module = Course.ModuleOf(Lesson);
        if (module.Lessons[^1].Slug == Lesson.Slug && module.Quiz is { } quiz)
        {
            return Redirect($"/courses/{Course.Slug}/quiz/{quiz.Slug}");
        }

        return Redirect(Course.Next(Lesson) is { } next ? $"/courses/{Course.Slug}/{next.Slug}" : $"/courses/{Course.Slug}");
    }

    private bool Find(string courseSlug, string lessonSlug)
    {
        if (catalogue.Current.FindCourse(courseSlug) is not { } course || course.FindLesson(lessonSlug) is not { } lesson)
        {
            return false;
        }

        Course = course;
        Lesson = lesson;
        return true;
    }
}
