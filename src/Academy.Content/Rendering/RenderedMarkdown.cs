namespace Academy.Content.Rendering;

/// <param name="Html">Safe to write into a page as is.</param>
/// <param name="WordCount">Words of the visible text, for the reading time.</param>
public sealed record RenderedMarkdown(string Html, int WordCount);
