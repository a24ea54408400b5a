namespace Academy.Content.Umbraco;

/// <summary>
/// One Academy document as it belongs in Umbraco, whatever API carries it there: the Management
/// API when the CLI pushes, the fake Delivery API in tests. The key is derived from the slug path,
/// so pushing the same folder twice updates the same documents instead of creating copies.
/// </summary>
/// <param name="Name">The node name editors see in the tree: the title.</param>
/// <param name="Slug">The URL segment; Umbraco derives it from the name unless it is set explicitly.</param>
/// <param name="ParentKey">Null only for the catalogue, which is the start item.</param>
/// <param name="SortOrder">The 0-based position among its siblings, which is the order Academy reads.</param>
/// <param name="Values">By property alias of <see cref="UmbracoContentModel"/>; a property without a value is left out.</param>
public sealed record UmbracoDocument(
    Guid Key,
    ContentTypeRole Role,
    string Name,
    string Slug,
    Guid? ParentKey,
    int SortOrder,
    IReadOnlyDictionary<string, UmbracoValue> Values)
{
    /// <summary>The same document with one property set, or emptied when <paramref name="value"/> is null.</summary>
    public UmbracoDocument With(string alias, UmbracoValue? value) => this with { Values = UmbracoValue.Replace(Values, alias, value) };
}

/// <summary>One block of a block list: a question of a quiz, a pair of a match question.</summary>
public sealed record UmbracoElement(Guid Key, ContentTypeRole Role, IReadOnlyDictionary<string, UmbracoValue> Values)
{
    public UmbracoElement With(string alias, UmbracoValue? value) => this with { Values = UmbracoValue.Replace(Values, alias, value) };
}

/// <summary>
/// A property value in the few shapes Academy's property editors hold. Numbers and flags that the
/// definitions keep as text arrive here parsed when they can be; one that cannot stays
/// <see cref="Text"/>, so nothing an editor wrote is lost before the validator has seen it.
/// </summary>
public abstract record UmbracoValue
{
    /// <summary>A text box, text area, Markdown editor or single-choice dropdown.</summary>
    public sealed record Text(string Value) : UmbracoValue;

    public sealed record WholeNumber(long Value) : UmbracoValue;

    public sealed record TrueFalse(bool Value) : UmbracoValue;

    /// <summary>A repeatable text string: options, accepted answers, "key: points" weights.</summary>
    public sealed record TextList(IReadOnlyList<string> Values) : UmbracoValue;

    /// <summary>Rich-text HTML, as a lesson read from Umbraco may carry it.</summary>
    public sealed record RichText(string Markup) : UmbracoValue;

    public sealed record Blocks(IReadOnlyList<UmbracoElement> Elements) : UmbracoValue;

    /// <summary>A content picker: the keys of the picked documents, in the editor's order.</summary>
    public sealed record Picked(IReadOnlyList<Guid> Keys) : UmbracoValue;

    internal static Dictionary<string, UmbracoValue> Replace(IReadOnlyDictionary<string, UmbracoValue> values, string alias, UmbracoValue? value)
    {
        var changed = new Dictionary<string, UmbracoValue>(values, StringComparer.Ordinal);
        if (value is null)
        {
            changed.Remove(alias);
        }
        else
        {
            changed[alias] = value;
        }

        return changed;
    }
}
