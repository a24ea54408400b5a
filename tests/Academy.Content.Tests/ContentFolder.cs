using Academy.Content.Markdown;

namespace Academy.Content.Tests;

/// <summary>A content folder in a temp directory, starting from one small valid course.</summary>
public sealed class ContentFolder : IDisposable
{
    public const string CourseFile = "courses/strategie/course.md";
    public const string ModuleFile = "courses/strategie/01-ziele/module.md";
    public const string LessonFile = "courses/strategie/01-ziele/01-warum.md";
    public const string QuizFile = "courses/strategie/01-ziele/quiz.yml";
    public const string PracticeFile = "courses/strategie/practice.yml";
    public const string PackagesFile = "packages.yml";

    private ContentFolder(string root) => Root = root;

    public string Root { get; }

    /// <summary>courses/strategie with one module "ziele", one lesson "warum" and a two-question quiz.</summary>
    public static ContentFolder WithOneCourse() =>
        Empty()
            .With(CourseFile, """
                ---
                title: Social-Media-Strategie
                summary: Ziele, Zielgruppe und Plan.
                order: 1
                ---
                Die **Beschreibung**.
                """)
            .With(ModuleFile, """
                ---
                title: Ziele, die dich tragen
                summary: Warum mehr Follower kein Ziel ist.
                ---
                """)
            .With(LessonFile, """
                ---
                title: Warum es nicht funktioniert
                preview: true
                ---
                Ein kurzer Text mit sieben Wörtern hier.
                """)
            .With(QuizFile, """
                title: Quiz – Ziele
                pass: 70
                questions:
                  - type: single
                    prompt: Welches Ziel ist SMART?
                    options:
                      - Mehr Follower.
                      - 20 Anfragen bis März.
                      - Öfter posten.
                    answer: 1
                    explanation: Nur das zweite ist messbar.
                  - type: multiple
                    prompt: Welche Kennzahlen zeigen Interesse?
                    options: [Gespeichert, Anzahl Beiträge, Kommentare]
                    answer: [0, 2]
                    explanation: Speichern und Kommentieren sind Handlungen.
                """);

    /// <summary>Adds courses/&lt;slug&gt; with one module "m" and one lesson "&lt;slug&gt;-l".</summary>
    public ContentFolder WithCourse(string slug, string title) =>
        With($"courses/{slug}/course.md", $"---\ntitle: {title}\nsummary: S.\n---\nText.")
            .With($"courses/{slug}/01-m/module.md", "---\ntitle: M\n---")
            .With($"courses/{slug}/01-m/01-{slug}-l.md", "---\ntitle: L\n---\nText.");

    public static ContentFolder Empty()
    {
        var root = Path.Combine(Path.GetTempPath(), "academy-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return new ContentFolder(root);
    }

    public ContentFolder With(string relativePath, string text)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n");
        return this;
    }

    public ContentFolder Without(string relativePath)
    {
        var path = PathOf(relativePath);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            File.Delete(path);
        }

        return this;
    }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public ContentLoadResult Load() => MarkdownFolderSource.Load(Root);

    /// <summary>Every error as "path:line: message".</summary>
    public IReadOnlyList<string> Errors() => [.. Load().Errors.Select(error => error.ToString())];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher test may still hold a handle for a moment; the temp folder is cleaned by the OS.
        }
    }
}
