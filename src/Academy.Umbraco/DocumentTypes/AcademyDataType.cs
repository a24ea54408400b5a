using System.Security.Cryptography;
using System.Text;
using Academy.Content.Umbraco;
using Umbraco.Cms.Core.Models;

namespace Academy.Umbraco.DocumentTypes;

/// <summary>
/// A data type the Academy types need. Academy owns these, so they have keys derived from a stable
/// id: a renamed data type is still found, and no run creates a second one.
/// </summary>
/// <param name="Required">
/// The configuration entries Academy relies on: the block's element type, the dropdown's words, the
/// picker's document type. A run adds a missing one and leaves everything else as an editor set it.
/// </param>
internal sealed record AcademyDataType(
    string Id,
    string Name,
    string EditorAlias,
    string EditorUiAlias,
    ValueStorageType Storage,
    IReadOnlyDictionary<string, object> Configuration,
    RequiredEntries? Required = null)
{
    public Guid Key { get; } = StableKey(Id);

    /// <param name="allowedKey">For blocks and pickers: the key of the element or document type they take.</param>
    public static AcademyDataType For(PropertyDefinition property, ContentTypeDefinition? allowed, Guid allowedKey) => property.Kind switch
    {
        PropertyKind.Text => new("text", "Academy: Text", property.EditorAlias, "Umb.PropertyEditorUi.TextBox", ValueStorageType.Nvarchar, new Dictionary<string, object>()),
        PropertyKind.TextArea => new("textarea", "Academy: Textbereich", property.EditorAlias, "Umb.PropertyEditorUi.TextArea", ValueStorageType.Ntext, new Dictionary<string, object> { ["rows"] = 4 }),
        PropertyKind.Markdown => new("markdown", "Academy: Markdown", property.EditorAlias, "Umb.PropertyEditorUi.MarkdownEditor", ValueStorageType.Ntext, new Dictionary<string, object> { ["preview"] = true }),
        PropertyKind.RichText => new("richtext", "Academy: Rich Text", property.EditorAlias, "Umb.PropertyEditorUi.Tiptap", ValueStorageType.Ntext, RichTextConfiguration()),
        PropertyKind.WholeNumber => new("integer", "Academy: Ganze Zahl", property.EditorAlias, "Umb.PropertyEditorUi.Integer", ValueStorageType.Integer, new Dictionary<string, object>()),
        PropertyKind.TrueFalse => new("truefalse", "Academy: Ja/Nein", property.EditorAlias, "Umb.PropertyEditorUi.Toggle", ValueStorageType.Integer, new Dictionary<string, object>()),
        PropertyKind.TextList => new("textlist", "Academy: Textliste", property.EditorAlias, "Umb.PropertyEditorUi.MultipleTextString", ValueStorageType.Ntext, new Dictionary<string, object> { ["min"] = 0, ["max"] = 0 }),
        PropertyKind.Choice => new(
            "choice:" + string.Join(",", property.Choices),
            $"Academy: Auswahl ({string.Join(", ", property.Choices)})",
            property.EditorAlias,
            "Umb.PropertyEditorUi.Dropdown",
            ValueStorageType.Nvarchar,
            new Dictionary<string, object> { ["multiple"] = false, ["items"] = property.Choices.ToArray() },
            new RequiredEntries.Words("items", property.Choices)),
        PropertyKind.ContentPicker => new(
            "picker:" + property.Allowed,
            $"Academy: Auswahl {allowed!.Name}",
            property.EditorAlias,
            "Umb.PropertyEditorUi.ContentPicker",
            ValueStorageType.Ntext,
            new Dictionary<string, object>
            {
                ["startNode"] = new Dictionary<string, object> { ["type"] = "content" },
                ["minNumber"] = 0,
                ["maxNumber"] = 0,
                ["filter"] = allowedKey.ToString(),
                ["ignoreUserStartNodes"] = false,
            },
            new RequiredEntries.FilterKey("filter", allowedKey)),
        _ => new(
            "blocks:" + property.Allowed,
            $"Academy: Blöcke {allowed!.Name}",
            property.EditorAlias,
            "Umb.PropertyEditorUi.BlockList",
            ValueStorageType.Ntext,
            new Dictionary<string, object> { ["blocks"] = new[] { Block(allowedKey, allowed) } },
            new RequiredEntries.Block("blocks", allowedKey, Block(allowedKey, allowed))),
    };

    private static Dictionary<string, object> Block(Guid elementKey, ContentTypeDefinition element) =>
        new() { ["contentElementTypeKey"] = elementKey.ToString(), ["label"] = element.Name };

    /// <summary>
    /// Headings, paragraphs, emphasis, lists, quotes and links: what Academy's sanitiser keeps of a
    /// lesson. An extension without its toolbar button is invisible to editors, so each has one
    /// (aliases from the backoffice's tiptap manifests; h1 is the lesson's title, so h2 and h3).
    /// </summary>
    private static Dictionary<string, object> RichTextConfiguration() => new()
    {
        ["extensions"] = new[]
        {
            "Umb.Tiptap.RichTextEssentials", "Umb.Tiptap.Bold", "Umb.Tiptap.Italic", "Umb.Tiptap.Heading",
            "Umb.Tiptap.BulletList", "Umb.Tiptap.OrderedList", "Umb.Tiptap.Link", "Umb.Tiptap.Blockquote",
        },
        ["toolbar"] = new[]
        {
            new[]
            {
                new[] { "Umb.Tiptap.Toolbar.Heading2", "Umb.Tiptap.Toolbar.Heading3" },
                new[] { "Umb.Tiptap.Toolbar.Bold", "Umb.Tiptap.Toolbar.Italic" },
                new[] { "Umb.Tiptap.Toolbar.BulletList", "Umb.Tiptap.Toolbar.OrderedList", "Umb.Tiptap.Toolbar.Blockquote" },
                new[] { "Umb.Tiptap.Toolbar.Link", "Umb.Tiptap.Toolbar.Unlink" },
            },
        },
    };

    private static Guid StableKey(string id)
    {
        // A name-based key: the same id gives the same key on every site and every run.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("Academy.Umbraco data type " + id));
        return new Guid(hash.AsSpan(0, 16));
    }
}

/// <summary>An entry of a data type's configuration that Academy relies on.</summary>
internal abstract record RequiredEntries(string Entry)
{
    /// <summary>A dropdown offers every word the content model allows.</summary>
    public sealed record Words(string Entry, IReadOnlyList<string> All) : RequiredEntries(Entry);

    /// <summary>A picker's "filter" names the allowed document type's key, among any others.</summary>
    public sealed record FilterKey(string Entry, Guid Key) : RequiredEntries(Entry);

    /// <summary>A block list offers the element type.</summary>
    public sealed record Block(string Entry, Guid ElementKey, IReadOnlyDictionary<string, object> Configuration) : RequiredEntries(Entry);
}
