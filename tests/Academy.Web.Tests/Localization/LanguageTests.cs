using System.Xml.Linq;

namespace Academy.Web.Tests.Localization;

public sealed class LanguageTests
{
    [Fact]
    public async Task The_site_speaks_german_by_default_and_english_after_the_switch()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var german = await browser.GetAsync("/");
        Assert.Equal("de", german.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Konto anlegen", german.Text, StringComparison.Ordinal);

        var switched = await browser.Client.GetAsync("/language/en?returnUrl=%2Fcourses%2Ftestkurs");
        Assert.Equal("/courses/testkurs", switched.Headers.Location!.OriginalString);
        var english = await browser.GetAsync("/courses/testkurs");
        Assert.Equal("en", english.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Create account", english.Text, StringComparison.Ordinal);
        Assert.Contains("1 modules · 3 lessons", english.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_never_redirects_to_another_site()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var response = await browser.Client.GetAsync("/language/en?returnUrl=%2F%2Fevil.example");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public void German_and_english_texts_have_the_same_keys()
    {
        var resources = Path.Combine(RepositoryRoot(), "src", "Academy.Web", "Resources");
        var german = Keys(Path.Combine(resources, "SiteText.resx"));
        var english = Keys(Path.Combine(resources, "SiteText.en.resx"));

        Assert.Empty(german.Except(english));
        Assert.Empty(english.Except(german));
    }

    private static HashSet<string> Keys(string resx) =>
        [.. XDocument.Load(resx).Root!.Elements("data").Select(data => (string)data.Attribute("name")!)];

    private static string RepositoryRoot() =>
        Content.RepositoryRoot.FindUpwards([AppContext.BaseDirectory], directory => File.Exists(Path.Combine(directory, "Academy.sln")))
        ?? throw new InvalidOperationException("Academy.sln not found above the test folder.");
}
