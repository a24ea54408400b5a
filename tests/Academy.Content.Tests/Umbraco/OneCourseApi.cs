using Academy.Content.Markdown;
using Academy.Content.Umbraco;
using Academy.Umbraco.Fakes;

namespace Academy.Content.Tests.Umbraco;

/// <summary>
/// The fake Delivery API serving <see cref="ContentFolder.WithOneCourse"/>: the course "strategie"
/// with the module "ziele", its lesson "warum" and its quiz.
/// </summary>
internal static class OneCourseApi
{
    public static Guid LessonKey { get; } = UmbracoCatalogueWriter.KeyFor(ContentTypeRole.Lesson, "strategie/ziele/warum");

    public static Guid QuizKey { get; } = UmbracoCatalogueWriter.KeyFor(ContentTypeRole.Quiz, "strategie/ziele");

    public static Uri LessonUrl { get; } = new($"{FakeDeliveryApi.ContentPath}/item/{LessonKey}", UriKind.Relative);

    public static async Task<FakeDeliveryApi> StartAsync(string? apiKey = null)
    {
        using var folder = ContentFolder.WithOneCourse();
        var api = await FakeDeliveryApi.StartAsync(apiKey);
        api.Load(MarkdownFolderSource.Read(folder.Root).Definition);
        return api;
    }
}
