using System.Net;
using System.Text.Json;
using Academy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Web.Tests.Diagnostics;

/// <summary>The Social-Media-Check over HTTP, against TestContent/assessments/test-check.yml.</summary>
public sealed class CheckPageTests
{
    // Outcomes in file order: ziele, zeit, agentur. Ziel "Nein" and Zeit "Kaum" give ziele 3, zeit 3, agentur 1.
    private static readonly KeyValuePair<string, string>[] TiedAnswers = [new("a.q1", "0"), new("a.stunden", "0"), new("a.q3", "0")];

    // agentur 5 + 2, zeit 1, ziele -1.
    private static readonly KeyValuePair<string, string>[] HandOffAnswers = [new("a.q1", "1"), new("a.stunden", "2"), new("a.q3", "1")];

    [Fact]
    public async Task Visitors_see_every_question_as_a_radio_group_without_signing_in()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var page = await browser.GetAsync("/check");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Testcheck", page.Document.QuerySelector("h1")!.TextContent.Trim());
        var fieldsets = page.Document.QuerySelectorAll("form fieldset.question").ToList();
        Assert.Equal(["question-q1", "question-stunden", "question-q3"], fieldsets.Select(f => f.Id));
        Assert.Equal(3, fieldsets[1].QuerySelectorAll("input[type=radio][name='a.stunden']").Length);
        Assert.Equal("Keine Lust", fieldsets[1].QuerySelector("label[for='stunden-2']")!.TextContent.Trim());
        Assert.Contains("Frage 2 von 3", fieldsets[1].QuerySelector("legend")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_result_ranks_outcomes_breaks_ties_by_file_order_and_links_the_courses_without_a_row()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var check = await browser.GetAsync("/check");
        var submitted = await browser.SubmitAsync(check, TiedAnswers);

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.StartsWith("/check/test-check/result?", submitted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var result = await browser.FollowAsync(submitted);
        Assert.Equal(HttpStatusCode.OK, result.Status);
        var outcomes = result.Document.QuerySelectorAll(".outcome-list > li").ToList();
        Assert.Equal(["ziele", "zeit", "agentur"], outcomes.Select(li => li.GetAttribute("data-outcome")));
        Assert.Contains("Hier gewinnst du am meisten", outcomes[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Dir fehlt ein Ziel.", outcomes[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Der Testkurs hilft beim Ziel.", outcomes[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("/courses/testkurs", outcomes[0].QuerySelector(".recommendations a")!.GetAttribute("href"));
        Assert.Equal("/courses/zweiter-kurs", outcomes[1].QuerySelector(".recommendations a")!.GetAttribute("href"));
        Assert.Equal("/packages#package-alles", outcomes[2].QuerySelector(".recommendations a")!.GetAttribute("href"));
        Assert.Equal(0, await CountResults(site));
    }

    [Fact]
    public async Task An_outcome_with_no_points_is_not_recommended_but_listed_as_less_urgent()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var check = await browser.GetAsync("/check");
        var result = await browser.FollowAsync(await browser.SubmitAsync(check, HandOffAnswers));

        Assert.Equal(["agentur", "zeit"], result.Document.QuerySelectorAll(".outcome-list > li").Select(li => li.GetAttribute("data-outcome")));
        Assert.Equal(["ziele"], result.Document.QuerySelectorAll(".less-urgent li").Select(li => li.GetAttribute("data-outcome")));
    }

    [Fact]
    public async Task The_agency_outcome_offers_the_agencys_contact()
    {
        using var site = new AcademySite(settings: new Dictionary<string, string> { ["Academy:Brand:ContactEmail"] = "hallo@agentur.example" });
        using var browser = site.NewBrowser();

        var check = await browser.GetAsync("/check");
        var result = await browser.FollowAsync(await browser.SubmitAsync(check, HandOffAnswers));

        var top = result.Document.QuerySelector(".outcome-list > li[data-outcome=agentur]")!;
        Assert.NotNull(top.QuerySelector(".contact a[href='mailto:hallo@agentur.example']"));
        Assert.Null(result.Document.QuerySelector(".outcome-list > li[data-outcome=zeit] .contact"));
    }

    [Fact]
    public async Task A_signed_in_learners_result_is_stored_shown_at_its_own_address_and_on_the_dashboard()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("check@example.com");

        var before = await browser.GetAsync("/me");
        Assert.Contains("Check starten", before.Document.QuerySelector(".check-card")!.TextContent, StringComparison.Ordinal);

        var check = await browser.GetAsync("/check");
        var submitted = await browser.SubmitAsync(check, HandOffAnswers);

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var location = submitted.Headers.Location!.OriginalString;
        Assert.Matches("^/check/result/[0-9a-f-]{36}$", location);
        var result = await browser.FollowAsync(submitted);
        Assert.Equal(["agentur", "zeit"], result.Document.QuerySelectorAll(".outcome-list > li").Select(li => li.GetAttribute("data-outcome")));

        var row = await SingleResult(site);
        Assert.Equal("test-check", row.AssessmentSlug);
        Assert.Equal("agentur", row.TopOutcome);
        Assert.Equal(new Dictionary<string, int> { ["q1"] = 1, ["stunden"] = 2, ["q3"] = 1 }, JsonSerializer.Deserialize<Dictionary<string, int>>(row.AnswersJson));
        Assert.Equal("{\"agentur\":7,\"zeit\":1,\"ziele\":-1}", row.ScoresJson);

        var me = await browser.GetAsync("/me");
        var card = me.Document.QuerySelector(".check-card")!;
        Assert.Contains("Dein Social-Media-Check", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Hier gewinnst du am meisten: Abgeben", card.TextContent, StringComparison.Ordinal);
        Assert.Equal(location, card.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_dashboard_shows_the_latest_of_several_results()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("twice@example.com");

        await browser.SubmitAsync(await browser.GetAsync("/check"), HandOffAnswers);
        var second = await browser.SubmitAsync(await browser.GetAsync("/check"), TiedAnswers);

        var card = (await browser.GetAsync("/me")).Document.QuerySelector(".check-card")!;
        Assert.Contains("Ziele setzen", card.TextContent, StringComparison.Ordinal);
        Assert.Equal(second.Headers.Location!.OriginalString, card.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Another_learners_result_is_not_found()
    {
        using var site = new AcademySite();
        using var owner = site.NewBrowser();
        await owner.RegisterAsync("owner@example.com");
        var submitted = await owner.SubmitAsync(await owner.GetAsync("/check"), HandOffAnswers);
        var location = submitted.Headers.Location!.OriginalString;

        using var stranger = site.NewBrowser();
        await stranger.RegisterAsync("stranger@example.com");
        var page = await stranger.GetAsync(location);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.DoesNotContain("Lass es machen.", page.Html, StringComparison.Ordinal);
        Assert.Null((await stranger.GetAsync("/me")).Document.QuerySelector($".check-card a[href='{location}']"));
    }

    [Fact]
    public async Task Unanswered_questions_are_named_with_422_and_the_other_choices_are_kept()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var check = await browser.GetAsync("/check");
        var response = await browser.SubmitAsync(check, [new("a.stunden", "2")]);
        var page = await LearnerBrowser.Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        var summary = page.Document.QuerySelector("#check-errors")!;
        Assert.Equal(["#question-q1", "#question-q3"], summary.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Frage 1: Hast du ein Ziel?", summary.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#question-q1 .field-error"));
        Assert.Null(page.Document.QuerySelector("#question-stunden .field-error"));
        Assert.True(page.Document.QuerySelector("#stunden-2")!.HasAttribute("checked"));
        Assert.False(page.Document.QuerySelector("#stunden-0")!.HasAttribute("checked"));
    }

    [Theory]
    [InlineData("a.q1", "7", "has no option '7'")]
    [InlineData("a.q1", "-1", "has no option '-1'")]
    [InlineData("a.q1", "eins", "has no option 'eins'")]
    [InlineData("a.q9", "0", "no question 'q9'")]
    [InlineData("a.", "0", "no question ''")]
    [InlineData("a.Q1", "0", "no question 'Q1'")]
    public async Task A_tampered_answer_is_rejected_with_400_and_stores_nothing(string field, string value, string message)
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("tamper@example.com");

        var check = await browser.GetAsync("/check");
        var fields = TiedAnswers.Where(answer => !string.Equals(answer.Key, field, StringComparison.OrdinalIgnoreCase)).Append(new(field, value));
        var response = await browser.SubmitAsync(check, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountResults(site));
    }

    [Fact]
    public async Task Two_values_for_one_question_are_rejected_with_400()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var check = await browser.GetAsync("/check");
        var response = await browser.SubmitAsync(check, [.. TiedAnswers, new("a.q1", "1")]);
        var sameTwice = await browser.SubmitAsync(check, [.. TiedAnswers, new("a.q1", "0")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("takes one answer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, sameTwice.StatusCode);
    }

    [Fact]
    public async Task A_value_over_2000_characters_is_rejected_with_400_and_not_echoed()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var check = await browser.GetAsync("/check");
        var response = await browser.SubmitAsync(check, [.. TiedAnswers, new("kommentar", new string('x', 2001))]);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("longer than 2000 characters", body, StringComparison.Ordinal);
        Assert.DoesNotContain("xxxxxxxxxx", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.q1=0&a.stunden=0&a.q3=9")]
    [InlineData("a.q1=0&a.stunden=0&a.q3=0&a.q4=1")]
    [InlineData("a.q1=0&a.q1=1&a.stunden=0&a.q3=0")]
    public async Task A_tampered_result_link_is_rejected_with_400(string query)
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var page = await browser.GetAsync($"/check/test-check/result?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
    }

    [Fact]
    public async Task A_result_link_ignores_parameters_that_are_no_answers_and_sends_an_incomplete_one_back_to_the_check()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var shared = await browser.GetAsync("/check/test-check/result?a.q1=1&a.stunden=2&a.q3=1&fbclid=abc");
        var incomplete = await browser.Client.GetAsync("/check/test-check/result?a.q1=1");

        Assert.Equal(HttpStatusCode.OK, shared.Status);
        Assert.Equal("agentur", shared.Document.QuerySelector(".outcome-list > li")!.GetAttribute("data-outcome"));
        Assert.Equal(HttpStatusCode.Redirect, incomplete.StatusCode);
        Assert.Equal("/check/test-check", incomplete.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_catalogue_invites_visitors_to_the_check()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var page = await browser.GetAsync("/");

        var cta = page.Document.QuerySelector(".check-cta")!;
        Assert.Contains("3 kurzen Fragen", cta.TextContent, StringComparison.Ordinal);
        Assert.Equal("/check/test-check", cta.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(page.Document.QuerySelector("footer a[href='/check']"));
    }

    [Fact]
    public async Task Without_an_assessment_there_is_no_check_and_no_invitation()
    {
        using var site = new AcademySite(content => Directory.Delete(Path.Combine(content, "assessments"), recursive: true));
        using var browser = site.NewBrowser();

        var check = await browser.GetAsync("/check");
        var home = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, check.Status);
        Assert.Null(home.Document.QuerySelector(".check-cta"));
        Assert.Null(home.Document.QuerySelector("footer a[href='/check']"));
    }

    private static async Task<int> CountResults(AcademySite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AcademyDb>().DiagnosticResults.CountAsync();
    }

    private static async Task<DiagnosticResult> SingleResult(AcademySite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AcademyDb>().DiagnosticResults.AsNoTracking().SingleAsync();
    }
}
