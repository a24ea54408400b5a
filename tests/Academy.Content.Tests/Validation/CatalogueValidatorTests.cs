using Academy.Content.Definitions;
using Academy.Content.Validation;

namespace Academy.Content.Tests.Validation;

/// <summary>The rules judge definitions, whatever their source; a CMS can produce what a folder cannot.</summary>
public sealed class CatalogueValidatorTests
{
    [Fact]
    public void Two_courses_with_the_same_slug_are_reported_at_the_second()
    {
        var catalogue = new CatalogueDefinition([Course("strategie", "umbraco/1001"), Course("strategie", "umbraco/1002")]);

        var failure = Assert.Single(new CatalogueValidator().Validate(catalogue).Errors);

        Assert.Equal("Der Kurs-Slug 'strategie' wird schon von umbraco/1001 verwendet; jeder Kurs braucht einen eigenen Slug", failure.ErrorMessage);
        Assert.Equal(new SourceLocation("umbraco/1002", 1), failure.CustomState);
    }

    [Fact]
    public void A_source_without_field_lines_reports_at_the_definition()
    {
        var course = Course("strategie", "umbraco/1001") with { Title = " " };

        var failure = Assert.Single(new CatalogueValidator().Validate(new CatalogueDefinition([course])).Errors);

        Assert.Equal("'title' fehlt oder ist leer", failure.ErrorMessage);
        Assert.Equal(new SourceLocation("umbraco/1001", 1), failure.CustomState);
    }

    [Fact]
    public void A_course_in_no_package_names_the_packages_source()
    {
        var at = new SourceLocation("umbraco/2001", 1);
        var package = new PackageDefinition(1, "strategie", "Strategie", "Text", [new CourseReference("strategie", at)], "4900", null, at, new Dictionary<string, int>());
        var catalogue = new CatalogueDefinition(
            [Course("strategie", "umbraco/1001"), Course("zeit", "umbraco/1002")],
            new PackagesDefinition([package], at, new Dictionary<string, int>()));

        var failure = Assert.Single(new CatalogueValidator().Validate(catalogue).Errors);

        Assert.Equal("Der Kurs 'zeit' steht in keinem Paket in umbraco/2001, also kann ihn niemand kaufen", failure.ErrorMessage);
        Assert.Equal(new SourceLocation("umbraco/1002", 1), failure.CustomState);
    }

    private static CourseDefinition Course(string slug, string node)
    {
        var at = new SourceLocation(node, 1);
        var lesson = new LessonDefinition("lektion", "Lektion", null, null, "Text", at, new Dictionary<string, int>());
        var module = new ModuleDefinition("modul", "Modul", null, [lesson], null, at, new Dictionary<string, int>());
        return new CourseDefinition(slug, "Titel", "Summary", null, "", [module], at, new Dictionary<string, int>());
    }
}
