using Academy.Content.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Academy.Content.Tests.Hosting;

public sealed class MarkdownFolderWatcherTests
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task An_edited_lesson_appears_within_two_seconds()
    {
        using var folder = ContentFolder.WithOneCourse();
        using var host = await StartAsync(folder.Root);
        var store = host.Services.GetRequiredService<CatalogueStore>();
        Assert.Equal("Warum es nicht funktioniert", store.Current.Courses[0].Lessons[0].Title);

        folder.With(ContentFolder.LessonFile, "---\ntitle: Neuer Titel\n---\nText.");

        Assert.True(await Eventually(() => store.Current.Courses[0].Lessons[0].Title == "Neuer Titel"), "the edit did not appear within 2 s");
        Assert.Empty(store.Status.LastErrors);
        Assert.NotNull(store.Status.LastRefreshed);
    }

    [Fact]
    public async Task A_new_or_edited_practice_pool_appears_within_two_seconds()
    {
        using var folder = ContentFolder.WithOneCourse();
        using var host = await StartAsync(folder.Root);
        var store = host.Services.GetRequiredService<CatalogueStore>();
        Assert.Null(store.Current.Courses[0].Practice);

        folder.With(ContentFolder.PracticeFile, Practice("Übung"));

        Assert.True(await Eventually(() => store.Current.Courses[0].Practice?.Title == "Übung"), "the new practice.yml did not appear within 2 s");

        folder.With(ContentFolder.PracticeFile, Practice("Übung 2"));

        Assert.True(await Eventually(() => store.Current.Courses[0].Practice?.Title == "Übung 2"), "the edited practice.yml did not appear within 2 s");
    }

    [Fact]
    public async Task A_new_assessment_appears_and_a_broken_one_keeps_the_last_good_catalogue()
    {
        using var folder = ContentFolder.WithOneCourse();
        using var host = await StartAsync(folder.Root);
        var store = host.Services.GetRequiredService<CatalogueStore>();
        Assert.Empty(store.Current.Assessments);
        const string Check = "title: Check\noutcomes:\n  - { key: a, title: A, text: T, recommend: [strategie], reason: R }\n  - { key: b, title: B, text: T, recommend: [strategie], reason: R }\n" +
            "questions:\n  - prompt: P?\n    options:\n      - { text: Eins, weights: { a: 1 } }\n      - { text: Zwei, weights: { b: 1 } }";

        folder.With("assessments/check.yml", Check);

        Assert.True(await Eventually(() => store.Current.Assessments.Count == 1), "the new check did not appear within 2 s");
        var good = store.Current;

        folder.With("assessments/check.yml", Check.Replace("weights: { b: 1 }", "weights: { c: 1 }", StringComparison.Ordinal));

        Assert.True(await Eventually(() => store.Status.LastErrors.Count > 0), "the broken check was not noticed within 2 s");
        Assert.Same(good, store.Current);
        Assert.Contains(store.Status.LastErrors, error => error.Message.Contains("'c' ist kein Ergebnis", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_atomic_save_by_rename_is_picked_up()
    {
        using var folder = ContentFolder.WithOneCourse();
        using var host = await StartAsync(folder.Root);
        var store = host.Services.GetRequiredService<CatalogueStore>();

        var temp = folder.PathOf("courses/strategie/01-ziele/.01-warum.md.swp");
        await File.WriteAllTextAsync(temp, "---\ntitle: Per Rename\n---\nText.\n");
        // Let the reload caused by the temp file pass, so that only the rename can bring the change.
        await Task.Delay(700);
        File.Move(temp, folder.PathOf(ContentFolder.LessonFile), overwrite: true);

        Assert.True(await Eventually(() => store.Current.Courses[0].Lessons[0].Title == "Per Rename"), "the renamed file did not appear within 2 s");
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_catalogue_and_records_the_errors()
    {
        using var folder = ContentFolder.WithOneCourse();
        using var host = await StartAsync(folder.Root);
        var store = host.Services.GetRequiredService<CatalogueStore>();
        var good = store.Current;

        folder.With(ContentFolder.LessonFile, "---\ntitle: T\nminutes: 99\n---\nText.");

        Assert.True(await Eventually(() => store.Status.LastErrors.Count > 0), "the broken edit was not noticed within 2 s");
        Assert.Same(good, store.Current);
        var error = Assert.Single(store.Status.LastErrors);
        Assert.Equal($"{folder.Root}/{ContentFolder.LessonFile}:3: 'minutes' muss eine ganze Zahl von 1 bis 30 sein, nicht '99'", error.ToString());

        folder.With(ContentFolder.LessonFile, "---\ntitle: Repariert\n---\nText.");

        Assert.True(await Eventually(() => store.Current.Courses[0].Lessons[0].Title == "Repariert"), "the fix did not appear within 2 s");
        Assert.Empty(store.Status.LastErrors);
    }

    [Fact]
    public async Task Startup_with_a_broken_folder_fails_listing_every_error()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With(ContentFolder.CourseFile, "---\ntitle: T\n---")
            .With(ContentFolder.QuizFile, "title: Q\npass: 500\nquestions: []\n");

        var exception = await Assert.ThrowsAsync<ContentLoadException>(() => StartAsync(folder.Root));

        var lines = exception.Message.Split(Environment.NewLine);
        Assert.Contains($"{folder.Root}/courses/strategie/course.md:1: 'summary' fehlt oder ist leer", lines);
        Assert.Contains($"{folder.Root}/{ContentFolder.QuizFile}:2: 'pass' muss eine ganze Prozentzahl von 1 bis 100 sein, nicht '500'", lines);
        Assert.Contains($"{folder.Root}/{ContentFolder.QuizFile}:3: 'questions' fehlt oder ist leer; ein Quiz braucht mindestens eine Frage", lines);
        Assert.Equal(3, exception.Errors.Count);
    }

    [Fact]
    public async Task An_unsupported_source_fails_startup_naming_the_setting()
    {
        using var folder = ContentFolder.WithOneCourse();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(folder.Root, source: "Contentful"));

        Assert.Contains("Academy:Content:Source 'Contentful' is not supported; use Markdown or Umbraco.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_folder_fails_startup_naming_the_setting()
    {
        var missing = Path.Combine(Path.GetTempPath(), "academy-missing-" + Guid.NewGuid().ToString("N"));

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(missing));

        Assert.Contains("set Academy:Content:Path", exception.Message, StringComparison.Ordinal);
        Assert.Contains(missing, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relative_path_is_resolved_against_the_current_directory()
    {
        using var folder = ContentFolder.WithOneCourse();
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder.Root);
        using var host = await StartAsync(relative);

        Assert.Equal(folder.Root, host.Services.GetRequiredService<IOptions<ContentOptions>>().Value.Path);
        Assert.Equal("strategie", host.Services.GetRequiredService<CatalogueStore>().Current.Courses[0].Slug);
    }

    private static string Practice(string title) =>
        $"title: {title}\npass: 50\nquestions:\n  - type: truefalse\n    prompt: P?\n    answer: true\n    explanation: E.\n";

    private static async Task<IHost> StartAsync(string path, string source = "Markdown")
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Path.GetTempPath() });
        builder.AddCourseContent();
        builder.Configuration["Academy:Content:Path"] = path;
        builder.Configuration["Academy:Content:Source"] = source;
        var host = builder.Build();
        try
        {
            await host.StartAsync();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    private static async Task<bool> Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Within;
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(25);
        }

        return condition();
    }
}
