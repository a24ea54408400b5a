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
            errors.Add(new ContentError(path, (int)exception.Start.Line + lineOffset, $"fehlerhaftes YAML: {Describe(exception.Message)}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this without a position for some unclosed flow lists ("[a").
            errors.Add(new ContentError(path, lineOffset + 1, "fehlerhaftes YAML: die Datei lässt sich nicht lesen; such nach einem nicht geschlossenen '[', '{' oder Anführungszeichen"));
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
}
