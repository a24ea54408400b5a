namespace Academy.Web.Tests.Branding;

public sealed class BrandTests
{
    [Fact]
    public async Task The_agencys_name_colour_and_contact_come_from_settings()
    {
        using var site = new AcademySite(settings: new Dictionary<string, string>
        {
            ["Academy:Brand:Name"] = "Sozial & Klar",
            ["Academy:Brand:AccentColor"] = "#7a3b00",
            ["Academy:Brand:ContactEmail"] = "hallo@sozial-klar.example",
        });
        using var browser = site.NewBrowser();

        var page = await browser.GetAsync("/");

        Assert.Equal("Sozial & Klar", page.Document.QuerySelector(".brand span")!.TextContent);
        Assert.EndsWith("· Sozial & Klar", page.Document.Title, StringComparison.Ordinal);
        Assert.Contains("--accent: #7a3b00", page.Html, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("footer a[href='mailto:hallo@sozial-klar.example']"));
    }

    [Fact]
    public void A_malformed_accent_colour_stops_the_site_and_names_the_setting()
    {
        using var site = new AcademySite(settings: new Dictionary<string, string> { ["Academy:Brand:AccentColor"] = "blue; background: url(x)" });

        var failure = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("Academy:Brand:AccentColor must be a colour like #1b5e8c.", failure.Message, StringComparison.Ordinal);
    }
}
