using Academy.Content.Markdown;
using Academy.Umbraco.Fakes;

namespace Academy.Content.Tests.Umbraco;

public sealed class UmbracoPickerTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Package_courses_resolve_whether_the_picker_comes_expanded_or_not(bool expand)
    {
        using var folder = ContentFolder.WithOneCourse()
            .WithCourse("zeit", "Zeit")
            .With(ContentFolder.PackagesFile, """
                packages:
                  - slug: strategie
                    title: Strategie
                    description: Ein Kurs.
                    courses: [strategie]
                    price: 4900
                  - slug: alles
                    title: Alles
                    description: Beide Kurse.
                    courses: [zeit, strategie]
                    price: 8900
                """);
        await using var api = await FakeDeliveryApi.StartAsync();
        api.LoadFolder(folder.Root);
        using var client = api.CreateClient();

        var items = await DeliveryApiFetch.Items(client, expand: expand);

        var bundle = Assert.Single(items, item => item.ContentType == "academyPackage" && item.Slug == "alles");
        var picked = bundle.Properties["courses"].EnumerateArray().ToList();
        Assert.Equal(2, picked.Count);
        Assert.All(picked, course => Assert.Equal(expand, course.GetProperty("properties").TryGetProperty("title", out _)));
        var result = DeliveryApiFetch.Compile(items);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["zeit", "strategie"], result.Catalogue!.FindPackage("alles")!.CourseSlugs);
        Assert.Equal(MarkdownFolderSource.Load(folder.Root).Catalogue!.Packages.Select(package => package.CourseSlugs),
            result.Catalogue.Packages.Select(package => package.CourseSlugs));
    }
}
