namespace Academy.Web;

/// <summary>Marker for the site's text resources: Resources/SiteText.resx (German) and SiteText.en.resx.</summary>
public sealed class SiteText;
