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
    public async Task Unknown_course_is_a_friendly_404()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var page = await browser.GetAsync("/courses/gibt-es-nicht");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Seite nicht gefunden", page.Text, StringComparison.Ordinal);
    }
}
