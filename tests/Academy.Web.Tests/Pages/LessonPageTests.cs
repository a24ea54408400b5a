using System.Net;

namespace Academy.Web.Tests.Pages;

public sealed class LessonPageTests
{
    [Fact]
    public async Task A_preview_lesson_renders_its_markdown_for_anonymous_visitors()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var page = await browser.GetAsync("/courses/testkurs/erste-lektion");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var prose = page.Document.QuerySelector(".prose")!;
        Assert.Equal("Worum es geht", prose.QuerySelector("h2#worum-es-geht")!.TextContent);
        Assert.Equal("erste", prose.QuerySelector("strong")!.TextContent);
        Assert.NotNull(prose.QuerySelector("table td"));
        Assert.NotNull(prose.QuerySelector("li.task-list-item .task-box"));
    }

    [Fact]
    public async Task A_lesson_that_is_not_a_preview_asks_anonymous_visitors_to_sign_in()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var page = await browser.GetAsync("/courses/testkurs/zweite-lektion");

        Assert.Equal(HttpStatusCode.Unauthorized, page.Status);
        Assert.Null(page.Document.QuerySelector(".prose"));
        Assert.DoesNotContain("Zweiter Schritt", page.Html, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("a[href^='/account/login?returnUrl=%2Fcourses%2Ftestkurs%2Fzweite-lektion']"));
    }

    [Fact]
    public async Task Script_and_event_handlers_in_markdown_never_reach_the_page()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("xss@example.com");

        var page = await browser.GetAsync("/courses/testkurs/zweite-lektion");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var prose = page.Document.QuerySelector(".prose")!;
        Assert.Empty(prose.QuerySelectorAll("script"));
        Assert.Empty(prose.QuerySelectorAll("img"));
        Assert.Empty(prose.QuerySelectorAll("[onerror]"));
        Assert.DoesNotContain("javascript:", prose.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<script>alert('xss')</script>", prose.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_forbid_inline_and_foreign_scripts_through_their_content_security_policy()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var response = await browser.Client.GetAsync("/courses/testkurs/erste-lektion");

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("script-src 'self'", directives.Single(d => d.StartsWith("script-src", StringComparison.Ordinal)));
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Marking_lessons_done_moves_the_progress_bar_and_the_continue_link()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("progress@example.com");

        var lesson = await browser.GetAsync("/courses/testkurs/erste-lektion");
        var done = await browser.SubmitAsync(lesson, []);

        Assert.Equal("/courses/testkurs/zweite-lektion", done.Headers.Location!.OriginalString);
        var course = await browser.GetAsync("/courses/testkurs");
        Assert.Contains("1 von 3 Lektionen erledigt", course.Text, StringComparison.Ordinal);
        // Three lessons and one exam: one of four steps is done.
        Assert.Equal("25", course.Document.QuerySelector("[role=progressbar]")!.GetAttribute("aria-valuenow"));
        Assert.Contains("0 von 1 Quizzen bestanden", course.Text, StringComparison.Ordinal);
        var resume = await browser.Client.GetAsync("/me/continue");
        Assert.Equal("/courses/testkurs/zweite-lektion", resume.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Marking_a_lesson_done_twice_counts_it_once()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("twice@example.com");

        var lesson = await browser.GetAsync("/courses/testkurs/erste-lektion");
        await browser.SubmitAsync(lesson, []);
        await browser.SubmitAsync(lesson, []);

        var course = await browser.GetAsync("/courses/testkurs");
        Assert.Contains("1 von 3 Lektionen erledigt", course.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_an_antiforgery_token_is_refused_and_records_nothing()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("csrf@example.com");

        var response = await browser.Client.PostAsync("/courses/testkurs/erste-lektion?handler=Done", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var course = await browser.GetAsync("/courses/testkurs");
        Assert.Contains("0 von 3 Lektionen erledigt", course.Text, StringComparison.Ordinal);
    }
}
