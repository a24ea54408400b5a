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

        await Expect(page.Locator("form.quiz-form")).ToBeVisibleAsync();
        await BrowserSite.ScreenshotAsync(page, "09-quiz");

        // Answer every question with the keyboard only: focus the first option and press space.
        var questions = page.Locator("fieldset.question");
        var count = await questions.CountAsync();
        Assert.True(count >= 5, $"A module quiz has at least five questions, found {count}.");
        for (var i = 0; i < count; i++)
        {
            await questions.Nth(i).Locator("input").First.FocusAsync();
            await page.Keyboard.PressAsync("Space");
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
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    [GeneratedRegex(@"/quiz/[a-z0-9-]+/result/[0-9a-f-]{36}$")]
    private static partial Regex ResultUrl();

    [GeneratedRegex(@"^\d{1,3} %$")]
    private static partial Regex Percent();
}
