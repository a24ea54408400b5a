namespace Academy.Content.Tests.Markdown;

public sealed class PackagesFileTests
{
    [Fact]
    public void A_valid_packages_yml_builds_the_packages_in_file_order()
    {
        using var folder = ContentFolder.WithOneCourse()
            .WithCourse("zeit", "Zeit")
            .With(ContentFolder.PackagesFile, """
                packages:
                  - slug: starter-paket
                    title: "Alle Kurse"
                    description: "Beide Kurse, du sparst **9 €**."
                    courses:
                      - zeit
                      - strategie
                    price: 8900
                  - slug: zeit
                    title: Zeit
                    description: Nur Zeit.
                    courses: [zeit]
                    price: 4900     # EUR cents
                    stripePrice: "price_123"
                  - slug: strategie
                    title: Strategie
                    description: Nur Strategie.
                    courses: [strategie]
                    price: "4900"
                """);

        var result = folder.Load();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var packages = result.Catalogue!.Packages;
        Assert.Equal(["starter-paket", "zeit", "strategie"], packages.Select(package => package.Slug));
        var starter = packages[0];
        Assert.Equal("Alle Kurse", starter.Title);
        Assert.Equal(["zeit", "strategie"], starter.CourseSlugs);
        Assert.Equal(8900L, starter.PriceCents);
        Assert.Null(starter.StripePriceId);
        Assert.Equal("<p>Beide Kurse, du sparst <strong>9 €</strong>.</p>", starter.DescriptionHtml.Trim());
        Assert.Equal("price_123", packages[1].StripePriceId);
        Assert.Equal(4900L, packages[2].PriceCents);
    }

    [Fact]
    public void Raw_html_in_a_package_description_is_shown_as_text()
    {
        using var folder = ContentFolder.WithOneCourse().With(ContentFolder.PackagesFile, """
            packages:
              - slug: strategie
                title: Strategie
                description: "<script>alert(1)</script> Jetzt kaufen"
                courses: [strategie]
                price: 4900
            """);

        var package = Assert.Single(folder.Load().Catalogue!.Packages);

        Assert.DoesNotContain("<script>", package.DescriptionHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", package.DescriptionHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_packages_yml_the_catalogue_has_no_packages_and_no_error()
    {
        using var folder = ContentFolder.WithOneCourse();

        var result = folder.Load();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Catalogue!.Packages);
        Assert.Empty(result.Catalogue.PackagesContaining("strategie"));
    }
}
