using System.Net;
using Academy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Academy.Web.Tests.Pages;

/// <summary>The rules of attempts, enforced on the server: limits, cooldown, time limit, immediate checks, practice.</summary>
public sealed class QuizRulesTests
{
    private const string QuizUrl = "/courses/testkurs/quiz/grundlagen";

    [Fact]
    public async Task Used_up_attempts_cannot_be_restarted_by_a_second_tab_or_the_back_button()
    {
        using var site = new AcademySite(WithSettings("attempts: 1"));
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("limit@example.com");
        var quiz = await browser.StartQuizAsync(QuizUrl);
        await browser.SubmitAsync(quiz, [quiz.Choice("Grün"), quiz.Choice("Toaster")]);

        var start = await browser.GetAsync(QuizUrl);
        var forcedStart = await browser.Client.PostAsync(QuizUrl + "?handler=Start", new FormUrlEncodedContent([start.AntiforgeryToken]));
        var afterForcedStart = await browser.FollowAsync(forcedStart);

        Assert.Contains("alle 1 Versuche genutzt", start.Text, StringComparison.Ordinal);
        Assert.Null(start.Document.QuerySelector("button[formaction*='handler=Start']"));
        Assert.Null(afterForcedStart.Document.QuerySelector("form.quiz-form"));
        Assert.Equal(1, await CountAttempts(site));
    }

    [Fact]
    public async Task A_cooldown_holds_the_next_attempt_back_until_it_has_passed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var site = new AcademySite(WithSettings("cooldown: 10m"), clock: clock);
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("cooldown@example.com");
        var quiz = await browser.StartQuizAsync(QuizUrl);
        await browser.SubmitAsync(quiz, [quiz.Choice("Grün"), quiz.Choice("Toaster")]);

        clock.Advance(TimeSpan.FromMinutes(9));
        var waiting = await browser.GetAsync(QuizUrl);
        var forced = await browser.Client.PostAsync(QuizUrl + "?handler=Start", new FormUrlEncodedContent([waiting.AntiforgeryToken]));
        Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);
        Assert.Equal(1, await CountAttempts(site));
        Assert.Contains("in 1 Minute", waiting.Text, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var second = await browser.StartQuizAsync(QuizUrl);
        Assert.NotEqual(quiz.AttemptId, second.AttemptId);
    }

    [Fact]
    public async Task A_late_submit_is_graded_with_the_answers_saved_before_time_ran_out()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var site = new AcademySite(WithSettings("timeLimit: 10m"), clock: clock);
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("late@example.com");
        var quiz = await browser.StartQuizAsync(QuizUrl);
        Assert.NotNull(quiz.Document.QuerySelector(".quiz-timer"));
        await browser.SubmitAsync(quiz, [quiz.Choice("Blau")], handler: "Save");

        clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(31));
        var late = await browser.SubmitAsync(quiz, [quiz.Choice("Blau"), quiz.Choice("Instagram"), quiz.Choice("LinkedIn")]);
        var result = await browser.FollowAsync(late);

        Assert.Equal("50 %", result.Document.QuerySelector(".score")!.TextContent.Trim());
        Assert.Contains("nach Ablauf der Zeit", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submit_within_the_grace_after_the_time_limit_still_counts()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var site = new AcademySite(WithSettings("timeLimit: 10m"), clock: clock);
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("grace@example.com");
        var quiz = await browser.StartQuizAsync(QuizUrl);

        clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(20));
        var result = await browser.FollowAsync(await browser.SubmitAsync(quiz, [quiz.Choice("Blau"), quiz.Choice("Instagram"), quiz.Choice("LinkedIn")]));

        Assert.Equal("100 %", result.Document.QuerySelector(".score")!.TextContent.Trim());
        Assert.DoesNotContain("nach Ablauf der Zeit", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extra_time_granted_by_an_admin_lengthens_the_limit_and_no_limit_removes_it()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var site = new AcademySite(WithSettings("timeLimit: 10m"), settings: AcademySite.AdminSettings, clock: clock);
        using var learner = site.NewBrowser();
        await learner.RegisterAndBuyAsync("slow@example.com");
        using var admin = await site.SignInAdminAsync();

        var page = await admin.GetAsync("/admin/quiz-time");
        var granted = await admin.SubmitAsync(page, [new("Email", "slow@example.com"), new("Allowance", "2")], handler: "Grant");
        Assert.Contains("slow@example.com", (await admin.FollowAsync(granted)).Text, StringComparison.Ordinal);

        var quiz = await learner.StartQuizAsync(QuizUrl);
        clock.Advance(TimeSpan.FromMinutes(19));
        var result = await learner.FollowAsync(await learner.SubmitAsync(quiz, [quiz.Choice("Blau"), quiz.Choice("Instagram"), quiz.Choice("LinkedIn")]));
        Assert.Equal("100 %", result.Document.QuerySelector(".score")!.TextContent.Trim());

        var unknown = await admin.SubmitAsync(await admin.GetAsync("/admin/quiz-time"), [new("Email", "nobody@example.com"), new("Allowance", "none")], handler: "Grant");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        await admin.SubmitAsync(await admin.GetAsync("/admin/quiz-time"), [new("Email", "slow@example.com"), new("Allowance", "none")], handler: "Grant");
        var untimed = await learner.StartQuizAsync(QuizUrl);
        Assert.Null(untimed.Document.QuerySelector(".quiz-timer"));
    }

    [Fact]
    public async Task Learners_cannot_grant_themselves_extra_time()
    {
        using var site = new AcademySite(settings: AcademySite.AdminSettings);
        using var learner = site.NewBrowser();
        await learner.RegisterAsync("cheeky@example.com");

        var page = await learner.GetAsync("/admin/quiz-time");

        Assert.NotEqual(HttpStatusCode.OK, page.Status);
    }

    [Fact]
    public async Task Immediate_feedback_checks_one_question_on_the_server_and_locks_its_answer()
    {
        using var site = new AcademySite(WithSettings("feedback: immediate"));
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("check@example.com");
        var quiz = await browser.StartQuizAsync(QuizUrl);
        var green = quiz.Choice("Grün");
        var slot = green.Key[1..];

        var checkedPage = await browser.FollowAsync(await browser.Client.PostAsync(
            $"{QuizUrl}?handler=Check&slot={slot}",
            new FormUrlEncodedContent([quiz.AntiforgeryToken, new("attempt", quiz.AttemptId), green])));

        var question = checkedPage.Document.QuerySelector($"#question-{slot}")!;
        Assert.Contains("Nicht richtig", question.TextContent, StringComparison.Ordinal);
        Assert.Contains("Streuung", question.TextContent, StringComparison.Ordinal);
        Assert.All(question.QuerySelectorAll("input"), input => Assert.True(input.HasAttribute("disabled")));

        var result = await browser.FollowAsync(await browser.SubmitAsync(quiz, [quiz.Choice("Blau"), quiz.Choice("Instagram"), quiz.Choice("LinkedIn")]));
        Assert.Equal("50 %", result.Document.QuerySelector(".score")!.TextContent.Trim());
    }

    [Fact]
    public async Task Held_back_answers_are_not_shown_until_the_learner_passes()
    {
        using var site = new AcademySite(WithSettings("review:\n  answers: after-pass\n  explanations: after-pass"));
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("held@example.com");
        var quiz = await browser.StartQuizAsync(QuizUrl);

        var failed = await browser.FollowAsync(await browser.SubmitAsync(quiz, [quiz.Choice("Grün"), quiz.Choice("Toaster")]));

        Assert.Contains("sobald du bestanden hast", failed.Text, StringComparison.Ordinal);
        Assert.Empty(failed.Document.QuerySelectorAll(".tag-right"));
        Assert.DoesNotContain("Streuung", failed.Text, StringComparison.Ordinal);
        Assert.Contains("Nicht richtig", failed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passing_every_exam_completes_the_course_and_practice_never_counts()
    {
        using var site = new AcademySite(content => File.WriteAllText(
            Path.Combine(content, "courses", "testkurs", "practice.yml"),
            """
            title: "Übung: Testkurs"
            pass: 50
            mode: practice
            questions:
              - type: truefalse
                prompt: "Der Himmel ist an klaren Tagen blau."
                answer: true
                explanation: "Streuung."
            """));
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("complete@example.com");
        foreach (var lesson in new[] { "erste-lektion", "zweite-lektion", "dritte-lektion" })
        {
            var page = await browser.GetAsync($"/courses/testkurs/{lesson}");
            await browser.SubmitAsync(page, [], formAction: "handler=Done");
        }

        var practice = await browser.StartQuizAsync("/courses/testkurs/quiz/uebung");
        await browser.SubmitAsync(practice, [practice.Choice("Richtig")]);
        var beforeExam = await browser.GetAsync("/courses/testkurs");
        Assert.Contains("0 von 1 Quizzen bestanden", beforeExam.Text, StringComparison.Ordinal);

        var exam = await browser.StartQuizAsync(QuizUrl);
        await browser.SubmitAsync(exam, [exam.Choice("Blau"), exam.Choice("Instagram"), exam.Choice("LinkedIn")]);
        var afterExam = await browser.GetAsync("/courses/testkurs");
        Assert.Contains("1 von 1 Quizzen bestanden", afterExam.Text, StringComparison.Ordinal);
    }

    private static Action<string> WithSettings(string settings) => content =>
    {
        var path = Path.Combine(content, "courses", "testkurs", "01-grundlagen", "quiz.yml");
        File.WriteAllText(path, settings + "\n" + File.ReadAllText(path));
    };

    private static async Task<int> CountAttempts(AcademySite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AcademyDb>().QuizAttempts.CountAsync();
    }
}
