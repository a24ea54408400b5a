using Academy.Domain.Diagnostics;

namespace Academy.Domain.Catalogue;

/// <summary>An immutable snapshot of every published course and package. Built once per content change.</summary>
public sealed class Catalogue
{
    private readonly Dictionary<string, Course> coursesBySlug;
    private readonly Dictionary<string, CoursePackage> packagesBySlug;

    /// <param name="packages">In the order the agency wants them offered; every course they name must be in <paramref name="courses"/>.</param>
    /// <param name="assessments">Diagnostic checks; each recommendation must name a course or a package of this catalogue.</param>
    public Catalogue(IEnumerable<Course> courses, IEnumerable<CoursePackage>? packages = null, IEnumerable<Assessment>? assessments = null)
    {
        Courses = [.. courses
            .OrderBy(course => course.Order ?? int.MaxValue)
            .ThenBy(course => course.Title, StringComparer.CurrentCulture)];
        coursesBySlug = Courses.ToDictionary(course => course.Slug, StringComparer.Ordinal);
        Packages = [.. packages ?? []];
        packagesBySlug = Packages.ToDictionary(package => package.Slug, StringComparer.Ordinal);

        // A package that unlocks a course the site cannot show would take money for nothing.
        foreach (var package in Packages)
        {
            var unknown = package.CourseSlugs.FirstOrDefault(slug => !coursesBySlug.ContainsKey(slug));
            if (unknown is not null)
            {
                throw new ArgumentException($"Package '{package.Slug}' names course '{unknown}', which is not in the catalogue.", nameof(packages));
            }
        }

        Assessments = [.. assessments ?? []];
        // A recommendation that leads nowhere would leave the learner at a dead end.
        foreach (var assessment in Assessments)
        {
            var unknown = assessment.Outcomes.SelectMany(outcome => outcome.Recommend)
                .FirstOrDefault(slug => !coursesBySlug.ContainsKey(slug) && !packagesBySlug.ContainsKey(slug));
            if (unknown is not null)
            {
                throw new ArgumentException($"Assessment '{assessment.Slug}' recommends '{unknown}', which is no course or package in the catalogue.", nameof(assessments));
            }
        }
    }

    public static Catalogue Empty { get; } = new([]);

    public IReadOnlyList<Course> Courses { get; }

    /// <summary>Every package, in the order of the content source (packages.yml).</summary>
    public IReadOnlyList<CoursePackage> Packages { get; }

    /// <summary>The diagnostic checks, in the order of their file names.</summary>
    public IReadOnlyList<Assessment> Assessments { get; }

    public int ModuleCount => Courses.Sum(course => course.Modules.Count);

    public int LessonCount => Courses.Sum(course => course.Lessons.Count);

    public int QuizCount => Courses.Sum(course => course.Quizzes.Count());

    public int TotalMinutes => Courses.Sum(course => course.TotalMinutes);

    public Course? FindCourse(string slug) => coursesBySlug.GetValueOrDefault(slug);

    public CoursePackage? FindPackage(string slug) => packagesBySlug.GetValueOrDefault(slug);

    public Assessment? FindAssessment(string slug) => Assessments.FirstOrDefault(assessment => assessment.Slug == slug);

    /// <summary>The packages that unlock the course, in package order; empty when none does.</summary>
    public IReadOnlyList<CoursePackage> PackagesContaining(string courseSlug) =>
        [.. Packages.Where(package => package.Includes(courseSlug))];

    /// <summary>The package's courses, in the package's order.</summary>
    public IReadOnlyList<Course> CoursesIn(CoursePackage package) =>
        [.. package.CourseSlugs.Select(slug => coursesBySlug[slug])];
}
