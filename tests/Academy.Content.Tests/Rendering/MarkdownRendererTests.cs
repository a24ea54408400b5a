using Academy.Content.Rendering;

namespace Academy.Content.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void Headings_get_github_style_ids()
    {
        var html = MarkdownRenderer.Render("## Diese Woche").Html;

        Assert.Contains("<h2 id=\"diese-woche\">Diese Woche</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipe_tables_render_as_tables()
    {
        var html = MarkdownRenderer.Render("| Tag | Post |\n|---|---|\n| Mo | Reel |").Html;

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Reel</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Task_list_boxes_render_as_decoration_not_as_unlabelled_inputs()
    {
        var html = MarkdownRenderer.Render("- [ ] Profil prüfen\n- [x] Bio schreiben").Html;

        Assert.DoesNotContain("<input", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"task-list-item\"><span class=\"task-box\" aria-hidden=\"true\"></span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"task-box task-box-checked\" aria-hidden=\"true\"></span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("[ ]", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Bare_urls_become_links()
    {
        var html = MarkdownRenderer.Render("Siehe https://example.com heute.").Html;

        Assert.Contains("<a href=\"https://example.com\">https://example.com</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Text <script>alert(1)</script> inline")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("Text <img src=x onerror=\"alert(1)\"> inline")]
    [InlineData("<div onmouseover=\"alert(1)\">hover</div>")]
    public void Raw_html_is_shown_as_text(string markdown)
    {
        var html = MarkdownRenderer.Render(markdown).Html;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](<java\tscript:alert(1)>)")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[x][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("<javascript:alert(1)>")]
    public void Links_with_a_dangerous_scheme_lose_their_url(string markdown)
    {
        var html = MarkdownRenderer.Render(markdown).Html;

        Assert.DoesNotContain("script:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("=\"#\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_inside_a_scheme_never_becomes_a_link()
    {
        var html = MarkdownRenderer.Render("[x](java\tscript:alert(1))").Html;

        // CommonMark does not allow whitespace in a bare destination, so this stays text.
        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.StartsWith("<p>[x](java", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData(" \u0001javascript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("vbscript:x")]
    [InlineData("data:text/html,x")]
    [InlineData("file:///etc/passwd")]
    public void Urls_with_other_schemes_are_unsafe_however_they_are_spelled(string url)
    {
        Assert.False(MarkdownRenderer.IsSafeUrl(url));
    }

    [Theory]
    [InlineData("[x](https://example.com)", "https://example.com")]
    [InlineData("[x](http://example.com)", "http://example.com")]
    [InlineData("[x](mailto:hallo@example.com)", "mailto:hallo@example.com")]
    [InlineData("[x](tel:+49301234)", "tel:+49301234")]
    [InlineData("[x](/courses/strategie)", "/courses/strategie")]
    [InlineData("[x](#diese-woche)", "#diese-woche")]
    [InlineData("[x](../bild.png)", "../bild.png")]
    public void Safe_links_keep_their_url(string markdown, string url)
    {
        var html = MarkdownRenderer.Render(markdown).Html;

        Assert.Contains($"href=\"{url}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_word_count_covers_visible_text_only()
    {
        var rendered = MarkdownRenderer.Render("## Zwei Wörter\n\n[ein Link](https://example.com) und **fett** — ok.");

        // "Zwei Wörter", "ein Link", "und", "fett", "ok"; the dash and the URL are not words.
        Assert.Equal(7, rendered.WordCount);
    }
}
