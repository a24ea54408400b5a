using System.ComponentModel.DataAnnotations;

namespace Academy.Web.Branding;

/// <summary>The agency's brand. Nothing about the agency is hard-coded in pages.</summary>
public sealed class BrandOptions
{
    public const string Section = "Academy:Brand";

    [Required(ErrorMessage = "Set Academy:Brand:Name to the agency's name.")]
    public string Name { get; set; } = "Academy";

    /// <summary>A path under wwwroot or an absolute URL on the agency's own host.</summary>
    public string? LogoUrl { get; set; }

    [RegularExpression("^#[0-9a-fA-F]{6}$", ErrorMessage = "Academy:Brand:AccentColor must be a colour like #1b5e8c.")]
    public string AccentColor { get; set; } = "#1b5e8c";

    [EmailAddress(ErrorMessage = "Academy:Brand:ContactEmail must be an e-mail address.")]
    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }
}
