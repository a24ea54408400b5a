using Academy.Content;
using Academy.Domain.Catalogue;
using Academy.Domain.Learning;
using Academy.Web.Learning;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Academy.Web.Pages.Catalogue;

public sealed class IndexModel(CatalogueStore catalogue, LearnerProgress progress) : PageModel
{
    private Dictionary<string, CourseProgress> progressBySlug = [];

    public IReadOnlyList<Course> Courses { get; private set; } = [];

    /// <summary>The diagnostic check offered to visitors who don't know where to start; null when there is none.</summary>
    public Academy.Domain.Diagnostics.Assessment? Check { get; private set; }

    public CourseProgress? ProgressOf(Course course) => progressBySlug.GetValueOrDefault(course.Slug);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var snapshot = catalogue.Current;
        Courses = snapshot.Courses;
        Check = snapshot.Assessments.FirstOrDefault();
        if (User.LearnerId() is { } learnerId)
        {
            var all = await progress.ForCatalogueAsync(learnerId, snapshot, cancellationToken);
            progressBySlug = all.ToDictionary(p => p.Course.Slug);
        }
    }
}
