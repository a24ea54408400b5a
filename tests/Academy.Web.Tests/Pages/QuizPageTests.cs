using System.Net;
using System.Text.RegularExpressions;
using Academy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Web.Tests.Pages;

public sealed partial class QuizPageTests
{
    private const string QuizUrl = "/courses/testkurs/quiz/grundlagen";

    [Fact]
    public async Task A_submitted_quiz_shows_score_feedback_and_explanations_and_appears_on_the_dashboard()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("quiz@example.com", name: "Erika Muster");
        await browser.BuyAsync("testkurs-paket");

        var quiz = await browser.GetAsync(QuizUrl);
        var submitted = await browser.SubmitAsync(quiz, [new("q1", "1"), new("q2", "0")]);

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var result = await browser.FollowAsync(submitted);
        Assert.Equal("50 %", result.Document.QuerySelector(".score")!.TextContent.Trim());
        Assert.Contains("Bestanden", result.Document.QuerySelector(".verdict")!.TextContent, StringComparison.Ordinal);
        var feedback = result.Document.QuerySelectorAll(".feedback").ToList();
        Assert.Equal(2, feedback.Count);
        Assert.Contains("Richtig", feedback[0].QuerySelector(".verdict-tag")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nicht richtig", feedback[1].QuerySelector(".verdict-tag")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ein Toaster ist keine Plattform.", feedback[1].TextContent, StringComparison.Ordinal);
        Assert.Equal(["Instagram", "LinkedIn"], feedback[1].QuerySelectorAll(".is-right").Select(li => li.TextContent.Replace("Richtige Antwort", "", StringComparison.Ordinal).Replace("Deine Antwort", "", StringComparison.Ordinal).Trim()));

        var me = await browser.GetAsync("/me");
        Assert.Contains("Hallo Erika Muster!", me.Text, StringComparison.Ordinal);
        var row = me.Document.QuerySelector(".results-table tbody tr")!;
        Assert.Contains("Quiz: Grundlagen", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("50 %", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("bestanden", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_quiz_page_is_the_same_whichever_option_is_correct()
    {
        var first = await QuizHtmlWithAnswers(single: 0, multiple: "[0]");
        var second = await QuizHtmlWithAnswers(single: 2, multiple: "[1, 2]");

        Assert.Equal(first, second);
        Assert.Contains("name=\"q1\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_answer_is_rejected_with_400_and_records_no_attempt()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("tamper@example.com");

        var quiz = await browser.GetAsync(QuizUrl);
        var outOfRange = await browser.SubmitAsync(quiz, [new("q1", "7"), new("q2", "0")]);
        var tooMany = await browser.SubmitAsync(quiz, [new("q1", "0"), new("q1", "1"), new("q2", "0")]);
        var unknownQuestion = await browser.SubmitAsync(quiz, [new("q1", "0"), new("q2", "0"), new("q9", "0")]);

        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.Contains("no option '7'", await outOfRange.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownQuestion.StatusCode);
        Assert.Equal(0, await CountAttempts(site));
    }

    [Fact]
    public async Task An_unanswered_question_is_named_and_the_other_choices_are_kept()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("open@example.com");

        var quiz = await browser.GetAsync(QuizUrl);
        var response = await browser.SubmitAsync(quiz, [new("q1", "2")]);
        var page = await LearnerBrowser.Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Frage 2", page.Document.QuerySelector("#quiz-errors")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#question-2 .field-error"));
        Assert.True(page.Document.QuerySelector("#q1-2")!.HasAttribute("checked"));
        Assert.Equal(0, await CountAttempts(site));
    }

    [Fact]
    public async Task Anonymous_visitors_are_asked_to_sign_in_before_a_quiz()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var page = await browser.GetAsync(QuizUrl);

        Assert.Equal(HttpStatusCode.Unauthorized, page.Status);
        Assert.Null(page.Document.QuerySelector("form.quiz-form"));
    }

    [Fact]
    public async Task Another_learners_result_page_is_not_found()
    {
        using var site = new AcademySite();
        using var owner = site.NewBrowser();
        await owner.RegisterAndBuyAsync("owner@example.com");
        var quiz = await owner.GetAsync(QuizUrl);
        var submitted = await owner.SubmitAsync(quiz, [new("q1", "1"), new("q2", "0"), new("q2", "2")]);
        var resultUrl = submitted.Headers.Location!.OriginalString;

        using var stranger = site.NewBrowser();
        await stranger.RegisterAsync("stranger@example.com");
        var page = await stranger.GetAsync(resultUrl);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.DoesNotContain("100 %", page.Html, StringComparison.Ordinal);
    }

    private static async Task<string> QuizHtmlWithAnswers(int single, string multiple)
    {
        using var site = new AcademySite(content =>
        {
            var path = Path.Combine(content, "courses", "testkurs", "01-grundlagen", "quiz.yml");
            var yaml = File.ReadAllText(path)
                .Replace("answer: 1", $"answer: {single}", StringComparison.Ordinal)
                .Replace("answer: [0, 2]", $"answer: {multiple}", StringComparison.Ordinal);
            File.WriteAllText(path, yaml);
        });
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("same@example.com");
        var page = await browser.GetAsync(QuizUrl);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return Tokens().Replace(page.Html, "TOKEN");
    }

    private static async Task<int> CountAttempts(AcademySite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AcademyDb>().QuizAttempts.CountAsync();
    }

    // Antiforgery tokens and versioned asset hashes differ per run; everything else must be identical.
    [GeneratedRegex("(name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"|\\?v=[A-Za-z0-9_-]+)")]
    private static partial Regex Tokens();
}
