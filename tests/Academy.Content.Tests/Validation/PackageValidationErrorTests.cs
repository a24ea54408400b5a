namespace Academy.Content.Tests.Validation;

/// <summary>One bad packages.yml per rule, each asserting the exact path:line and the gist of the message.</summary>
public sealed class PackageValidationErrorTests
{
    private const string Packages = ContentFolder.PackagesFile;

    [Fact]
    public void A_package_without_a_slug_is_reported_at_its_first_line()
    {
        using var folder = WithPackages("packages:\n  - title: T\n    description: D.\n    courses: [strategie]\n    price: 4900");

        Assert.Equal([$"{Packages}:2: Paket 1: 'slug' fehlt oder ist leer"], folder.Errors());
    }

    [Fact]
    public void An_empty_title_is_reported_at_its_line()
    {
        using var folder = WithPackages(Package("strategie", title: "\"\""));

        Assert.Equal([$"{Packages}:3: Paket 1: 'title' fehlt oder ist leer"], folder.Errors());
    }

    [Fact]
    public void A_package_without_a_description_is_reported_at_its_first_line()
    {
        using var folder = WithPackages("packages:\n  - slug: strategie\n    title: T\n    courses: [strategie]\n    price: 4900");

        var error = Assert.Single(folder.Errors());
        Assert.StartsWith($"{Packages}:2: Paket 1: 'description' fehlt oder ist leer", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_without_courses_is_reported_and_its_course_is_then_for_sale_nowhere()
    {
        using var folder = WithPackages("packages:\n  - slug: strategie\n    title: T\n    description: D.\n    price: 4900");

        Assert.Equal(
            [
                "courses/strategie/course.md:1: Der Kurs 'strategie' steht in keinem Paket in packages.yml, also kann ihn niemand kaufen",
                $"{Packages}:2: Paket 1: 'courses' fehlt oder ist leer; nenn die Slugs der Kurse, die es freischaltet, wie [strategie, zeit]",
            ],
            folder.Errors());
    }

    [Fact]
    public void An_empty_course_list_is_reported_at_its_line()
    {
        using var folder = WithPackages(Package("strategie", courses: "[]") + "\n" + Package("alles", courses: "[strategie]", header: false));

        var error = Assert.Single(folder.Errors());
        Assert.StartsWith($"{Packages}:5: Paket 1: 'courses' fehlt oder ist leer", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_without_a_price_is_reported_at_its_first_line()
    {
        using var folder = WithPackages("packages:\n  - slug: strategie\n    title: T\n    description: D.\n    courses: [strategie]");

        Assert.Equal([$"{Packages}:2: Paket 1: 'price' fehlt oder ist leer; gib den Bruttopreis in Euro-Cent an, wie 4900 für 49 €"], folder.Errors());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-4900")]
    [InlineData("49.00")]
    [InlineData("49,00")]
    [InlineData("neunundvierzig")]
    public void A_price_that_is_not_a_whole_number_of_cents_above_0_is_reported_at_its_line(string price)
    {
        using var folder = WithPackages(Package("strategie", price: price));

        Assert.Equal([$"{Packages}:6: Paket 1: 'price' muss eine ganze Zahl von Euro-Cent über 0 sein, wie 4900 für 49 €, nicht '{price}'"], folder.Errors());
    }

    [Fact]
    public void Malformed_yaml_reports_only_the_parsers_line()
    {
        using var folder = WithPackages("packages:\n  - slug: strategie\n    title: T\n   description: falsch eingerückt\n");

        var error = Assert.Single(folder.Load().Errors);

        Assert.Equal(Packages, error.Path);
        Assert.Equal(4, error.Line);
        Assert.StartsWith("fehlerhaftes YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Packages_that_is_not_a_list_is_reported_at_its_line()
    {
        using var folder = WithPackages("# Pakete\npackages: strategie");

        Assert.Contains($"{Packages}:2: 'packages' muss eine Liste sein, jeder Eintrag beginnt mit '- slug: ...'", folder.Errors());
    }

    [Fact]
    public void A_file_without_packages_is_reported_and_every_course_is_for_sale_nowhere()
    {
        using var folder = WithPackages("# Noch keine Pakete");

        Assert.Equal(
            [
                "courses/strategie/course.md:1: Der Kurs 'strategie' steht in keinem Paket in packages.yml, also kann ihn niemand kaufen",
                $"{Packages}:1: 'packages' fehlt oder ist leer; schreib jedes Paket als '- slug: ...' unter 'packages:'",
            ],
            folder.Errors());
    }

    [Fact]
    public void Two_packages_with_the_same_slug_are_reported_at_the_second()
    {
        using var folder = WithPackages(Package("strategie") + "\n" + Package("strategie", header: false));

        Assert.Equal(
            [$"{Packages}:7: Paket 2: der Paket-Slug 'strategie' wird schon in packages.yml:2 verwendet; jedes Paket braucht einen eigenen Slug"],
            folder.Errors());
    }

    [Fact]
    public void A_slug_with_upper_case_or_underscores_is_reported_at_its_line()
    {
        using var folder = WithPackages(Package("Starter_Paket"));

        var error = Assert.Single(folder.Errors());
        Assert.StartsWith($"{Packages}:2: Paket 1: Slug 'Starter_Paket' (Paket) darf nur Kleinbuchstaben a-z", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_course_is_reported_at_its_line_with_the_known_courses()
    {
        using var folder = WithPackages(Package("alles", courses: "\n      - strategie\n      - zeitt\n      - zeit"))
            .WithCourse("zeit", "Zeit");

        Assert.Equal([$"{Packages}:7: Paket 1: den Kurs 'zeitt' gibt es nicht; bekannte Kurse: strategie, zeit"], folder.Errors());
    }

    [Fact]
    public void A_course_listed_twice_in_one_package_is_reported_at_the_second_mention()
    {
        using var folder = WithPackages(Package("strategie", courses: "\n      - strategie\n      - strategie"));

        Assert.Equal([$"{Packages}:7: Paket 1: der Kurs 'strategie' steht zweimal darin; nenn jeden Kurs nur einmal"], folder.Errors());
    }

    [Fact]
    public void A_course_in_no_package_is_reported_on_its_course_md()
    {
        using var folder = WithPackages(Package("strategie")).WithCourse("zeit", "Zeit");

        Assert.Equal(["courses/zeit/course.md:1: Der Kurs 'zeit' steht in keinem Paket in packages.yml, also kann ihn niemand kaufen"], folder.Errors());
    }

    [Fact]
    public void Without_packages_yml_no_course_needs_a_package()
    {
        using var folder = ContentFolder.WithOneCourse().WithCourse("zeit", "Zeit");

        Assert.Empty(folder.Errors());
    }

    [Fact]
    public void Every_package_error_is_reported_at_once()
    {
        using var folder = WithPackages(
            Package("strategie", price: "0") + "\n" + Package("strategie", courses: "[strategie, zeit]", header: false))
            .With(ContentFolder.LessonFile, "---\ntitle: T\nminutes: 99\n---\nText.");

        Assert.Equal(
            [
                "courses/strategie/01-ziele/01-warum.md:3: 'minutes' muss eine ganze Zahl von 1 bis 30 sein, nicht '99'",
                $"{Packages}:6: Paket 1: 'price' muss eine ganze Zahl von Euro-Cent über 0 sein, wie 4900 für 49 €, nicht '0'",
                $"{Packages}:7: Paket 2: der Paket-Slug 'strategie' wird schon in packages.yml:2 verwendet; jedes Paket braucht einen eigenen Slug",
                $"{Packages}:10: Paket 2: den Kurs 'zeit' gibt es nicht; bekannte Kurse: strategie",
            ],
            folder.Errors());
    }

    private static ContentFolder WithPackages(string yaml) => ContentFolder.WithOneCourse().With(Packages, yaml);

    /// <summary>
    /// With the header, "packages:" is line 1 and the package's lines are 2 slug, 3 title,
    /// 4 description, 5 courses, 6 price (when courses fit on one line). Without it, five lines.
    /// </summary>
    private static string Package(string slug, string title = "Paket", string courses = "[strategie]", string price = "4900", bool header = true) =>
        (header ? "packages:\n" : "") +
        $"  - slug: {slug}\n    title: {title}\n    description: Ein Paket.\n    courses: {courses}\n    price: {price}";
}
