using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Academy.Content.Markdown;

/// <summary>
/// The fields of one YAML mapping with the line each was written on. Reading goes through the
/// representation model, not a deserializer, because errors must point at a field's line.
/// </summary>
internal sealed class YamlFields(YamlMappingNode mapping, string path, int lineOffset, List<ContentError> errors)
{
    private readonly Dictionary<string, YamlNode> values = Index(mapping);

    public Dictionary<string, int> Lines { get; } = LinesOf(mapping, lineOffset);

    public int LineOf(YamlNode node) => (int)node.Start.Line + lineOffset;

    public bool Has(string field) => values.ContainsKey(field);

    public YamlNode? Node(string field) => values.GetValueOrDefault(field);

    /// <summary>A scalar's text; null when missing, empty or not a scalar (the latter is reported).</summary>
    public string? Text(string field)
    {
        if (!values.TryGetValue(field, out var node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return ScalarText(scalar);
        }

        errors.Add(new ContentError(path, LineOf(node), $"'{field}' muss ein einzelner Wert sein, keine Liste und keine Zuordnung"));
        return null;
    }

    public static string? ScalarText(YamlScalarNode scalar)
    {
        // A plain "~" or "null" is YAML's way of writing "nothing", as is an empty value.
        if (scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        return scalar.Value;
    }

    private static Dictionary<string, YamlNode> Index(YamlMappingNode mapping)
    {
        var index = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name })
            {
                index[name] = value;
            }
        }

        return index;
    }

    private static Dictionary<string, int> LinesOf(YamlMappingNode mapping, int lineOffset)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in mapping.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name })
            {
                lines[name] = (int)key.Start.Line + lineOffset;
            }
        }

        return lines;
    }

    /// <summary>A list of mappings, each read with its own fields and line; null when the field is missing.</summary>
    public static List<T>? ReadMappings<T>(
        YamlFields fields,
        string field,
        string notAList,
        string path,
        List<ContentError> errors,
        Func<int, YamlFields, int, T> read,
        Func<int, string> notAMapping)
    {
        switch (fields.Node(field))
        {
            case null:
                return null;
            case YamlScalarNode scalar when YamlFields.ScalarText(scalar) is null:
                return [];
            case YamlSequenceNode sequence:
                var items = new List<T>();
                var number = 0;
                foreach (var item in sequence.Children)
                {
                    number++;
                    if (item is YamlMappingNode mapping)
                    {
                        items.Add(read(number, new YamlFields(mapping, path, 0, errors), fields.LineOf(item)));
                    }
                    else
                    {
                        errors.Add(new ContentError(path, fields.LineOf(item), notAMapping(number)));
                    }
                }

                return items;
            case var other:
                errors.Add(new ContentError(path, fields.LineOf(other), notAList));
                return [];
        }
    }
}
