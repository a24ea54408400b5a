namespace Academy.Content;

/// <summary>One problem with the content, pointing at the file and line an editor has to fix.</summary>
public sealed record ContentError(string Path, int Line, string Message)
{
    public override string ToString() => $"{Path}:{Line}: {Message}";
}
