using System.Net;

namespace Academy.Web.Tests.Pages;

public sealed class CataloguePageTests
{
    [Fact]
    public async Task Catalogue_lists_the_courses_of_the_content_folder_in_order()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var page = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var titles = page.Document.QuerySelectorAll(".course-card h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Testkurs Grundlagen", "Zweiter Testkurs"], titles);
        Assert.Contains("1 Module · 3 Lektionen", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_content_folder_shows_its_own_courses()
    {
        using var site = new AcademySite(content =>
            File.WriteAllText(Path.Combine(content, "courses", "zweiter-kurs", "course.md"), "---\ntitle: Umbenannter Kurs\nsummary: Neu.\norder: 0\n---\nText.\n"));
        using var browser = site.NewBrowser();

        var page = await browser.GetAsync("/");

        Assert.Equal("Umbenannter Kurs", page.Document.QuerySelector(".course-card h2")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_edit_in_the_content_folder_is_live_within_two_seconds_and_a_broken_one_is_not()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        var lesson = Path.Combine(site.ContentPath, "courses", "testkurs", "01-grundlagen", "01-erste-lektion.md");
        Assert.Contains("Worum es geht", (await browser.GetAsync("/courses/testkurs/erste-lektion")).Html, StringComparison.Ordinal);

        File.WriteAllText(lesson, File.ReadAllText(lesson).Replace("Worum es geht", "Frisch bearbeitet", StringComparison.Ordinal));
        var edited = await WaitForAsync(browser, "/courses/testkurs/erste-lektion", "Frisch bearbeitet", TimeSpan.FromSeconds(2));

        File.WriteAllText(lesson, "---\ntitle: [kaputt\n---\nKaputter Text\n");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var afterBreak = await browser.GetAsync("/courses/testkurs/erste-lektion");

        Assert.True(edited, "The edited lesson did not appear within 2 s.");
        Assert.Contains("Frisch bearbeitet", afterBreak.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kaputter Text", afterBreak.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_course_is_a_friendly_404()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var page = await browser.GetAsync("/courses/gibt-es-nicht");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Seite nicht gefunden", page.Text, StringComparison.Ordinal);
    }

    private static async Task<bool> WaitForAsync(LearnerBrowser browser, string url, string text, TimeSpan limit)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if ((await browser.GetAsync(url)).Html.Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
