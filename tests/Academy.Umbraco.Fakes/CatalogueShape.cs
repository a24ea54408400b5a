using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Academy.Domain.Catalogue;

namespace Academy.Umbraco.Fakes;

/// <summary>
/// Every field of a built catalogue, public or not, as indented JSON: two catalogues with the same
/// shape behave alike. Private fields count because the right answers of a question live there.
/// </summary>
public static class CatalogueShape
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Of(Catalogue catalogue) => Describe(catalogue, depth: 0)!.ToJsonString(Indented);

    private static JsonNode? Describe(object? value, int depth)
    {
        if (depth > 30)
        {
            throw new InvalidOperationException("The catalogue is deeper than any real one; does it hold a cycle?");
        }

        switch (value)
        {
            case null:
                return null;
            case string or bool or int or long or decimal or double or Enum or TimeSpan or Guid:
                return JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture));
            case IDictionary dictionary:
                var entries = new JsonObject();
                foreach (var key in dictionary.Keys.Cast<object>().OrderBy(key => key.ToString(), StringComparer.Ordinal))
                {
                    entries[key.ToString()!] = Describe(dictionary[key], depth + 1);
                }

                return entries;
            case IEnumerable list:
                return new JsonArray([.. list.Cast<object?>().Select(entry => Describe(entry, depth + 1))]);
            default:
                var fields = new JsonObject { ["$type"] = value.GetType().Name };
                for (var type = value.GetType(); type is not null && type != typeof(object); type = type.BaseType)
                {
                    foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    {
                        fields[$"{type.Name}.{Readable(field.Name)}"] = Describe(field.GetValue(value), depth + 1);
                    }
                }

                return fields;
        }
    }

    /// <summary>"&lt;Title&gt;k__BackingField" is the property Title; a diff should say so.</summary>
    private static string Readable(string field) =>
        field.StartsWith('<') && field.IndexOf('>', StringComparison.Ordinal) is var end and > 1 ? field[1..end] : field;
}
