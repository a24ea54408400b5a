using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Academy.BrowserTests;

public sealed partial class LearnerJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task A_visitor_reads_a_preview_registers_buys_finishes_a_module_and_sees_the_quiz_result()
    {
        var page = await site.NewPhonePageAsync();

        // Catalogue: pick the first course, as a visitor would.
        await page.GotoAsync("/");
        await BrowserSite.ScreenshotAsync(page, "01-catalogue");
        var firstCourse = page.Locator(".course-card h2 a").First;
        var courseTitle = (await firstCourse.TextContentAsync())!.Trim();
        await firstCourse.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(courseTitle);
        await BrowserSite.ScreenshotAsync(page, "02-course");

        // The first lesson is a free preview, readable without an account.
        await page.Locator(".lesson-list a").First.ClickAsync();
        await Expect(page.Locator(".badge").First).ToHaveTextAsync("Kostenlose Vorschau");
        await Expect(page.Locator(".prose h2#diese-woche")).ToBeVisibleAsync();
        await BrowserSite.ScreenshotAsync(page, "03-preview-lesson");

        // The second lesson asks for an account and brings the learner back after registering.
        await page.Locator("a[rel=next]").ClickAsync();
        await Expect(page.Locator(".locked")).ToBeVisibleAsync();
        await BrowserSite.ScreenshotAsync(page, "04-locked-lesson");
        var lockedUrl = page.Url;
        await page.Locator(".locked a.button").First.ClickAsync();
        await page.GetByLabel("Dein Name").FillAsync("Bäckerei Krause");
        await page.GetByLabel("E-Mail-Adresse").FillAsync("krause@example.com");
        await page.GetByLabel("Passwort").FillAsync("brot-und-broetchen");
        await BrowserSite.ScreenshotAsync(page, "05-register");
        await page.GetByRole(AriaRole.Button, new() { Name = "Konto anlegen" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(lockedUrl);

        // Signed in but not enrolled: the lesson offers the packages that unlock it. Buy the first.
        await Expect(page.Locator(".locked .package-options a").First).ToBeVisibleAsync();
        await page.Locator(".locked .package-options a").First.ClickAsync();
        await Expect(page.Locator(".test-mode")).ToBeVisibleAsync();
        await BrowserSite.ScreenshotAsync(page, "06-checkout");
        await page.Locator("form button.button").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Test-Kasse");
        await BrowserSite.ScreenshotAsync(page, "07-test-payment");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bezahlen (sofort)" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("freigeschaltet");
        await BrowserSite.ScreenshotAsync(page, "08-paid");
        await page.GotoAsync(lockedUrl);
        await Expect(page.Locator(".prose")).ToBeVisibleAsync();

        // Marking the module's last lesson as done leads straight to its quiz.
        while (await page.Locator(".done-form button").CountAsync() > 0 && !page.Url.Contains("/quiz/", StringComparison.Ordinal))
        {
            await page.Locator(".done-form button").ClickAsync();
        }

        // The quiz starts with a button, reached by keyboard; the attempt lives on the server.
        await Expect(page.Locator(".quiz-facts")).ToBeVisibleAsync();
        await BrowserSite.ScreenshotAsync(page, "09-quiz-start");
        await page.GetByRole(AriaRole.Button, new() { Name = "Quiz starten" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("form.quiz-form")).ToBeVisibleAsync();
        await BrowserSite.ScreenshotAsync(page, "09-quiz");

        // Answer every question with the keyboard only, whatever its type.
        var questions = page.Locator("fieldset.question");
        var count = await questions.CountAsync();
        Assert.True(count >= 5, $"A module quiz has at least five questions, found {count}.");
        for (var i = 0; i < count; i++)
        {
            await AnswerByKeyboardAsync(page, questions.Nth(i));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Antworten abgeben" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(ResultUrl());
        await Expect(page.Locator(".score")).ToHaveTextAsync(Percent());
        await Expect(page.Locator(".feedback")).ToHaveCountAsync(count);
        await Expect(page.Locator(".feedback .explanation").First).ToContainTextAsync("Warum:");
        await BrowserSite.ScreenshotAsync(page, "10-result");

        // The dashboard shows the course with progress and the attempt.
        await page.GetByRole(AriaRole.Link, new() { Name = "Mein Lernen" }).ClickAsync();
        await Expect(page.Locator(".course-card h3")).ToContainTextAsync(courseTitle);
        await Expect(page.Locator(".results-table").First.Locator("tbody tr")).ToHaveCountAsync(1);
        await BrowserSite.ScreenshotAsync(page, "11-dashboard");

        // "Weiter" resumes at the first unfinished lesson.
        await page.GetByRole(AriaRole.Link, new() { Name = "Weiter", Exact = true }).ClickAsync();
        await Expect(page.Locator(".done-form button")).ToBeVisibleAsync();
        await BrowserSite.ScreenshotAsync(page, "12-continue");
    }

    [Fact]
    public async Task Every_question_type_can_be_answered_with_the_keyboard_alone_on_a_phone()
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Dein Name").FillAsync("Tischlerei Vogt");
        await page.GetByLabel("E-Mail-Adresse").FillAsync("vogt@example.com");
        await page.GetByLabel("Passwort").FillAsync("hobel-und-saege");
        await page.GetByRole(AriaRole.Button, new() { Name = "Konto anlegen" }).ClickAsync();
        await page.GotoAsync("/checkout/starter-paket");
        await page.Locator("form button.button").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bezahlen (sofort)" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("freigeschaltet");

        // The practice pool draws eight of its questions per round; rounds go on until every type was answered.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < 12 && seen.Count < 8; round++)
        {
            await page.GotoAsync("/courses/zeit/quiz/uebung");
            await page.GetByRole(AriaRole.Button, new() { NameRegex = QuizStart() }).ClickAsync();
            var questions = page.Locator("fieldset.question");
            var count = await questions.CountAsync();
            for (var i = 0; i < count; i++)
            {
                seen.Add(await AnswerByKeyboardAsync(page, questions.Nth(i)));
            }

            if (round == 0)
            {
                await BrowserSite.ScreenshotAsync(page, "13-practice-every-type");
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Antworten abgeben" }).FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(page).ToHaveURLAsync(ResultUrl());
            await Expect(page.Locator(".score")).ToHaveTextAsync(Percent());
            if (round == 0)
            {
                await BrowserSite.ScreenshotAsync(page, "14-practice-result");
            }
        }

        Assert.Equal(["cloze", "match", "multiple", "number", "order", "single", "text", "truefalse"], seen.Order(StringComparer.Ordinal));
    }

    /// <summary>Answers one question by keyboard alone: Space on a choice, typing into a field, arrow keys in a select.</summary>
    private static async Task<string> AnswerByKeyboardAsync(IPage page, ILocator question)
    {
        var type = (await question.GetAttributeAsync("data-type"))!;
        switch (type)
        {
            case "single" or "multiple" or "truefalse":
                await question.Locator("input").First.FocusAsync();
                await page.Keyboard.PressAsync("Space");
                break;
            case "text" or "number":
                await question.Locator("input[type=text]").FocusAsync();
                await page.Keyboard.TypeAsync(type == "number" ? "1,5" : "Antwort");
                break;
            default:
                // Order, match and cloze: each select gets a different option (order needs distinct positions), each gap some text.
                var fields = question.Locator("select, input[type=text]");
                for (var i = 0; i < await fields.CountAsync(); i++)
                {
                    var field = fields.Nth(i);
                    await field.FocusAsync();
                    if (await field.EvaluateAsync<string>("e => e.tagName") == "SELECT")
                    {
                        for (var step = 0; step <= (type == "order" ? i : 0); step++)
                        {
                            await page.Keyboard.PressAsync("ArrowDown");
                        }

                        Assert.NotEqual("", await field.InputValueAsync());
                    }
                    else
                    {
                        await page.Keyboard.TypeAsync("Antwort");
                    }
                }

                break;
        }

        return type;
    }

    [Fact]
    public async Task The_agency_sees_packages_and_its_overview()
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync("/packages");
        await Expect(page.Locator(".package-card")).ToHaveCountAsync(4);
        await BrowserSite.ScreenshotAsync(page, "20-packages");

        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-Mail-Adresse").FillAsync(BrowserSite.AdminEmail);
        await page.GetByLabel("Passwort").FillAsync(BrowserSite.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Agentur" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Übersicht für die Agentur");
        await Expect(page.Locator("#courses-heading + .table-scroll table tbody tr")).ToHaveCountAsync(3);
        await BrowserSite.ScreenshotAsync(page, "21-admin");

        await page.GetByRole(AriaRole.Link, new() { Name = "Inhalte: Quelle, Aktualisierung, Fehler und Redaktion" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Inhalte");
        await page.GetByRole(AriaRole.Button, new() { Name = "Jetzt aktualisieren" }).ClickAsync();
        await Expect(page.Locator("p.notice[role=status]")).ToHaveTextAsync("Die Inhalte sind aktualisiert.");
        await BrowserSite.ScreenshotAsync(page, "22-admin-content");

        await page.GotoAsync("/admin/privacy");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Datenauskunft und Löschung (DSGVO)");
        await BrowserSite.ScreenshotAsync(page, "28-admin-privacy");
        await page.GotoAsync("/admin/content");

        await page.GetByRole(AriaRole.Link, new() { Name = "Zur Vorschau" }).ClickAsync();
        await Expect(page.Locator(".preview-banner strong")).ToHaveTextAsync("Vorschau");
        await page.GetByRole(AriaRole.Link, new() { Name = "Social-Media-Strategie" }).ClickAsync();
        await page.Locator(".lesson-list a").First.ClickAsync();
        await Expect(page.Locator(".preview-banner")).ToBeVisibleAsync();
        await BrowserSite.ScreenshotAsync(page, "23-preview-lesson");
    }

    [Fact]
    public async Task A_learner_downloads_their_data_and_deletes_their_account_on_a_phone()
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Dein Name").FillAsync("Friseur Sommer");
        await page.GetByLabel("E-Mail-Adresse").FillAsync("sommer@example.com");
        await page.GetByLabel("Passwort").FillAsync("schere-und-kamm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Konto anlegen" }).ClickAsync();

        await page.GotoAsync("/me");
        await page.Locator("#privacy-heading").ScrollIntoViewIfNeededAsync();
        await BrowserSite.ScreenshotAsync(page, "24-me-privacy");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Meine Daten herunterladen" }).ClickAsync());
        var json = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("sommer@example.com", json, StringComparison.Ordinal);
        Assert.EndsWith(".json", download.SuggestedFilename, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Konto löschen" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Konto löschen");
        await BrowserSite.ScreenshotAsync(page, "25-delete-account");
        await page.GetByRole(AriaRole.Button, new() { Name = "Konto endgültig löschen" }).ClickAsync();
        await Expect(page.Locator("#Password")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserSite.ScreenshotAsync(page, "26-delete-needs-password");
        await page.GetByLabel("Passwort").FillAsync("schere-und-kamm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Konto endgültig löschen" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Dein Konto ist gelöscht");
        await BrowserSite.ScreenshotAsync(page, "27-account-deleted");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    [GeneratedRegex(@"/quiz/[a-z0-9-]+/result/[0-9a-f-]{36}$")]
    private static partial Regex ResultUrl();

    [GeneratedRegex(@"^\d{1,3} %$")]
    private static partial Regex Percent();

    [GeneratedRegex("^(Quiz starten|Neuer Versuch)$")]
    private static partial Regex QuizStart();
}
