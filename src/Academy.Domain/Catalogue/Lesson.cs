namespace Academy.Domain.Catalogue;

/// <param name="Html">The rendered, sanitised lesson body. Rendered once per content change.</param>
public sealed record Lesson(string Slug, string Title, int Minutes, bool IsPreview, string Html);
