using System.Globalization;

namespace Academy.Web.Purchases;

public static class Money
{
    /// <summary>EUR cents as the learner's language writes euros: "49,00 €" in German, "€49.00" in English.</summary>
    public static string Euros(long cents)
    {
        var culture = CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "de" ? CultureInfo.GetCultureInfo("de-DE") : CultureInfo.GetCultureInfo("en-IE");
        return (cents / 100m).ToString("C", culture);
    }
}
