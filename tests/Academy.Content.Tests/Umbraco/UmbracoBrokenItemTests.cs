using System.Text.Json;
using System.Text.Json.Nodes;
using Academy.Content.Umbraco;
using Academy.Umbraco.Fakes;

namespace Academy.Content.Tests.Umbraco;

/// <summary>A broken Umbraco item is reported so that an editor can find it: by its name, id and path.</summary>
public sealed class UmbracoBrokenItemTests
{
    private static readonly string QuizLocation = $"Umbraco \"Quiz – Ziele\" ({OneCourseApi.QuizKey}) /strategie/ziele/quiz/";
    private static readonly string LessonLocation = $"Umbraco \"Warum es nicht funktioniert\" ({OneCourseApi.LessonKey}) /strategie/ziele/warum/";

    [Fact]
    public async Task A_quiz_question_without_an_answer_is_reported_at_its_quiz()
    {
        await using var api = await OneCourseApi.StartAsync();
        var questions = (UmbracoValue.Blocks)api.Document(OneCourseApi.QuizKey).Values["questions"];
        api.Update(OneCourseApi.QuizKey, "questions", new UmbracoValue.Blocks([questions.Elements[0].With("answer", null), .. questions.Elements.Skip(1)]));

        var errors = await Errors(api);

        var error = Assert.Single(errors);
        Assert.Equal(QuizLocation, error.Path);
        Assert.Equal(0, error.Line);
        Assert.Contains("Frage 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("answer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_where_the_block_list_of_questions_belongs_is_reported_at_its_quiz()
    {
        await using var api = await OneCourseApi.StartAsync();
        api.Break(OneCourseApi.QuizKey, "questions", JsonValue.Create("Frage 1: …"));

        var errors = await Errors(api);

        Assert.Contains(errors, error => error.Path == QuizLocation && error.Message.Contains("'questions' sollte eine Blockliste sein", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_lesson_title_of_the_wrong_json_kind_is_reported_at_its_lesson()
    {
        await using var api = await OneCourseApi.StartAsync();
        api.Break(OneCourseApi.LessonKey, "title", new JsonObject { ["de"] = "Warum" });

        var errors = await Errors(api);

        Assert.Contains(errors, error => error.Path == LessonLocation && error.Message == "'title' sollte genau einen Wert haben, nicht ein Objekt");
    }

    [Fact]
    public async Task A_block_whose_id_is_not_a_text_still_reads()
    {
        await using var api = await OneCourseApi.StartAsync();
        api.Break(OneCourseApi.QuizKey, item => item["properties"]!["questions"]!["items"]![0]!["content"]!["id"] = 42);

        var errors = await Errors(api);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Rich_text_of_neither_shape_is_reported_at_its_lesson_instead_of_failing_the_read()
    {
        await using var api = await OneCourseApi.StartAsync();
        api.Update(OneCourseApi.LessonKey, "bodyMarkdown", null);
        api.Break(OneCourseApi.LessonKey, "bodyRichText", new JsonObject { ["tag"] = 5, ["elements"] = new JsonArray() });

        var errors = await Errors(api);

        Assert.Contains(errors, error => error.Path == LessonLocation && error.Message.StartsWith("'bodyRichText' sollte Rich Text sein", StringComparison.Ordinal));
    }

    [Fact]
    public void An_item_whose_id_is_not_a_text_is_not_an_item()
    {
        using var item = JsonDocument.Parse("""{ "id": 42, "contentType": "academyLesson", "name": "L", "route": { "path": "/a/b/c/" }, "properties": {} }""");

        Assert.Null(UmbracoItem.Read(item.RootElement));
    }

    [Fact]
    public void A_course_served_twice_is_reported_as_a_repeated_slug_instead_of_failing_the_read()
    {
        using var course = JsonDocument.Parse("""{ "id": "5de65f2e-055e-4e6a-adc3-edb340dcd2e8", "contentType": "academyCourse", "name": "Strategie", "route": { "path": "/strategie/" }, "properties": { "title": "Strategie", "summary": "S" } }""");
        var item = UmbracoItem.Read(course.RootElement)!;
        var package = new UmbracoItem(Guid.NewGuid(), "academyPackage", "Paket", "/pakete/paket/", new Dictionary<string, JsonElement>
        {
            ["courses"] = JsonDocument.Parse($$"""[ { "id": "{{item.Id}}", "contentType": "academyCourse", "name": "Strategie", "route": { "path": "/strategie/" } } ]""").RootElement,
        });

        var (definition, _) = new UmbracoCatalogueReader().Read([item, item, package]);

        Assert.Equal(2, definition.Courses.Count);
        Assert.Equal("strategie", Assert.Single(definition.Packages!.Packages!).Courses!.Single().Slug);
        Assert.Contains(Academy.Content.Snapshot.CatalogueCompiler.Compile(definition, []).Errors, error => error.Message.Contains("'strategie'", StringComparison.Ordinal));
    }

    private static async Task<IReadOnlyList<ContentError>> Errors(FakeDeliveryApi api)
    {
        using var client = api.CreateClient();
        return (await DeliveryApiFetch.Catalogue(client)).Errors;
    }
}
