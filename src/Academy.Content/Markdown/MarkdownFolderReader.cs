using System.Text.RegularExpressions;
using Academy.Content.Definitions;

namespace Academy.Content.Markdown;

/// <summary>
/// Reads a content folder (courses/&lt;course&gt;/&lt;NN-module&gt;/&lt;NN-lesson&gt;.md with an optional
/// quiz.yml per module and practice.yml per course, an optional packages.yml and optional
/// assessments/&lt;slug&gt;.yml) into definitions.
/// Paths in errors and locations are relative to the folder, with forward slashes.
/// </summary>
internal sealed partial class MarkdownFolderReader(string folder)
{
    private const string CoursesFolder = "courses";
    private const string CourseFile = "course.md";
    private const string ModuleFile = "module.md";

    public List<ContentError> Errors { get; } = [];

    /// <summary>Files that are missing or could not be parsed; their definitions are empty stand-ins.</summary>
    public HashSet<string> UnreadableFiles { get; } = new(StringComparer.Ordinal);

    public CatalogueDefinition Read()
    {
        var courses = Path.Combine(folder, CoursesFolder);
        if (!Directory.Exists(courses))
        {
            Errors.Add(new ContentError(CoursesFolder, 1, "der Ordner 'courses' fehlt; jeder Kurs liegt in courses/<kurs>/course.md"));
            return new CatalogueDefinition([]);
        }

        return new CatalogueDefinition(
            [.. Directory.EnumerateDirectories(courses)
                .Order(StringComparer.Ordinal)
                .Select(ReadCourse)
                .OfType<CourseDefinition>()],
            ReadPackages(),
            ReadAssessments());
    }

    /// <summary>Every assessments/&lt;slug&gt;.yml, in file name order; a malformed one is reported and left out.</summary>
    private List<AssessmentDefinition> ReadAssessments()
    {
        var directory = Path.Combine(folder, AssessmentFile.FolderName);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(directory, "*" + AssessmentFile.Extension)
            .Where(file => !Path.GetFileName(file).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Select(file => AssessmentFile.Read(File.ReadAllText(file), Path.GetFileNameWithoutExtension(file), Relative(file), Errors))
            .OfType<AssessmentDefinition>()];
    }

    /// <summary>
    /// Null when there is no packages.yml, or when it cannot be parsed: then "course is in no
    /// package" on every course would only repeat the parse error in a misleading way.
    /// </summary>
    private PackagesDefinition? ReadPackages()
    {
        var file = Path.Combine(folder, PackagesFile.FileName);
        return File.Exists(file) ? PackagesFile.Read(File.ReadAllText(file), Relative(file), Errors) : null;
    }

    private CourseDefinition? ReadCourse(string directory)
    {
        var path = Relative(Path.Combine(directory, CourseFile));
        if (!File.Exists(Path.Combine(directory, CourseFile)))
        {
            Errors.Add(new ContentError(path, 1, "course.md fehlt; jeder Kursordner braucht eine mit 'title' und 'summary'"));
            return null;
        }

        var file = ReadFrontMatter(Path.Combine(directory, CourseFile), path);
        var fields = file?.Fields;
        return new CourseDefinition(
            Path.GetFileName(directory),
            fields?.Text("title"),
            fields?.Text("summary"),
            fields?.Text("order"),
            file?.Body ?? "",
            [.. Numbered(Directory.EnumerateDirectories(directory)).Select(entry => ReadModule(entry.Path, entry.Slug))],
            new SourceLocation(path, 1),
            fields?.Lines ?? [],
            ReadQuiz(Path.Combine(directory, QuizFile.PracticeFileName)));
    }

    private QuizDefinition? ReadQuiz(string file) =>
        File.Exists(file) ? QuizFile.Read(File.ReadAllText(file), Relative(file), Errors) : null;

    private ModuleDefinition ReadModule(string directory, string slug)
    {
        var path = Relative(Path.Combine(directory, ModuleFile));
        YamlFields? fields = null;
        if (File.Exists(Path.Combine(directory, ModuleFile)))
        {
            fields = ReadFrontMatter(Path.Combine(directory, ModuleFile), path)?.Fields;
        }
        else
        {
            Errors.Add(new ContentError(path, 1, "module.md fehlt; jeder Modulordner braucht eine mit 'title'"));
            UnreadableFiles.Add(path);
        }

        // Editors keep hidden lock and swap files next to the file being edited (".#01-x.md").
        var markdownFiles = Directory.EnumerateFiles(directory, "*.md")
            .Where(file => !Path.GetFileName(file).StartsWith('.'))
            .ToList();
        foreach (var stray in markdownFiles.Where(file => Path.GetFileName(file) != ModuleFile && !PrefixPattern().IsMatch(Path.GetFileName(file))))
        {
            Errors.Add(new ContentError(Relative(stray), 1,
                $"'{Path.GetFileName(stray)}' ist keine Lektion: Lektionsdateien heißen NN-<lektion>.md, wie 01-{Path.GetFileNameWithoutExtension(stray).ToLowerInvariant()}.md"));
        }

        var lessons = Numbered(markdownFiles)
            .Select(entry => ReadLesson(entry.Path, Path.GetFileNameWithoutExtension(entry.Slug)))
            .ToList();

        var quiz = ReadQuiz(Path.Combine(directory, QuizFile.ModuleFileName));

        return new ModuleDefinition(slug, fields?.Text("title"), fields?.Text("summary"), lessons, quiz, new SourceLocation(path, 1), fields?.Lines ?? []);
    }

    private LessonDefinition ReadLesson(string file, string slug)
    {
        var path = Relative(file);
        var read = ReadFrontMatter(file, path);
        var fields = read?.Fields;
        return new LessonDefinition(slug, fields?.Text("title"), fields?.Text("minutes"), fields?.Text("preview"), read?.Body ?? "", new SourceLocation(path, 1), fields?.Lines ?? []);
    }

    private FrontMatterFile? ReadFrontMatter(string file, string path)
    {
        var read = FrontMatterFile.Read(File.ReadAllText(file), path, Errors);
        if (read is null)
        {
            UnreadableFiles.Add(path);
        }

        return read;
    }

    /// <summary>Entries named "NN-slug", in the order of their prefix; anything else is not part of the layout.</summary>
    private static IEnumerable<(string Path, string Slug)> Numbered(IEnumerable<string> entries) =>
        entries
            .Select(entry => (Path: entry, Match: PrefixPattern().Match(Path.GetFileName(entry))))
            .Where(entry => entry.Match.Success)
            .OrderBy(entry => int.Parse(entry.Match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ThenBy(entry => entry.Path, StringComparer.Ordinal)
            .Select(entry => (entry.Path, entry.Match.Groups["slug"].Value));

    private string Relative(string path) => Path.GetRelativePath(folder, path).Replace('\\', '/');

    [GeneratedRegex(@"^(?<number>\d{2})-(?<slug>.+)$")]
    private static partial Regex PrefixPattern();
}
