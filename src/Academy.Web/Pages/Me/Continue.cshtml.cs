using Academy.Content;
using Academy.Domain.Learning;
using Academy.Web.Learning;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Academy.Web.Pages.Me;

/// <summary>"Weiter": one click from anywhere back to where the learner stopped.</summary>
[Authorize]
public sealed class ContinueModel(CatalogueStore catalogue, LearnerProgress progress) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var learnerId = User.LearnerId()!;
        var snapshot = catalogue.Current;
        var lastSlug = await progress.LastActiveCourseSlugAsync(learnerId, cancellationToken);
        if (lastSlug is null || snapshot.FindCourse(lastSlug) is not { } course)
        {
            return Redirect("/");
        }

        var courseProgress = await progress.ForCourseAsync(learnerId, course, cancellationToken);
        if (courseProgress.NextLesson is { } next)
        {
            return Redirect($"/courses/{course.Slug}/{next.Slug}");
        }

        // This course is finished: resume the next one that is started but not finished, else show the dashboard.
        var all = await progress.ForCatalogueAsync(learnerId, snapshot, cancellationToken);
        return all.FirstOrDefault(p => p.IsStarted && !p.IsComplete) is { NextLesson: { } lesson } other
            ? Redirect($"/courses/{other.Course.Slug}/{lesson.Slug}")
            : Redirect("/me");
    }
}
