using Academy.Content;
using Academy.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Academy.Web.Pages.Preview;

/// <summary>
/// What the content would look like with every draft published, fetched fresh for each request.
/// Only editors and admins see it; it is never cached and never indexed.
/// </summary>
[Authorize(Roles = EditorRole.OrAdmin)]
public abstract class ContentPreviewPage(IContentSource source) : PageModel
{
    /// <summary>Null when the drafts do not pass validation or the source is unreachable.</summary>
    public Domain.Catalogue.Catalogue? Catalogue { get; private set; }

    public IReadOnlyList<ContentError> Errors { get; private set; } = [];

    public string? Problem { get; private set; }

    public string SourceName => source.Name;

    protected async Task LoadAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        ViewData["NoIndex"] = true;
        try
        {
            var result = await source.LoadPreviewAsync(cancellationToken);
            Catalogue = result.Catalogue;
            Errors = result.Errors;
        }
        catch (ContentSourceUnavailableException exception)
        {
            Problem = exception.Message;
        }
    }
}

public sealed class IndexModel(IContentSource source) : ContentPreviewPage(source)
{
    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);
}

public sealed class CourseModel(IContentSource source) : ContentPreviewPage(source)
{
    public Domain.Catalogue.Course Course { get; private set; } = null!;

    /// <summary>The lesson shown; null on the course page.</summary>
    public Domain.Catalogue.Lesson? Lesson { get; private set; }

    public async Task<IActionResult> OnGetAsync(string course, string? lesson, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Catalogue is null)
        {
            // The drafts cannot be shown; the overview says why.
            return RedirectToPage("/Preview/Index");
        }

        if (Catalogue.FindCourse(course) is not { } found || (lesson is not null && found.FindLesson(lesson) is null))
        {
            return NotFound();
        }

        Course = found;
        Lesson = lesson is null ? null : found.FindLesson(lesson);
        return Page();
    }
}
