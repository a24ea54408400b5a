using Academy.Cli.Commands;
using Academy.Content.Markdown;
using Academy.Content.Umbraco;
using Academy.Umbraco.Fakes;

namespace Academy.Cli.Tests.Commands;

public sealed class ContentPullCommandTests : IDisposable
{
    private readonly string pulled = Path.Combine(Path.GetTempPath(), "academy-pull-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Pushing_the_content_folder_then_pulling_it_gives_the_same_catalogue()
    {
        await using var management = await FakeManagementApi.StartAsync();
        await using var delivery = await FakeDeliveryApi.StartAsync();
        var (pushed, _) = await PushRun.RunAsync(new ContentPushCommand.Options(ContentCopy.RepoContent, management.BaseAddress, Publish: true), PushRun.Credentials);
        Assert.Equal(0, pushed);
        management.PublishTo(delivery);
        var output = new StringWriter();

        var exitCode = await ContentPullCommand.RunAsync(pulled, Settings(delivery), output);

        Assert.True(exitCode == 0, output.ToString());
        var expected = MarkdownFolderSource.Load(ContentCopy.RepoContent);
        var actual = MarkdownFolderSource.Load(pulled);
        Assert.True(actual.Succeeded, string.Join("\n", actual.Errors));
        var shape = CatalogueShape.Of(expected.Catalogue!);
        Assert.Equal(shape, CatalogueShape.Of(actual.Catalogue!));
        Assert.Contains("ChoiceQuestion.right", shape, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(pulled, "courses", "strategie", "01-ziele", "02-smart-ziele.md")));
        Assert.True(File.Exists(Path.Combine(pulled, "packages.yml")));
        Assert.StartsWith("OK: 3 courses", output.ToString().Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_published_content_is_pulled()
    {
        await using var management = await FakeManagementApi.StartAsync();
        await using var delivery = await FakeDeliveryApi.StartAsync();
        await PushRun.RunAsync(new ContentPushCommand.Options(ContentCopy.RepoContent, management.BaseAddress), PushRun.Credentials);
        management.PublishTo(delivery);
        var output = new StringWriter();

        var exitCode = await ContentPullCommand.RunAsync(pulled, Settings(delivery), output);

        Assert.Equal(1, exitCode);
        // The unpublished catalogue is no item the Delivery API serves, so the start item is what is missing.
        Assert.Contains($"Umbraco has no published item '{FakeDeliveryApi.StartItemId}' for Academy:Umbraco:StartItem", output.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(pulled));
    }

    [Fact]
    public async Task A_folder_that_is_not_empty_is_refused_before_anything_is_read()
    {
        await using var delivery = await FakeDeliveryApi.StartAsync();
        delivery.LoadFolder(ContentCopy.RepoContent);
        Directory.CreateDirectory(pulled);
        File.WriteAllText(Path.Combine(pulled, "notes.txt"), "mine");
        var output = new StringWriter();

        var exitCode = await ContentPullCommand.RunAsync(pulled, Settings(delivery), output);

        Assert.Equal(1, exitCode);
        Assert.Contains("the folder is not empty", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, delivery.RequestCount);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(pulled).Select(Path.GetFileName));
    }

    public void Dispose()
    {
        if (Directory.Exists(pulled))
        {
            Directory.Delete(pulled, recursive: true);
        }
    }

    private static UmbracoOptions Settings(FakeDeliveryApi delivery) => new()
    {
        DeliveryApiUrl = delivery.BaseAddress.ToString(),
        StartItem = FakeDeliveryApi.StartItemId.ToString(),
        Cultures = ["de"],
        PageSize = 7,
    };
}
