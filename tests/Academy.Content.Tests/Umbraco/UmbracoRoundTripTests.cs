using Academy.Content.Markdown;
using Academy.Content.Umbraco;
using Academy.Umbraco.Fakes;

namespace Academy.Content.Tests.Umbraco;

/// <summary>
/// The repo's content/ folder, written as Umbraco documents and read back through the Delivery API,
/// must build the very catalogue the Markdown source builds: every title, rendered body, setting
/// and right answer.
/// </summary>
public sealed class UmbracoRoundTripTests
{
    private static readonly string ContentFolder = RepositoryRoot.FindContentFolder(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("The repo's content/ folder was not found above the test binaries.");

    [Fact]
    public async Task The_content_folder_read_through_the_delivery_api_builds_the_same_catalogue_as_from_markdown()
    {
        var fromMarkdown = MarkdownFolderSource.Load(ContentFolder);
        Assert.True(fromMarkdown.Succeeded, string.Join("\n", fromMarkdown.Errors));
        await using var api = await FakeDeliveryApi.StartAsync(apiKey: "round-trip");
        api.LoadFolder(ContentFolder);
        using var client = api.CreateClient();

        var fromUmbraco = await DeliveryApiFetch.Catalogue(client, take: 3);

        Assert.True(fromUmbraco.Succeeded, string.Join("\n", fromUmbraco.Errors));
        var expected = CatalogueShape.Of(fromMarkdown.Catalogue!);
        Assert.Equal(expected, CatalogueShape.Of(fromUmbraco.Catalogue!));
        // The comparison reaches the right answers, the practice pools and the packages, not only titles.
        Assert.Contains("ChoiceQuestion.right", expected, StringComparison.Ordinal);
        Assert.NotNull(fromUmbraco.Catalogue!.FindCourse("strategie")!.Practice);
        Assert.Equal(["strategie", "zeit", "plattformen"], fromUmbraco.Catalogue.FindPackage("starter-paket")!.CourseSlugs);
        Assert.Contains(api.Requests, request => request.Query.Contains("filter=contentType:academyLesson", StringComparison.Ordinal)
            && request.Query.Contains("skip=6", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fields_the_content_folder_leaves_out_survive_the_round_trip_too()
    {
        using var folder = Tests.ContentFolder.WithOneCourse()
            .With(Tests.ContentFolder.LessonFile, "---\ntitle: Warum\nminutes: 7\npreview: false\n---\nText.")
            .With(Tests.ContentFolder.PracticeFile, """
                title: Übung
                pass: 60
                draw: 1
                shuffle: false
                attempts: 2
                timeLimit: 5m
                questions:
                  - type: single
                    id: eins
                    shuffle: false
                    prompt: Welche?
                    options: [A, B]
                    answer: 0
                    explanation: A.
                  - type: number
                    prompt: Wie viel?
                    answer: 2.5
                    tolerance: 0.5
                    explanation: Zweieinhalb.
                """)
            .With(Tests.ContentFolder.PackagesFile, """
                packages:
                  - slug: strategie
                    title: Strategie
                    description: Ein *Kurs*.
                    courses: [strategie]
                    price: 4900
                    stripePrice: price_123
                """);
        var fromMarkdown = folder.Load();
        Assert.True(fromMarkdown.Succeeded, string.Join("\n", fromMarkdown.Errors));
        await using var api = await FakeDeliveryApi.StartAsync();
        api.LoadFolder(folder.Root);
        using var client = api.CreateClient();

        var fromUmbraco = await DeliveryApiFetch.Catalogue(client);

        Assert.True(fromUmbraco.Succeeded, string.Join("\n", fromUmbraco.Errors));
        Assert.Equal(CatalogueShape.Of(fromMarkdown.Catalogue!), CatalogueShape.Of(fromUmbraco.Catalogue!));
        Assert.Equal("price_123", fromUmbraco.Catalogue!.FindPackage("strategie")!.StripePriceId);
        Assert.Equal(7, fromUmbraco.Catalogue.FindCourse("strategie")!.FindLesson("warum")!.Minutes);
    }

    [Fact]
    public async Task A_lesson_title_changed_in_umbraco_makes_the_catalogues_differ_in_that_title_only()
    {
        var fromMarkdown = MarkdownFolderSource.Load(ContentFolder);
        await using var api = await FakeDeliveryApi.StartAsync();
        api.LoadFolder(ContentFolder);
        var lesson = fromMarkdown.Catalogue!.Courses[0].Lessons[0];
        var course = fromMarkdown.Catalogue.Courses[0];
        var key = UmbracoCatalogueWriter.KeyFor(ContentTypeRole.Lesson, $"{course.Slug}/{course.ModuleOf(lesson).Slug}/{lesson.Slug}");
        api.Update(key, "title", new UmbracoValue.Text("Ein anderer Titel"));
        using var client = api.CreateClient();

        var fromUmbraco = await DeliveryApiFetch.Catalogue(client);

        Assert.True(fromUmbraco.Succeeded, string.Join("\n", fromUmbraco.Errors));
        Assert.NotEqual(CatalogueShape.Of(fromMarkdown.Catalogue), CatalogueShape.Of(fromUmbraco.Catalogue!));
        Assert.Equal("Ein anderer Titel", fromUmbraco.Catalogue!.FindCourse(course.Slug)!.FindLesson(lesson.Slug)!.Title);
        Assert.Equal(
            CatalogueShape.Of(fromMarkdown.Catalogue).Replace(lesson.Title, "Ein anderer Titel", StringComparison.Ordinal),
            CatalogueShape.Of(fromUmbraco.Catalogue));
    }

    [Fact]
    public void Document_keys_follow_from_the_slug_path_and_stay_the_same_on_every_write()
    {
        var (definition, _) = MarkdownFolderSource.Read(ContentFolder);

        var first = UmbracoCatalogueWriter.Write(definition);
        var second = UmbracoCatalogueWriter.Write(definition);

        Assert.Equal(first.Select(document => document.Key), second.Select(document => document.Key));
        Assert.Equal(first.Count, first.Select(document => document.Key).Distinct().Count());
        var course = Assert.Single(first, document => document.Role == ContentTypeRole.Course && document.Slug == "strategie");
        var package = Assert.Single(first, document => document.Role == ContentTypeRole.Package && document.Slug == "strategie");
        Assert.NotEqual(course.Key, package.Key);
        Assert.Equal(UmbracoCatalogueWriter.KeyFor(ContentTypeRole.Course, "strategie"), course.Key);
        Assert.Equal(0x50, course.Key.ToByteArray(bigEndian: true)[6] & 0xF0);
        Assert.All(first.Skip(1), document => Assert.Contains(first, parent => parent.Key == document.ParentKey));
    }
}
