using System.Security.Cryptography;
using System.Text;

namespace Academy.Content.Umbraco;

/// <summary>
/// The Academy document and element types in Umbraco: the one definition the Delivery API source
/// reads by, the Umbraco package installs from, and the CLI pushes and pulls with. It maps one to
/// one onto the Markdown format (content/README.md); docs/umbraco.md shows it as a table.
/// </summary>
/// <remarks>
/// Property aliases are the Markdown field names where Umbraco allows them. Umbraco reserves
/// <c>id</c> and <c>key</c>, so those are <c>questionId</c> and <c>outcomeKey</c>. A slug is the
/// item's URL segment, and order is the order of the tree, as Markdown takes both from file names.
/// </remarks>
public static class UmbracoContentModel
{
    /// <summary>The property alias Umbraco itself reads for an item's URL segment instead of its name.</summary>
    public const string UrlNameAlias = "umbracoUrlName";

    // Tri-state settings: empty means the documented default, which is not always "false".
    private static readonly string[] TrueFalseWords = ["true", "false"];

    // Umbraco makes the URL segment, and so the slug, from the name unless this is set; a push sets
    // it, so items keep their titles as names and their slugs as addresses.
    private static readonly PropertyDefinition UrlName =
        new(UrlNameAlias, "URL-Name (Slug)", PropertyKind.Text, Description: "Der Teil der Adresse, zum Beispiel ziele-setzen. Leer: aus dem Namen. Ändern ändert die Adresse, die Lernende gespeichert haben.");

    public static ContentTypeDefinition Catalogue { get; } = new(
        ContentTypeRole.Catalogue, "academyCatalogue", "Academy", "icon-school", IsElement: false, AllowedAtRoot: true,
        "Der Startknoten: darunter liegen die Kurse, der Ordner der Pakete und die Checks.",
        [],
        [ContentTypeRole.Course, ContentTypeRole.PackageFolder, ContentTypeRole.Assessment]);

    public static ContentTypeDefinition PackageFolder { get; } = new(
        ContentTypeRole.PackageFolder, "academyPackages", "Academy-Pakete", "icon-folder", IsElement: false, AllowedAtRoot: false,
        "Der Ordner der Pakete, in der Reihenfolge, in der /packages sie zeigt. Eigener Ordner, damit ein Paket wie sein Kurs heißen darf.",
        [],
        [ContentTypeRole.Package]);

    public static ContentTypeDefinition Course { get; } = new(
        ContentTypeRole.Course, "academyCourse", "Academy-Kurs", "icon-book-alt", IsElement: false, AllowedAtRoot: false,
        "Ein Kurs. Der URL-Name ist der Slug; Module darunter in der Reihenfolge des Baums. Ein Quiz direkt unter dem Kurs ist sein Übungspool.",
        [
            Text("title", "Titel", mandatory: true),
            TextArea("summary", "Kurzbeschreibung", mandatory: true),
            WholeNumber("order", "Reihenfolge im Katalog", "Leer: nach den nummerierten Kursen."),
            Markdown("description", "Beschreibung"),
            UrlName,
        ],
        [ContentTypeRole.Module, ContentTypeRole.Quiz]);

    public static ContentTypeDefinition Module { get; } = new(
        ContentTypeRole.Module, "academyModule", "Academy-Modul", "icon-folder", IsElement: false, AllowedAtRoot: false,
        "Ein Modul eines Kurses: Lektionen in der Reihenfolge des Baums, dazu höchstens ein Quiz.",
        [
            Text("title", "Titel", mandatory: true),
            TextArea("summary", "Kurzbeschreibung"),
            UrlName,
        ],
        [ContentTypeRole.Lesson, ContentTypeRole.Quiz]);

    public static ContentTypeDefinition Lesson { get; } = new(
        ContentTypeRole.Lesson, "academyLesson", "Academy-Lektion", "icon-article", IsElement: false, AllowedAtRoot: false,
        "Eine Lektion von etwa fünf Minuten. Den Text entweder als Markdown oder als Rich Text schreiben, nicht beides.",
        [
            Text("title", "Titel", mandatory: true),
            WholeNumber("minutes", "Minuten", "Leer: aus der Textlänge berechnet."),
            TrueFalse("preview", "Kostenlose Vorschau"),
            Markdown("bodyMarkdown", "Text (Markdown)"),
            new PropertyDefinition("bodyRichText", "Text (Rich Text)", PropertyKind.RichText),
            UrlName,
        ],
        []);

    public static ContentTypeDefinition Quiz { get; } = new(
        ContentTypeRole.Quiz, "academyQuiz", "Academy-Quiz", "icon-checkbox", IsElement: false, AllowedAtRoot: false,
        "Das Quiz eines Moduls, oder unter einem Kurs dessen Übungspool. Die Einstellungen heißen wie in quiz.yml.",
        [
            Text("title", "Titel", mandatory: true),
            WholeNumber("pass", "Bestehensgrenze in Prozent", mandatory: true),
            Choice("mode", "Modus", ["exam", "practice"]),
            WholeNumber("draw", "Fragen pro Versuch", "Leer: alle Fragen."),
            Choice("shuffle", "Fragen mischen", TrueFalseWords, "Leer: ja."),
            Choice("scoring", "Bewertung", ["all-or-nothing", "partial"]),
            WholeNumber("attempts", "Versuche", "Leer oder 0: unbegrenzt."),
            Text("cooldown", "Wartezeit zwischen Versuchen", "Zum Beispiel 10m, 1h, 1d."),
            Choice("grading", "Es zählt", ["highest", "last"]),
            Choice("feedback", "Rückmeldung", ["deferred", "immediate"]),
            Text("timeLimit", "Zeitlimit", "Zum Beispiel 10m. Leer: ohne Zeitlimit."),
            Choice("reviewScore", "Ergebnis: Punktzahl zeigen", ["always", "never"]),
            Choice("reviewCorrectness", "Ergebnis: richtig/falsch zeigen", ["always", "never"]),
            Choice("reviewAnswers", "Ergebnis: richtige Antworten zeigen", ["always", "after-pass", "after-last-attempt", "never"]),
            Choice("reviewExplanations", "Ergebnis: Erklärungen zeigen", ["always", "after-pass", "after-last-attempt", "never"]),
            Blocks("questions", "Fragen", ContentTypeRole.Question, mandatory: true),
        ],
        []);

    public static ContentTypeDefinition Question { get; } = new(
        ContentTypeRole.Question, "academyQuestion", "Academy-Frage", "icon-help-alt", IsElement: true, AllowedAtRoot: false,
        "Eine Quizfrage. Welche Felder ein Typ braucht, steht in content/README.md.",
        [
            Choice("type", "Fragetyp", ["single", "multiple", "truefalse", "text", "number", "order", "match", "cloze"], mandatory: true),
            Text("questionId", "Id", "Leer: q und die Position, zum Beispiel q3."),
            TextArea("prompt", "Frage", mandatory: true),
            TextArea("explanation", "Erklärung", mandatory: true),
            Choice("shuffle", "Optionen mischen", TrueFalseWords, "Leer: ja."),
            TextList("options", "Optionen", "single, multiple"),
            TextList("answer", "Antwort", "Index, Indizes, true/false, Texte oder eine Zahl"),
            WholeNumber("typos", "Erlaubte Tippfehler", "text"),
            Text("tolerance", "Toleranz", "number"),
            Text("unit", "Einheit", "number"),
            TextList("items", "Elemente in richtiger Reihenfolge", "order"),
            Blocks("pairs", "Paare", ContentTypeRole.MatchPair, description: "match"),
            TextList("distractors", "Zusätzliche rechte Optionen", "match"),
            TextArea("text", "Lückentext mit {1}, {2}", description: "cloze"),
            Blocks("gaps", "Lücken", ContentTypeRole.ClozeGap, description: "cloze"),
        ],
        []);

    public static ContentTypeDefinition MatchPair { get; } = new(
        ContentTypeRole.MatchPair, "academyMatchPair", "Academy-Paar", "icon-link", IsElement: true, AllowedAtRoot: false,
        "Ein Paar einer Zuordnungsfrage.",
        [Text("left", "Links", mandatory: true), Text("right", "Rechts", mandatory: true)],
        []);

    public static ContentTypeDefinition ClozeGap { get; } = new(
        ContentTypeRole.ClozeGap, "academyClozeGap", "Academy-Lücke", "icon-edit", IsElement: true, AllowedAtRoot: false,
        "Eine Lücke: getippt (Antwort = erlaubte Texte) oder gewählt (Optionen und Antwort = Index).",
        [TextList("answer", "Antwort"), TextList("options", "Optionen"), WholeNumber("typos", "Erlaubte Tippfehler")],
        []);

    public static ContentTypeDefinition Package { get; } = new(
        ContentTypeRole.Package, "academyPackage", "Academy-Paket", "icon-box", IsElement: false, AllowedAtRoot: false,
        "Ein Paket, das die Agentur verkauft. Der URL-Name ist der Slug.",
        [
            Text("title", "Titel", mandatory: true),
            Markdown("description", "Beschreibung", mandatory: true),
            new PropertyDefinition("courses", "Kurse", PropertyKind.ContentPicker, Mandatory: true) { Allowed = ContentTypeRole.Course },
            WholeNumber("price", "Preis in Cent (brutto, EUR)", mandatory: true),
            Text("stripePrice", "Stripe-Preis-ID", "Optional, zum Beispiel price_123."),
            UrlName,
        ],
        []);

    public static ContentTypeDefinition Assessment { get; } = new(
        ContentTypeRole.Assessment, "academyAssessment", "Academy-Check", "icon-target", IsElement: false, AllowedAtRoot: false,
        "Ein Einstufungs-Check wie /check. Der URL-Name ist der Slug.",
        [
            Text("title", "Titel", mandatory: true),
            Markdown("intro", "Einleitung"),
            Blocks("outcomes", "Ergebnisse", ContentTypeRole.Outcome, mandatory: true),
            Blocks("questions", "Fragen", ContentTypeRole.AssessmentQuestion, mandatory: true),
            UrlName,
        ],
        []);

    public static ContentTypeDefinition Outcome { get; } = new(
        ContentTypeRole.Outcome, "academyOutcome", "Academy-Check-Ergebnis", "icon-flag", IsElement: true, AllowedAtRoot: false,
        "Ein mögliches Ergebnis eines Checks.",
        [
            Text("outcomeKey", "Schlüssel", mandatory: true),
            Text("title", "Titel", mandatory: true),
            Markdown("text", "Text", mandatory: true),
            TextList("recommend", "Empfohlene Kurse oder Pakete (Slugs)"),
            TextArea("reason", "Warum diese Empfehlung", mandatory: true),
            TrueFalse("contact", "Kontakt anbieten"),
        ],
        []);

    public static ContentTypeDefinition AssessmentQuestion { get; } = new(
        ContentTypeRole.AssessmentQuestion, "academyCheckQuestion", "Academy-Check-Frage", "icon-help-alt", IsElement: true, AllowedAtRoot: false,
        "Eine Frage eines Checks.",
        [
            Text("questionId", "Id", "Leer: q und die Position."),
            TextArea("prompt", "Frage", mandatory: true),
            Blocks("options", "Antworten", ContentTypeRole.AssessmentOption, mandatory: true),
        ],
        []);

    public static ContentTypeDefinition AssessmentOption { get; } = new(
        ContentTypeRole.AssessmentOption, "academyCheckOption", "Academy-Check-Antwort", "icon-check", IsElement: true, AllowedAtRoot: false,
        "Eine Antwort einer Check-Frage und die Punkte, die sie jedem Ergebnis gibt.",
        [Text("text", "Text", mandatory: true), TextList("weights", "Gewichte", "Je Zeile 'Ergebnis: Punkte', zum Beispiel 'starter: 2'.")],
        []);

    /// <summary>Every type, parents before the children and elements they allow.</summary>
    public static IReadOnlyList<ContentTypeDefinition> Types { get; } =
    [
        MatchPair, ClozeGap, Question, Outcome, AssessmentOption, AssessmentQuestion,
        Lesson, Quiz, Module, Course, Package, PackageFolder, Assessment, Catalogue,
    ];

    public static ContentTypeDefinition For(ContentTypeRole role) => Types.Single(type => type.Role == role);

    // The namespace of Academy's type keys; changing it would give every installed type a new key.
    private static readonly Guid TypeKeyNamespace = new("5b0c1f7e-6d1a-4c52-9a37-0e1d2c4b8a61");

    /// <summary>
    /// The key the package gives the type with this alias, and the key the CLI reads it by: a
    /// name-based UUID (version 5), the same on every site and every run. Umbraco's document type
    /// search matches names, not aliases, so the key is how the CLI finds a type without guessing.
    /// </summary>
    public static Guid TypeKey(string alias)
    {
        var name = Encoding.UTF8.GetBytes(alias.Trim().ToLowerInvariant());
        var input = new byte[16 + name.Length];
        TypeKeyNamespace.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input, 16);
#pragma warning disable CA5350 // Version 5 UUIDs are defined over SHA-1; the key names a type and protects nothing.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    private static PropertyDefinition Text(string alias, string name, string? description = null, bool mandatory = false) =>
        new(alias, name, PropertyKind.Text, mandatory, description);

    private static PropertyDefinition TextArea(string alias, string name, bool mandatory = false, string? description = null) =>
        new(alias, name, PropertyKind.TextArea, mandatory, description);

    private static PropertyDefinition Markdown(string alias, string name, bool mandatory = false) =>
        new(alias, name, PropertyKind.Markdown, mandatory);

    private static PropertyDefinition WholeNumber(string alias, string name, string? description = null, bool mandatory = false) =>
        new(alias, name, PropertyKind.WholeNumber, mandatory, description);

    private static PropertyDefinition TrueFalse(string alias, string name) => new(alias, name, PropertyKind.TrueFalse);

    private static PropertyDefinition TextList(string alias, string name, string? description = null) =>
        new(alias, name, PropertyKind.TextList, Description: description);

    private static PropertyDefinition Choice(string alias, string name, string[] choices, string? description = null, bool mandatory = false) =>
        new(alias, name, PropertyKind.Choice, mandatory, description) { Choices = choices };

    private static PropertyDefinition Blocks(string alias, string name, ContentTypeRole element, bool mandatory = false, string? description = null) =>
        new(alias, name, PropertyKind.Blocks, mandatory, description) { Allowed = element };
}

/// <summary>What a type is for; its alias can be overridden in settings, its role cannot.</summary>
public enum ContentTypeRole
{
    Catalogue,
    Course,
    Module,
    Lesson,
    Quiz,
    Question,
    MatchPair,
    ClozeGap,
    Package,
    PackageFolder,
    Assessment,
    Outcome,
    AssessmentQuestion,
    AssessmentOption,
}

/// <param name="Alias">The default alias; <see cref="UmbracoAliases"/> applies overrides.</param>
/// <param name="Name">The German name editors see in the backoffice.</param>
/// <param name="AllowedChildren">Document types allowed directly below; empty for leaves and elements.</param>
public sealed record ContentTypeDefinition(
    ContentTypeRole Role,
    string Alias,
    string Name,
    string Icon,
    bool IsElement,
    bool AllowedAtRoot,
    string Description,
    IReadOnlyList<PropertyDefinition> Properties,
    IReadOnlyList<ContentTypeRole> AllowedChildren)
{
    public PropertyDefinition Property(string alias) => Properties.Single(property => property.Alias == alias);
}

/// <summary>How a property is edited, and so what the Delivery API returns for it.</summary>
public enum PropertyKind
{
    /// <summary>Umbraco.TextBox: a string.</summary>
    Text,

    /// <summary>Umbraco.TextArea: a string.</summary>
    TextArea,

    /// <summary>Umbraco.MarkdownEditor: raw Markdown.</summary>
    Markdown,

    /// <summary>Umbraco.RichText: { markup, blocks }, or a tree with RichTextOutputAsJson.</summary>
    RichText,

    /// <summary>Umbraco.Integer: a number or null.</summary>
    WholeNumber,

    /// <summary>Umbraco.TrueFalse: true or false.</summary>
    TrueFalse,

    /// <summary>Umbraco.MultipleTextstring: an array of strings.</summary>
    TextList,

    /// <summary>Umbraco.DropDown.Flexible, single choice: an array with one string, or a string.</summary>
    Choice,

    /// <summary>Umbraco.MultiNodeTreePicker: an array of items, expanded or not.</summary>
    ContentPicker,

    /// <summary>Umbraco.BlockList: { items: [ { content, settings } ] }.</summary>
    Blocks,
}

/// <param name="Choices">For <see cref="PropertyKind.Choice"/>: the words it offers, as quiz.yml writes them.</param>
/// <param name="Allowed">For blocks and pickers: the element or document type they take.</param>
public sealed record PropertyDefinition(string Alias, string Name, PropertyKind Kind, bool Mandatory = false, string? Description = null)
{
    public IReadOnlyList<string> Choices { get; init; } = [];

    public ContentTypeRole? Allowed { get; init; }

    /// <summary>The Umbraco property editor that edits this kind.</summary>
    public string EditorAlias => Kind switch
    {
        PropertyKind.Text => "Umbraco.TextBox",
        PropertyKind.TextArea => "Umbraco.TextArea",
        PropertyKind.Markdown => "Umbraco.MarkdownEditor",
        PropertyKind.RichText => "Umbraco.RichText",
        PropertyKind.WholeNumber => "Umbraco.Integer",
        PropertyKind.TrueFalse => "Umbraco.TrueFalse",
        PropertyKind.TextList => "Umbraco.MultipleTextstring",
        PropertyKind.Choice => "Umbraco.DropDown.Flexible",
        PropertyKind.ContentPicker => "Umbraco.MultiNodeTreePicker",
        _ => "Umbraco.BlockList",
    };
}

/// <summary>
/// The aliases in use: the defaults of <see cref="UmbracoContentModel"/> with the overrides from
/// settings (<c>Academy:Umbraco:Aliases:Course = kurs</c>), so a site that already has an
/// "academyCourse" of its own can rename ours.
/// </summary>
public sealed class UmbracoAliases
{
    private readonly Dictionary<ContentTypeRole, string> aliases;
    private readonly Dictionary<string, ContentTypeRole> roles;

    public UmbracoAliases(IReadOnlyDictionary<string, string>? overrides = null)
    {
        aliases = UmbracoContentModel.Types.ToDictionary(type => type.Role, type => type.Alias);
        foreach (var (role, alias) in overrides ?? new Dictionary<string, string>())
        {
            if (!Enum.TryParse<ContentTypeRole>(role, ignoreCase: true, out var known))
            {
                throw new ArgumentException($"'{role}' is not an Academy content type; use one of: {string.Join(", ", Enum.GetNames<ContentTypeRole>())}", nameof(overrides));
            }

            if (!string.IsNullOrWhiteSpace(alias))
            {
                aliases[known] = alias.Trim();
            }
        }

        roles = new Dictionary<string, ContentTypeRole>(StringComparer.OrdinalIgnoreCase);
        foreach (var (role, alias) in aliases)
        {
            if (!roles.TryAdd(alias, role))
            {
                throw new ArgumentException($"The alias '{alias}' is given to both {roles[alias]} and {role}; each Academy type needs its own alias.", nameof(overrides));
            }
        }
    }

    public static UmbracoAliases Default { get; } = new();

    public string this[ContentTypeRole role] => aliases[role];

    /// <summary>The stable key of the type in this role under the alias in use (<see cref="UmbracoContentModel.TypeKey"/>).</summary>
    public Guid TypeKey(ContentTypeRole role) => UmbracoContentModel.TypeKey(aliases[role]);

    public ContentTypeRole? RoleOf(string? alias) => alias is not null && roles.TryGetValue(alias, out var role) ? role : null;
}
