namespace Academy.Content.Definitions;

/// <summary>Where a definition came from: a file and line for Markdown, a node address for a CMS.</summary>
public sealed record SourceLocation(string Path, int Line);
