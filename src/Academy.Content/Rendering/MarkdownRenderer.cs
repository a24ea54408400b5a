using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Academy.Content.Rendering;

/// <summary>Turns lesson Markdown into HTML that is safe to serve, once per content change.</summary>
public static class MarkdownRenderer
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    // Built once: a Markdig pipeline is immutable and thread-safe, and building it is not free.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseTaskLists()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public static RenderedMarkdown Render(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        NeutraliseUnsafeLinks(document);
        var html = ToHtml(document);
        var plainText = Markdig.Markdown.ToPlainText(markdown, Pipeline);
        return new RenderedMarkdown(html, CountWords(plainText));
    }

    private static string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlTaskListRenderer>(new TaskBoxRenderer());
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsLetterOrDigit));

    /// <summary>
    /// Browsers ignore control characters and whitespace inside a scheme and compare it
    /// case-insensitively, so "Java&#9;Script:" must count as "javascript:".
    /// </summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var compact = new string([.. url.Where(c => c > ' ' && !char.IsControl(c))]);
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var beforeColon = compact[..colon];
        // A '/', '?' or '#' before the colon makes it a relative path, not a scheme.
        if (beforeColon.IndexOfAny(['/', '?', '#']) >= 0)
        {
            return true;
        }

        return AllowedSchemes.Contains(beforeColon.ToLowerInvariant(), StringComparer.Ordinal);
    }

    private static void NeutraliseUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            if (!IsSafeUrl(url))
            {
                link.GetDynamicUrl = null;
                link.Url = "#";
                link.Title = null;
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!IsSafeUrl(autolink.Url))
            {
                autolink.Url = "#";
            }
        }
    }
}
