using System.Net;
using System.Text.Json;

namespace Academy.Web.Tests.Privacy;

/// <summary>A learner with a row in each of their tables, made the way a learner makes them: through the site.</summary>
public static class LearnerWithData
{
    public const string QuizUrl = "/courses/testkurs/quiz/grundlagen";

    /// <summary>Registers, buys every course, marks a lesson done, passes a quiz with 50 % and takes the check (top outcome: agentur).</summary>
    public static async Task ArrangeAsync(LearnerBrowser browser, string email, string name, string password = "geheim-und-lang")
    {
        await browser.RegisterAsync(email, name, password);
        var paid = await browser.BuyAsync("alles");
        Assert.Contains("freigeschaltet", paid.Text, StringComparison.Ordinal);

        var lesson = await browser.GetAsync("/courses/testkurs/erste-lektion");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(lesson, [])).StatusCode);

        var quiz = await browser.StartQuizAsync(QuizUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(quiz, [quiz.Choice("Blau"), quiz.Choice("Instagram")])).StatusCode);

        var check = await browser.GetAsync("/check");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(check, [new("a.q1", "1"), new("a.stunden", "2"), new("a.q3", "1")])).StatusCode);
    }

    /// <summary>Presses "Meine Daten herunterladen" on /me.</summary>
    public static async Task<HttpResponseMessage> DownloadAsync(LearnerBrowser browser)
    {
        var me = await browser.GetAsync("/me");
        return await browser.SubmitAsync(me, [], formAction: "handler=Export");
    }

    public static async Task<JsonDocument> ReadExportAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
