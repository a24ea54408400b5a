using Academy.Content;
using Academy.Domain.Catalogue;
using Academy.Domain.Learning;
using Academy.Web.Learning;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Academy.Web.Pages.Packages;

public sealed class IndexModel(CatalogueStore catalogue, LearnerAccess access) : PageModel
{
    private Domain.Catalogue.Catalogue snapshot = Domain.Catalogue.Catalogue.Empty;
    private Learner learner = Learner.Anonymous;

    public IReadOnlyList<CoursePackage> Packages => snapshot.Packages;

    public IReadOnlyList<Course> CoursesIn(CoursePackage package) => snapshot.CoursesIn(package);

    public bool Owns(Course course) => learner.IsEnrolledIn(course);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        snapshot = catalogue.Current;
        learner = await access.ForAsync(User, cancellationToken);
    }
}
