using System.Globalization;
using Academy.Domain.Catalogue;

namespace Academy.Content;

/// <summary>Either a valid catalogue or every error that prevents one.</summary>
/// <param name="Catalogue">The catalogue in the site's content culture.</param>
public sealed record ContentLoadResult(Catalogue? Catalogue, IReadOnlyList<ContentError> Errors)
{
    private static readonly IReadOnlyDictionary<string, Catalogue> NoTranslations = new Dictionary<string, Catalogue>();

    public bool Succeeded => Catalogue is not null && Errors.Count == 0;

    /// <summary>
    /// The same catalogue in further cultures, by culture name ("en", "en-US"); the slugs, prices
    /// and structure are those of <see cref="Catalogue"/>, only the words differ. Empty for one culture.
    /// </summary>
    public IReadOnlyDictionary<string, Catalogue> Translations { get; init; } = NoTranslations;

    /// <summary>The catalogue to show in <paramref name="culture"/>: its translation, or the content culture's.</summary>
    public Catalogue? For(CultureInfo culture) => TranslationFor(Translations, culture) ?? Catalogue;

    internal static Catalogue? TranslationFor(IReadOnlyDictionary<string, Catalogue> translations, CultureInfo culture) =>
        translations.Count == 0 ? null
            : translations.TryGetValue(culture.Name, out var exact) ? exact
            : translations.TryGetValue(culture.TwoLetterISOLanguageName, out var language) ? language
            : null;
}
