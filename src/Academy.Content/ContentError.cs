namespace Academy.Content;

/// <summary>One problem with the content, pointing at the file and line an editor has to fix.</summary>
/// <param name="Path">Relative to the content folder, with forward slashes.</param>
public sealed record ContentError(string Path, int Line, string Message)
{
    public override string ToString() => $"{Path}:{Line}: {Message}";

    /// <summary>
    /// The same error with the folder as the user named it in front of the path, so that
    /// "content/courses/x/course.md:3" is clickable in a terminal or an editor.
    /// </summary>
    public ContentError Under(string folder) =>
        this with { Path = $"{folder.Replace('\\', '/').TrimEnd('/')}/{Path}" };
}
