namespace Academy.Content;

/// <summary>One problem with the content, pointing at the file and line an editor has to fix.</summary>
/// <param name="Path">Relative to the content folder, with forward slashes; or an Umbraco item's name, id and path.</param>
/// <param name="Line">The 1-based line in a file; 0 where the source has no lines (a CMS item).</param>
public sealed record ContentError(string Path, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{Path}:{Line}: {Message}" : $"{Path}: {Message}";

    /// <summary>
    /// The same error with the folder as the user named it in front of the path, so that
    /// "content/courses/x/course.md:3" is clickable in a terminal or an editor.
    /// </summary>
    public ContentError Under(string folder) =>
        this with { Path = $"{folder.Replace('\\', '/').TrimEnd('/')}/{Path}" };
}
