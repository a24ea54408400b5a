namespace Academy.Domain.Catalogue;

/// <summary>An immutable snapshot of every published course. Built once per content change.</summary>
public sealed class Catalogue
{
    private readonly Dictionary<string, Course> coursesBySlug;

    public Catalogue(IEnumerable<Course> courses)
    {
        Courses = [.. courses
            .OrderBy(course => course.Order ?? int.MaxValue)
            .ThenBy(course => course.Title, StringComparer.CurrentCulture)];
        coursesBySlug = Courses.ToDictionary(course => course.Slug, StringComparer.Ordinal);
    }

    public static Catalogue Empty { get; } = new([]);

    public IReadOnlyList<Course> Courses { get; }

    public int ModuleCount => Courses.Sum(course => course.Modules.Count);

    public int LessonCount => Courses.Sum(course => course.Lessons.Count);

    public int QuizCount => Courses.Sum(course => course.Quizzes.Count());

    public int TotalMinutes => Courses.Sum(course => course.TotalMinutes);

    public Course? FindCourse(string slug) => coursesBySlug.GetValueOrDefault(slug);
}
