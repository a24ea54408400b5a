using Academy.Domain.Quizzes;

namespace Academy.Domain.Catalogue;

public sealed class Course
{
    private readonly Dictionary<string, Lesson> lessonsBySlug;
    private readonly Dictionary<string, CourseModule> modulesByLesson;

    public Course(string slug, string title, string summary, int? order, string descriptionHtml, IReadOnlyList<CourseModule> modules, Quiz? practice = null)
    {
        Slug = slug;
        Title = title;
        Summary = summary;
        Order = order;
        DescriptionHtml = descriptionHtml;
        Modules = modules;
        Practice = practice;
        Lessons = [.. modules.SelectMany(module => module.Lessons)];
        lessonsBySlug = Lessons.ToDictionary(lesson => lesson.Slug, StringComparer.Ordinal);
        modulesByLesson = modules
            .SelectMany(module => module.Lessons.Select(lesson => (lesson.Slug, module)))
            .ToDictionary(pair => pair.Slug, pair => pair.module, StringComparer.Ordinal);
    }

    public string Slug { get; }

    public string Title { get; }

    public string Summary { get; }

    public int? Order { get; }

    public string DescriptionHtml { get; }

    public IReadOnlyList<CourseModule> Modules { get; }

    /// <summary>Every lesson in reading order, across modules.</summary>
    public IReadOnlyList<Lesson> Lessons { get; }

    /// <summary>The modules' quizzes, in order; the practice pool is not among them.</summary>
    public IEnumerable<Quiz> Quizzes => Modules.Select(module => module.Quiz).OfType<Quiz>();

    /// <summary>The quizzes that count towards completing the course.</summary>
    public IEnumerable<Quiz> Exams => Quizzes.Where(quiz => !quiz.Settings.IsPractice);

    /// <summary>The course's practice pool, addressed as <see cref="Quiz.PracticeSlug"/>.</summary>
    public Quiz? Practice { get; }

    public int TotalMinutes => Lessons.Sum(lesson => lesson.Minutes);

    public Lesson? FindLesson(string slug) => lessonsBySlug.GetValueOrDefault(slug);

    public CourseModule ModuleOf(Lesson lesson) => modulesByLesson[lesson.Slug];

    /// <summary>A module's quiz is addressed by the module's slug; the practice pool by <see cref="Quiz.PracticeSlug"/>.</summary>
    public Quiz? FindQuiz(string slug) =>
        slug == Quiz.PracticeSlug ? Practice : Modules.FirstOrDefault(module => module.Slug == slug)?.Quiz;

    public Lesson? Previous(Lesson lesson) => Neighbour(lesson, -1);

    public Lesson? Next(Lesson lesson) => Neighbour(lesson, +1);

    private Lesson? Neighbour(Lesson lesson, int step)
    {
        var index = IndexOf(lesson) + step;
        return index >= 0 && index < Lessons.Count ? Lessons[index] : null;
    }

    private int IndexOf(Lesson lesson)
    {
        for (var i = 0; i < Lessons.Count; i++)
        {
            if (Lessons[i].Slug == lesson.Slug)
            {
                return i;
            }
        }

        throw new ArgumentException($"Lesson '{lesson.Slug}' is not part of course '{Slug}'.", nameof(lesson));
    }
}
