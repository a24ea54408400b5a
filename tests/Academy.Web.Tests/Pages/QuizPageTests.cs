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

        var quiz = await browser.StartQuizAsync(QuizUrl);
        var submitted = await browser.SubmitAsync(quiz, [quiz.Choice("Blau"), quiz.Choice("Instagram")]);

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var result = await browser.FollowAsync(submitted);
        Assert.Equal("50 %", result.Document.QuerySelector(".score")!.TextContent.Trim());
        Assert.Contains("Bestanden", result.Document.QuerySelector(".verdict")!.TextContent, StringComparison.Ordinal);
        var feedback = result.Document.QuerySelectorAll(".feedback").ToList();
        Assert.Equal(2, feedback.Count);
        var sky = feedback.Single(f => f.TextContent.Contains("Himmel", StringComparison.Ordinal));
        var platforms = feedback.Single(f => f.TextContent.Contains("Plattformen", StringComparison.Ordinal));
        Assert.Contains("Richtig", sky.QuerySelector(".verdict-tag")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nicht richtig", platforms.QuerySelector(".verdict-tag")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ein Toaster ist keine Plattform.", platforms.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Instagram", "LinkedIn"], platforms.QuerySelectorAll(".is-right").Select(li => li.TextContent.Replace("Richtige Antwort", "", StringComparison.Ordinal).Replace("Deine Antwort", "", StringComparison.Ordinal).Trim()));

        var me = await browser.GetAsync("/me");
        Assert.Contains("Hallo Erika Muster!", me.Text, StringComparison.Ordinal);
        var row = me.Document.QuerySelector(".results-table tbody tr")!;
        Assert.Contains("Quiz: Grundlagen", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("50 %", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("bestanden", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reload_and_a_second_start_show_the_same_attempt_in_the_same_order()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("reload@example.com");

        var first = await browser.StartQuizAsync(QuizUrl);
        var reloaded = await browser.GetAsync(QuizUrl);
        var secondTab = await browser.Client.PostAsync(QuizUrl + "?handler=Start", new FormUrlEncodedContent([reloaded.AntiforgeryToken]));
        var startedAgain = await browser.FollowAsync(secondTab);

        Assert.Equal(first.AttemptId, reloaded.AttemptId);
        Assert.Equal(first.AttemptId, startedAgain.AttemptId);
        Assert.Equal(Labels(first), Labels(reloaded));
        Assert.Equal(1, await CountAttempts(site));
    }

    [Fact]
    public async Task A_double_submit_shows_the_first_result_and_grades_once()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("twice@example.com");

        var quiz = await browser.StartQuizAsync(QuizUrl);
        var first = await browser.SubmitAsync(quiz, [quiz.Choice("Blau"), quiz.Choice("Instagram"), quiz.Choice("LinkedIn")]);
        var second = await browser.SubmitAsync(quiz, [quiz.Choice("Grün"), quiz.Choice("Toaster")]);

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var result = await browser.FollowAsync(second);
        Assert.Equal("100 %", result.Document.QuerySelector(".score")!.TextContent.Trim());
        Assert.Equal(1, await CountAttempts(site));
    }

    [Fact]
    public async Task A_draft_is_saved_without_javascript_and_shown_again()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("draft@example.com");

        var quiz = await browser.StartQuizAsync(QuizUrl);
        var blue = quiz.Choice("Blau");
        var saved = await browser.SubmitAsync(quiz, [blue], handler: "Save");
        var again = await browser.FollowAsync(saved);

        Assert.Contains("Gespeichert", again.Text, StringComparison.Ordinal);
        Assert.Equal(quiz.AttemptId, again.AttemptId);
        var checkedInput = again.Document.QuerySelector($"input[name='{blue.Key}'][value='{blue.Value}']")!;
        Assert.True(checkedInput.HasAttribute("checked"));
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
    public async Task Tampered_answers_are_rejected_with_400_and_leave_the_attempt_untouched()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("tamper@example.com");
        var quiz = await browser.StartQuizAsync(QuizUrl);
        var blue = quiz.Choice("Blau");
        await browser.SubmitAsync(quiz, [blue], handler: "Save");
        var draftBefore = await DraftOf(site, quiz.AttemptId);

        var outOfRange = await browser.SubmitAsync(quiz, [new(blue.Key, "7")]);
        var notANumber = await browser.SubmitAsync(quiz, [new(blue.Key, "eins")]);
        var twoForOne = await browser.SubmitAsync(quiz, [new(blue.Key, "0"), new(blue.Key, "1")]);
        var unknownQuestion = await browser.SubmitAsync(quiz, [blue, new("q9", "0")]);
        var megabyte = await browser.SubmitAsync(quiz, [blue, new("q2", new string('x', 1_000_000))]);
        var savedTampering = await browser.SubmitAsync(quiz, [new(blue.Key, "7")], handler: "Save");

        foreach (var response in new[] { outOfRange, notANumber, twoForOne, unknownQuestion, megabyte, savedTampering })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Contains("no option '7'", await outOfRange.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("longer than 2000", await megabyte.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(draftBefore, await DraftOf(site, quiz.AttemptId));
        Assert.Equal(0, await CountSubmitted(site));
    }

    [Fact]
    public async Task Another_learners_attempt_cannot_be_answered()
    {
        using var site = new AcademySite();
        using var owner = site.NewBrowser();
        await owner.RegisterAndBuyAsync("owner-attempt@example.com");
        var quiz = await owner.StartQuizAsync(QuizUrl);

        using var stranger = site.NewBrowser();
        await stranger.RegisterAndBuyAsync("stranger-attempt@example.com");
        var own = await stranger.StartQuizAsync(QuizUrl);
        var fields = new List<KeyValuePair<string, string>> { quiz.Choice("Blau") };
        var response = await stranger.Client.PostAsync(
            QuizUrl,
            new FormUrlEncodedContent(own.Document.QuerySelectorAll("form.quiz-form input[type=hidden]")
                .Select(input => KeyValuePair.Create(input.GetAttribute("name")!, input.GetAttribute("name") == "attempt" ? quiz.AttemptId : input.GetAttribute("value")!))
                .Concat(fields)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("belongs to someone else", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountSubmitted(site));
    }

    [Fact]
    public async Task An_unanswered_question_is_named_the_other_choices_are_kept_and_it_can_be_handed_in_anyway()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("open@example.com");

        var quiz = await browser.StartQuizAsync(QuizUrl);
        var red = quiz.Choice("Rot");
        var response = await browser.SubmitAsync(quiz, [red]);
        var page = await LearnerBrowser.Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        var openSlot = red.Key == "q1" ? 2 : 1;
        Assert.Contains($"Frage {openSlot}", page.Document.QuerySelector("#quiz-errors")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($"#question-{openSlot} .field-error"));
        Assert.True(page.Document.QuerySelector($"form.quiz-form input[name='{red.Key}'][value='{red.Value}']")!.HasAttribute("checked"));
        Assert.Equal(0, await CountSubmitted(site));

        var anyway = await browser.SubmitAsync(page, [], formAction: null);
        var result = await browser.FollowAsync(anyway);
        Assert.Equal("0 %", result.Document.QuerySelector(".score")!.TextContent.Trim());
        Assert.Contains("Nicht beantwortet", result.Text, StringComparison.Ordinal);
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
        var quiz = await owner.StartQuizAsync(QuizUrl);
        var submitted = await owner.SubmitAsync(quiz, [quiz.Choice("Blau"), quiz.Choice("Instagram"), quiz.Choice("LinkedIn")]);
        var resultUrl = submitted.Headers.Location!.OriginalString;

        using var stranger = site.NewBrowser();
        await stranger.RegisterAsync("stranger@example.com");
        var page = await stranger.GetAsync(resultUrl);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.DoesNotContain("100 %", page.Html, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Labels(LearnerBrowser.Page page) =>
        [.. page.Document.QuerySelectorAll("form.quiz-form label").Select(label => label.TextContent.Trim())];

    private static async Task<string> QuizHtmlWithAnswers(int single, string multiple)
    {
        using var site = new AcademySite(content =>
        {
            var path = Path.Combine(content, "courses", "testkurs", "01-grundlagen", "quiz.yml");
            var yaml = "shuffle: false\n" + File.ReadAllText(path)
                .Replace("answer: 1", $"answer: {single}", StringComparison.Ordinal)
                .Replace("answer: [0, 2]", $"answer: {multiple}", StringComparison.Ordinal);
            File.WriteAllText(path, yaml);
        });
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("same@example.com");
        var page = await browser.StartQuizAsync(QuizUrl);
        return Tokens().Replace(page.Html, "TOKEN");
    }

    private static async Task<int> CountAttempts(AcademySite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AcademyDb>().QuizAttempts.CountAsync();
    }

    private static async Task<int> CountSubmitted(AcademySite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AcademyDb>().QuizAttempts.CountAsync(a => a.SubmittedAtUtc != null);
    }

    private static async Task<string> DraftOf(AcademySite site, string attemptId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var id = Guid.Parse(attemptId);
        return await scope.ServiceProvider.GetRequiredService<AcademyDb>().QuizAttempts.Where(a => a.Id == id).Select(a => a.DraftJson).SingleAsync();
    }

    // Antiforgery tokens, attempt ids and versioned asset hashes differ per run; everything else must be identical.
    [GeneratedRegex("(name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"|\\?v=[A-Za-z0-9_-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")]
    private static partial Regex Tokens();
}
