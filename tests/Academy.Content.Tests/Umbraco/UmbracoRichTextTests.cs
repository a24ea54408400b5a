using System.Text.Json.Nodes;
using Academy.Content.Umbraco;
using Academy.Domain.Catalogue;
using Academy.Umbraco.Fakes;

namespace Academy.Content.Tests.Umbraco;

/// <summary>Rich-text lesson bodies, in both shapes the Delivery API writes, reach the page sanitised.</summary>
public sealed class UmbracoRichTextTests
{
    [Fact]
    public async Task A_rich_text_body_in_markup_mode_loses_scripts_handlers_javascript_links_and_blocks()
    {
        await using var api = await OneCourseApi.StartAsync();
        api.Update(OneCourseApi.LessonKey, "bodyMarkdown", null);
        api.Update(OneCourseApi.LessonKey, "bodyRichText", new UmbracoValue.RichText("""
            <p onclick="steal()">Variablen halten Werte. <a href="javascript:alert(1)">Klick</a> <a href="/strategie/ziele/">Weiter</a></p>
            <script>alert(2)</script>
            <umb-rte-block data-content-id="724ecae7-3118-46a8-8dc2-a9bf9e10efdb"></umb-rte-block>
            <p>Danach das Quiz.</p>
            """));

        var lesson = await ReadLesson(api);

        AssertSanitised(lesson.Html);
        Assert.Contains("<p>Danach das Quiz.</p>", lesson.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rich_text_body_in_json_mode_is_rendered_and_sanitised_like_markup()
    {
        await using var api = await OneCourseApi.StartAsync();
        api.Update(OneCourseApi.LessonKey, "bodyMarkdown", null);
        // The tree of delivery-richtext-json-mode.json, with what an attacker or a careless paste adds.
        api.Break(OneCourseApi.LessonKey, "bodyRichText", JsonNode.Parse("""
            {
              "tag": "#root",
              "attributes": {},
              "elements": [
                {
                  "tag": "p",
                  "attributes": { "onclick": "steal()" },
                  "elements": [
                    { "tag": "#text", "text": "Variablen halten Werte. " },
                    { "tag": "a", "attributes": { "href": "javascript:alert(1)" }, "elements": [ { "tag": "#text", "text": "Klick" } ] },
                    { "tag": "#text", "text": " " },
                    { "tag": "a", "attributes": { "href": "/strategie/ziele/" }, "elements": [ { "tag": "#text", "text": "Weiter" } ] },
                    { "tag": "br", "attributes": {}, "elements": [] },
                    { "tag": "#text", "text": "<b>kein Markup</b>" }
                  ]
                },
                { "tag": "script", "attributes": {}, "elements": [ { "tag": "#text", "text": "alert(2)" } ] },
                { "tag": "umb-rte-block", "attributes": { "content-id": "724ecae7-3118-46a8-8dc2-a9bf9e10efdb" }, "elements": [] }
              ],
              "blocks": [
                {
                  "content": { "contentType": "academyCodeSample", "id": "724ecae7-3118-46a8-8dc2-a9bf9e10efdb", "properties": { "code": "var x = 1;" } },
                  "settings": null
                }
              ]
            }
            """));

        var lesson = await ReadLesson(api);

        AssertSanitised(lesson.Html);
        Assert.Contains("&lt;b&gt;kein Markup&lt;/b&gt;", lesson.Html, StringComparison.Ordinal);
        // A void element written with a closing tag would be read as two line breaks.
        Assert.Single(lesson.Html.Split("<br>").Skip(1));
    }

    private static void AssertSanitised(string html)
    {
        Assert.Contains("Variablen halten Werte.", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/strategie/ziele/\">Weiter</a>", html, StringComparison.Ordinal);
        foreach (var removed in new[] { "<script", "alert", "onclick", "steal", "javascript:", "umb-rte-block", "724ecae7" })
        {
            Assert.DoesNotContain(removed, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static async Task<Lesson> ReadLesson(FakeDeliveryApi api)
    {
        using var client = api.CreateClient();
        var result = await DeliveryApiFetch.Catalogue(client);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Catalogue!.FindCourse("strategie")!.FindLesson("warum")!;
    }
}
