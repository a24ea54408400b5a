using Academy.Cli.Umbraco;
using Academy.Content.Umbraco;
using Academy.Umbraco.Fakes;

namespace Academy.Cli.Tests.Umbraco;

public sealed class ManagementDocumentTests
{
    [Fact]
    public async Task A_rich_text_lesson_Umbraco_holds_as_sent_is_unchanged_on_the_second_push()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();
        using var http = FakeManagementApiTests.Client(umbraco);
        var client = new UmbracoManagementClient(http);
        var types = await client.DocumentTypesAsync(UmbracoAliases.Default, CancellationToken.None);
        var lesson = FakeManagementApiTests.RichTextLesson();
        await client.CreateDocumentAsync(new ManagementDocument(lesson, types).CreateBody(null), CancellationToken.None);

        var held = await client.GetDocumentAsync(lesson.Key, CancellationToken.None);

        Assert.True(new ManagementDocument(lesson, types).IsSameAs(held!));
        Assert.False(new ManagementDocument(lesson.With("bodyRichText", new UmbracoValue.RichText("<p>Anders.</p>")), types).IsSameAs(held!));
    }
}
