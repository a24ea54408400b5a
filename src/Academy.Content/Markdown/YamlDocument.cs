using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Academy.Content.Markdown;

internal static class YamlDocument
{
    /// <summary>
    /// Parses YAML whose first line is line <paramref name="lineOffset"/> + 1 of the file.
    /// Returns null and reports the parser's line when it is malformed or not a mapping.
    /// </summary>
    public static YamlFields? ReadMapping(string yaml, string path, int lineOffset, List<ContentError> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            // The parser notices an unclosed list or quote only on a later line; the editor must fix the opening one.
            var line = UnclosedLine(yaml) ?? (int)exception.Start.Line;
            errors.Add(new ContentError(path, line + lineOffset, $"fehlerhaftes YAML: {Describe(exception.Message)}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this without a position for some unclosed flow lists ("[a").
            errors.Add(new ContentError(path, (UnclosedLine(yaml) ?? 1) + lineOffset, "fehlerhaftes YAML: die Datei lässt sich nicht lesen; such nach einem nicht geschlossenen '[', '{' oder Anführungszeichen"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlFields(new YamlMappingNode(), path, lineOffset, errors);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var root = stream.Documents[0].RootNode;
            errors.Add(new ContentError(path, (int)root.Start.Line + lineOffset, "fehlerhaftes YAML: erwartet werden Felder wie 'title: ...'"));
            return null;
        }

        return new YamlFields(mapping, path, lineOffset, errors);
    }

    // YamlDotNet prefixes its own "(Line: 3, Col: 7, ...)" position, which is wrong once offset.
    private static string Describe(string message)
    {
        var end = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && end > 0 ? message[(end + 3)..] : message;
    }

    /// <summary>The 1-based line of the first '[', '{' or quote that is never closed; null when all are.</summary>
    internal static int? UnclosedLine(string yaml)
    {
        var open = new Stack<(char Closer, int Line)>();
        var line = 1;
        char? quote = null;
        var quoteLine = 0;
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (c == '\n')
            {
                line++;
                continue;
            }

            if (quote is { } q)
            {
                // '' inside single quotes and \" inside double quotes do not end the string.
                if (c == '\\' && q == '"')
                {
                    i++;
                }
                else if (c == q && !(q == '\'' && i + 1 < yaml.Length && yaml[i + 1] == '\''))
                {
                    quote = null;
                }
                else if (c == q)
                {
                    i++;
                }

                continue;
            }

            switch (c)
            {
                case '#' when i == 0 || char.IsWhiteSpace(yaml[i - 1]):
                    while (i + 1 < yaml.Length && yaml[i + 1] != '\n')
                    {
                        i++;
                    }

                    break;
                case '"' or '\'' when StartsScalar(yaml, i):
                    (quote, quoteLine) = (c, line);
                    break;
                case '[':
                    open.Push((']', line));
                    break;
                case '{':
                    open.Push(('}', line));
                    break;
                case ']' or '}' when open.Count > 0 && open.Peek().Closer == c:
                    open.Pop();
                    break;
            }
        }

        return quote is not null ? quoteLine : open.Count > 0 ? open.Last().Line : null;
    }

    // A quote opens a string only where a value starts: after ': ', '- ', '[', '{', ',' or at a line's start.
    private static bool StartsScalar(string yaml, int at)
    {
        var before = at - 1;
        while (before >= 0 && yaml[before] == ' ')
        {
            before--;
        }

        return before < 0 || yaml[before] is '\n' or ':' or '-' or '[' or '{' or ',';
    }
}
