using System.Net;
using System.Text;
using Academy.Data;
using Academy.Domain.Quizzes;
using Academy.Web.Pages.Admin.Quizzes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Web.Tests.Pages.Admin.Quizzes;

public sealed class StatisticsPageTests
{
    private const string Address = "/admin/quizzes/testkurs/grundlagen";

    /*
     * Twenty exam attempts, attempt i scoring 100 − 5i (mean and median 52.5 %, 11 of 20 at 50 % or more pass).
     * q1 (single, right B): right in 19, A in the last one -> 95 %, too easy.
     * q2 (multiple, right A+C): right in the five best, A+B in the other 15 -> 25 %, too hard, B chosen 15 of 20.
     * Three practice attempts, all wrong, must not change any of it.
     */
    private static async Task SeedTwentyExamsAndThreePracticeAsync(AcademySite site)
    {
        var learner = await LearnerAsync(site);
        var attempts = Enumerable.Range(0, 20).Select(i => Attempt(
            learner,
            "exam",
            100 - (5 * i),
            [new("q1", i < 19 ? 1 : 0, 1, [i < 19 ? "B" : "A"]), new("q2", i < 5 ? 1 : 0, 1, i < 5 ? ["A", "C"] : ["A", "B"])],
            i)).ToList();
        attempts.AddRange(Enumerable.Range(0, 3).Select(i => Attempt(learner, "practice", 0, [new("q1", 0, 1, ["C"]), new("q2", 0, 1, ["B"])], 30 + i)));
        await SaveAsync(site, attempts);
    }

    [Fact]
    public async Task The_admin_sees_the_summary_the_numbers_per_question_and_the_flags()
    {
        using var site = new AcademySite(settings: AcademySite.AdminSettings);
        await SeedTwentyExamsAndThreePracticeAsync(site);
        using var admin = await site.SignInAdminAsync();

        var page = await admin.GetAsync(Address);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var summary = page.Document.QuerySelector(".stats-summary")!.TextContent;
        Assert.Contains("Versuche20", summary, StringComparison.Ordinal);
        Assert.Contains("Durchschnitt52,5\u00A0%", summary, StringComparison.Ordinal);
        Assert.Contains("Median (die Hälfte liegt darüber)52,5\u00A0%", summary, StringComparison.Ordinal);
        Assert.Contains("Bestanden55\u00A0%", summary, StringComparison.Ordinal);
        Assert.Contains("Übungsversuche (3) sind nicht eingerechnet", page.Text, StringComparison.Ordinal);
        Assert.Contains("obere und untere 27\u00A0%", page.Text, StringComparison.Ordinal);

        var q1 = Cells(page, "q1");
        Assert.Equal(["20", "95 %", "0,20"], q1[..3]);
        Assert.Contains("B – Blau: 19 von 20 richtig", q1[3], StringComparison.Ordinal);
        Assert.Contains("A – Grün: 1 von 20", q1[3], StringComparison.Ordinal);
        Assert.Equal(["zu leicht"], Flags(page, "q1"));

        var q2 = Cells(page, "q2");
        // Upper five all right, lower five all wrong: D = 1.
        Assert.Equal(["20", "25 %", "1,00"], q2[..3]);
        Assert.Equal(["zu schwer", "Antwort B wird oft gewählt"], Flags(page, "q2"));
        Assert.NotNull(page.Document.QuerySelector("table.stats-table caption"));
        Assert.Equal(2, page.Document.QuerySelectorAll("tbody th[scope=row]").Length);
        Assert.NotNull(page.Document.QuerySelector(".table-scroll[tabindex='0'][role=region][aria-label]"));
    }

    [Fact]
    public async Task Below_twenty_attempts_the_page_says_how_many_there_are_instead_of_flagging()
    {
        using var site = new AcademySite(settings: AcademySite.AdminSettings);
        var learner = await LearnerAsync(site);
        // Seven attempts, every one wrong on q1: with enough attempts this would be "zu schwer".
        await SaveAsync(site, [.. Enumerable.Range(0, 7).Select(i => Attempt(learner, "exam", 0, [new("q1", 0, 1, ["A"]), new("q2", 0, 1, ["B"])], i))]);
        using var admin = await site.SignInAdminAsync();

        var page = await admin.GetAsync(Address);

        Assert.Equal("0 %", Cells(page, "q1")[1]);
        Assert.Empty(page.Document.QuerySelectorAll(".tag-flag"));
        Assert.Contains("Noch zu wenige Versuche (7 von 20) für Hinweise", Cells(page, "q1")[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practice_attempts_and_open_attempts_do_not_count()
    {
        using var site = new AcademySite(settings: AcademySite.AdminSettings);
        var learner = await LearnerAsync(site);
        var open = Attempt(learner, "exam", 0, [new("q1", 0, 1, ["C"])], 9);
        open.SubmittedAtUtc = null;
        await SaveAsync(site, [
            Attempt(learner, "exam", 100, [new("q1", 1, 1, ["B"]), new("q2", 1, 1, ["A", "C"])], 0),
            Attempt(learner, "exam", 50, [new("q1", 1, 1, ["B"]), new("q2", 0, 1, ["A"])], 1),
            .. Enumerable.Range(0, 5).Select(i => Attempt(learner, "practice", 0, [new("q1", 0, 1, ["C"]), new("q2", 0, 1, ["B"])], 2 + i)),
            open,
        ]);
        using var admin = await site.SignInAdminAsync();

        var page = await admin.GetAsync(Address);

        Assert.Contains("Versuche2", page.Document.QuerySelector(".stats-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Übungsversuche (5)", page.Text, StringComparison.Ordinal);
        Assert.Equal(["2", "100 %"], Cells(page, "q1")[..2]);
        Assert.Contains("C – Rot: 0 von 2", Cells(page, "q1")[3], StringComparison.Ordinal);
        Assert.Equal(["2", "50 %"], Cells(page, "q2")[..2]);
    }

    [Fact]
    public async Task Without_attempts_the_page_lists_the_questions_and_says_so()
    {
        using var site = new AcademySite(settings: AcademySite.AdminSettings);
        using var admin = await site.SignInAdminAsync();

        var page = await admin.GetAsync(Address);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Noch keine abgegebenen Prüfungsversuche", page.Text, StringComparison.Ordinal);
        Assert.Equal(["0", "–", "–"], Cells(page, "q1")[..3]);
    }

    [Fact]
    public async Task The_statistics_are_for_admins_only()
    {
        using var site = new AcademySite(settings: AcademySite.AdminSettings);
        using var visitor = site.NewBrowser();
        using var learner = site.NewBrowser();
        await learner.RegisterAsync("neugierig@example.com");

        foreach (var address in new[] { Address, Address + "/csv" })
        {
            var anonymous = await visitor.Client.GetAsync(address);
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.StartsWith("/account/login", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);

            var forbidden = await learner.FollowAsync(await learner.Client.GetAsync(address));
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
            Assert.Null(forbidden.Document.QuerySelector(".stats-table"));
            Assert.DoesNotContain("Frage-ID", forbidden.Html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/admin/quizzes/gibtsnicht/grundlagen")]
    [InlineData("/admin/quizzes/testkurs/gibtsnicht")]
    [InlineData("/admin/quizzes/testkurs/gibtsnicht/csv")]
    [InlineData("/admin/quizzes/zweiter-kurs/start")]
    [InlineData("/admin/quizzes/testkurs/grundlagen/pdf")]
    public async Task An_unknown_course_or_quiz_is_not_found(string address)
    {
        using var site = new AcademySite(settings: AcademySite.AdminSettings);
        using var admin = await site.SignInAdminAsync();

        var response = await admin.Client.GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_overview_links_each_quiz_to_its_statistics()
    {
        using var site = new AcademySite(settings: AcademySite.AdminSettings);
        using var admin = await site.SignInAdminAsync();

        var overview = await admin.GetAsync("/admin");

        Assert.Equal([Address], overview.Document.QuerySelectorAll(".quiz-statistics-links a").Select(a => a.GetAttribute("href")));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(Address)).Status);
    }

    [Fact]
    public async Task The_csv_is_utf8_for_excel_with_semicolons_quoting_and_no_formulas()
    {
        using var site = new AcademySite(
            content => File.WriteAllText(
                Path.Combine(content, "courses", "testkurs", "01-grundlagen", "quiz.yml"),
                """
                title: "Quiz: Grundlagen"
                pass: 50
                questions:
                  - type: single
                    prompt: 'Was sagt "Reichweite"; kurz?'
                    options: ["Grün", "Blau", "Rot"]
                    answer: 1
                    explanation: "Reichweite ist, wie viele Menschen einen Beitrag sehen."
                  - type: single
                    prompt: "=1+1 ist keine Formel"
                    options: ["Ja", "Nein"]
                    answer: 0
                    explanation: "Nur Text."
                """),
            settings: AcademySite.AdminSettings);
        var learner = await LearnerAsync(site);
        await SaveAsync(site, [
            Attempt(learner, "exam", 100, [new("q1", 1, 1, ["B"]), new("q2", 1, 1, ["A"])], 0),
            Attempt(learner, "exam", 50, [new("q1", 0, 1, ["A"]), new("q2", 1, 1, ["A"])], 1),
            Attempt(learner, "exam", 0, [new("q1", 0, 1, []), new("q2", 0, 1, ["B"]), new("q9", 0, 1, ["=HYPERLINK(\"http://example.com\")"])], 2),
        ]);
        using var admin = await site.SignInAdminAsync();

        var response = await admin.Client.GetAsync(Address + "/csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("testkurs-grundlagen-statistik.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        string[] expected =
            [
                "Frage-ID;Frage;Gesehen;Leichtigkeit (0 bis 1);Trennschärfe;Hinweise;Antworten",
                "q1;\"Was sagt \"\"Reichweite\"\"; kurz?\";3;0,33;1,00;Noch zu wenige Versuche (3 von 20) für Hinweise;\"A: 1; B: 1; C: 0; ohne Antwort: 1\"",
                "q2;'=1+1 ist keine Formel;3;0,67;1,00;Noch zu wenige Versuche (3 von 20) für Hinweise;\"A: 2; B: 1\"",
                "q9;Nicht mehr im Quiz (q9);1;0,00;;Noch zu wenige Versuche (1 von 20) für Hinweise;\"'=HYPERLINK(\"\"http://example.com\"\"): 1\"",
                "",
            ];
        Assert.Equal(expected.Length, lines.Length);
        Assert.All(expected.Zip(lines), pair => Assert.Equal(pair.First, pair.Second));
    }

    [Theory]
    [InlineData("Blau", "Blau")]
    [InlineData("=SUMME(A1)", "'=SUMME(A1)")]
    [InlineData("+49 30 123", "'+49 30 123")]
    [InlineData("-1", "'-1")]
    [InlineData("@Bäckerei", "'@Bäckerei")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("zwei\nZeilen", "\"zwei\nZeilen\"")]
    [InlineData("sag \"hi\"", "\"sag \"\"hi\"\"\"")]
    [InlineData("=\"x\";y", "\"'=\"\"x\"\";y\"")]
    public void A_csv_text_field_is_quoted_and_cannot_start_a_formula(string value, string expected) =>
        Assert.Equal(expected, ItemStatisticsCsv.Text(value));

    private static async Task<string> LearnerAsync(AcademySite site)
    {
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("lernende@example.com");
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<AcademyDb>().Users.SingleAsync(u => u.Email == "lernende@example.com")).Id;
    }

    private static QuizAttempt Attempt(string learnerId, string mode, int score, QuestionResult[] results, int minute)
    {
        var submitted = new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc).AddMinutes(minute);
        return new QuizAttempt
        {
            Id = Guid.NewGuid(),
            LearnerId = learnerId,
            CourseSlug = "testkurs",
            QuizSlug = "grundlagen",
            Mode = mode,
            PresentationJson = "[]",
            StartedAtUtc = submitted.AddMinutes(-5),
            SubmittedAtUtc = submitted,
            ScorePercent = score,
            Passed = score >= 50,
            Points = (double)results.Sum(r => r.Points),
            MaxPoints = results.Length,
            OutcomesJson = QuestionResults.ToJson(results),
        };
    }

    private static async Task SaveAsync(AcademySite site, IEnumerable<QuizAttempt> attempts)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AcademyDb>();
        db.QuizAttempts.AddRange(attempts);
        await db.SaveChangesAsync();
    }

    /// <summary>The row's cells after its header: seen, facility, discrimination, answers, hints.</summary>
    private static string[] Cells(LearnerBrowser.Page page, string questionId) =>
        [.. page.Document.QuerySelectorAll($"#item-{questionId} td").Select(td => string.Join(' ', td.TextContent.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries)))];

    private static string[] Flags(LearnerBrowser.Page page, string questionId) =>
        [.. page.Document.QuerySelectorAll($"#item-{questionId} .tag-flag").Select(tag => tag.TextContent.Trim())];
}
