namespace Academy.Content.Markdown;

/// <summary>A Markdown file split into its front matter fields and its body.</summary>
internal sealed record FrontMatterFile(YamlFields Fields, string Body)
{
    private const string Fence = "---";

    /// <summary>Returns null when the front matter is missing or malformed; the reason is reported.</summary>
    public static FrontMatterFile? Read(string text, string path, List<ContentError> errors)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != Fence)
        {
            errors.Add(new ContentError(path, 1, "Front Matter fehlt; die Datei muss mit einer Zeile '---' beginnen, dann kommen die Felder, dann wieder eine Zeile '---'"));
            return null;
        }

        var closing = Array.FindIndex(lines, 1, line => line.TrimEnd() == Fence);
        if (closing < 0)
        {
            errors.Add(new ContentError(path, 1, "Front Matter ist nicht abgeschlossen; schreib nach den Feldern eine Zeile '---'"));
            return null;
        }

        // Front matter starts on line 2, so YAML line n is file line n + 1.
        var yaml = string.Join('\n', lines[1..closing]);
        var fields = YamlDocument.ReadMapping(yaml, path, lineOffset: 1, errors);
        if (fields is null)
        {
            return null;
        }

        return new FrontMatterFile(fields, string.Join('\n', lines[(closing + 1)..]));
    }
}
