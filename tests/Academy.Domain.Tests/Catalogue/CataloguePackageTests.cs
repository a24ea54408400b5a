using Academy.Domain.Catalogue;

namespace Academy.Domain.Tests.Catalogue;

public sealed class CataloguePackageTests
{
    private static readonly CoursePackage Strategie = Package("strategie", "strategie");
    private static readonly CoursePackage Starter = Package("starter-paket", "strategie", "zeit");
    private static readonly CoursePackage Zeit = Package("zeit", "zeit");

    private readonly Domain.Catalogue.Catalogue catalogue = new([Course("zeit", order: 2), Course("strategie", order: 1)], [Strategie, Starter, Zeit]);

    [Fact]
    public void Packages_keep_the_order_they_were_given_in()
    {
        Assert.Equal(["strategie", "starter-paket", "zeit"], catalogue.Packages.Select(package => package.Slug));
    }

    [Fact]
    public void A_package_is_found_by_its_slug()
    {
        Assert.Same(Starter, catalogue.FindPackage("starter-paket"));
        Assert.Null(catalogue.FindPackage("gibt-es-nicht"));
        Assert.Null(catalogue.FindPackage("Starter-Paket"));
    }

    [Fact]
    public void Packages_containing_a_course_are_listed_in_package_order()
    {
        Assert.Equal(["starter-paket", "zeit"], catalogue.PackagesContaining("zeit").Select(package => package.Slug));
        Assert.Equal(["strategie", "starter-paket"], catalogue.PackagesContaining("strategie").Select(package => package.Slug));
        Assert.Empty(catalogue.PackagesContaining("plattformen"));
    }

    [Fact]
    public void A_packages_courses_come_in_the_packages_order()
    {
        var reversed = Package("umgekehrt", "zeit", "strategie");
        var withReversed = new Domain.Catalogue.Catalogue([Course("strategie", 1), Course("zeit", 2)], [reversed]);

        Assert.Equal(["zeit", "strategie"], withReversed.CoursesIn(reversed).Select(course => course.Slug));
        Assert.True(reversed.Includes("zeit"));
        Assert.False(reversed.Includes("plattformen"));
    }

    [Fact]
    public void A_catalogue_without_packages_has_none()
    {
        var withoutPackages = new Domain.Catalogue.Catalogue([Course("strategie", 1)]);

        Assert.Empty(withoutPackages.Packages);
        Assert.Empty(withoutPackages.PackagesContaining("strategie"));
        Assert.Empty(Domain.Catalogue.Catalogue.Empty.Packages);
    }

    [Fact]
    public void A_package_that_names_a_course_outside_the_catalogue_is_refused()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Domain.Catalogue.Catalogue([Course("strategie", 1)], [Package("alles", "strategie", "zeit")]));

        Assert.Contains("'zeit'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_needs_courses_and_a_price_above_0()
    {
        Assert.Throws<ArgumentException>(() => new CoursePackage("leer", "Leer", "", [], 4900, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CoursePackage("gratis", "Gratis", "", ["strategie"], 0, null));
    }

    private static CoursePackage Package(string slug, params string[] courses) =>
        new(slug, slug.ToUpperInvariant(), $"<p>{slug}</p>", courses, 4900L * courses.Length, null);

    private static Course Course(string slug, int order) =>
        new(slug, slug.ToUpperInvariant(), "S.", order, "", [new CourseModule("m", "M", null, [CourseSamples.Lesson(slug + "-l", 3)], null)]);
}
