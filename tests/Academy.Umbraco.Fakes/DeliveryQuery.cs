using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Academy.Umbraco.Fakes;

/// <summary>
/// The query parameters of <c>GET /umbraco/delivery/api/v2/content</c>, parsed as strictly as
/// Umbraco parses them: a parameter it would reject gives a message for a 400.
/// </summary>
internal sealed record DeliveryQuery(
    DeliveryFetch? Fetch,
    IReadOnlyList<Func<string, bool>> ContentTypeFilters,
    IReadOnlyList<(string Field, bool Descending)> Sorts,
    int Skip,
    int Take,
    DeliveryExpansion Expand)
{
    // Umbraco's default page size.
    private const int DefaultTake = 10;

    public static DeliveryQuery Parse(IQueryCollection query, out string? problem)
    {
        problem = null;
        DeliveryFetch? fetch = null;
        if (query["fetch"].ToString() is { Length: > 0 } fetchText)
        {
            fetch = DeliveryFetch.Parse(fetchText);
            if (fetch is null)
            {
                problem = $"The fetch '{fetchText}' is not children:{{id}} or descendants:{{id}}.";
            }
        }

        var filters = new List<Func<string, bool>>();
        foreach (var filter in query["filter"].OfType<string>())
        {
            if (!filter.StartsWith("contentType:", StringComparison.Ordinal) || filter.Length == "contentType:".Length)
            {
                problem ??= $"The filter '{filter}' is not supported; use contentType:{{alias}}.";
                continue;
            }

            var value = filter["contentType:".Length..];
            var negated = value.StartsWith('!');
            var aliases = value.TrimStart('!').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            filters.Add(alias => aliases.Contains(alias, StringComparer.OrdinalIgnoreCase) != negated);
        }

        var sorts = new List<(string, bool)>();
        foreach (var sort in query["sort"].OfType<string>())
        {
            var parts = sort.Split(':');
            if (parts is not [var field, var direction]
                || !new[] { "sortOrder", "name", "createDate", "updateDate", "level" }.Contains(field, StringComparer.OrdinalIgnoreCase)
                || !direction.Equals("asc", StringComparison.OrdinalIgnoreCase) && !direction.Equals("desc", StringComparison.OrdinalIgnoreCase))
            {
                problem ??= $"The sort '{sort}' is not supported; use sortOrder:asc, name:asc, createDate:desc and the like.";
                continue;
            }

            sorts.Add((field.ToUpperInvariant(), direction.Equals("desc", StringComparison.OrdinalIgnoreCase)));
        }

        var skip = Number(query, "skip", 0, ref problem);
        var take = Number(query, "take", DefaultTake, ref problem);
        return new DeliveryQuery(fetch, filters, sorts, skip, take, DeliveryExpansion.Parse(query["expand"].ToString()));
    }

    private static int Number(IQueryCollection query, string name, int fallback, ref string? problem)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        problem ??= $"{name} must be a whole number from 0, not '{text}'.";
        return fallback;
    }
}

/// <summary><c>fetch=children:{id or path}</c> or <c>descendants:{id or path}</c>.</summary>
internal sealed record DeliveryFetch(bool Descendants, string Target)
{
    public static DeliveryFetch? Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return null;
        }

        return text[..colon] switch
        {
            "children" => new DeliveryFetch(false, text[(colon + 1)..]),
            "descendants" => new DeliveryFetch(true, text[(colon + 1)..]),
            _ => null,
        };
    }
}

/// <summary>
/// Which picker properties come expanded: <c>properties[$all]</c> or <c>properties[courses,other]</c>
/// as v2 writes it (nested expansions are read for their top-level names only), or nothing.
/// </summary>
internal sealed record DeliveryExpansion(bool All, IReadOnlySet<string> Aliases)
{
    public static DeliveryExpansion None { get; } = new(false, new HashSet<string>());

    public bool Expands(string alias) => All || Aliases.Contains(alias);

    public static DeliveryExpansion Parse(string text)
    {
        if (!text.StartsWith("properties[", StringComparison.Ordinal) || !text.EndsWith(']'))
        {
            return None;
        }

        var inner = text["properties[".Length..^1];
        var names = new HashSet<string>(StringComparer.Ordinal);
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= inner.Length; i++)
        {
            if (i == inner.Length || (inner[i] == ',' && depth == 0))
            {
                var name = inner[start..i];
                var bracket = name.IndexOf('[', StringComparison.Ordinal);
                names.Add((bracket >= 0 ? name[..bracket] : name).Trim());
                start = i + 1;
            }
            else if (inner[i] == '[')
            {
                depth++;
            }
            else if (inner[i] == ']')
            {
                depth--;
            }
        }

        return new DeliveryExpansion(names.Contains("$all"), names);
    }
}
