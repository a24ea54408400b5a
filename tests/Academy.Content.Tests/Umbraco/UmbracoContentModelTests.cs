using Academy.Content.Umbraco;

namespace Academy.Content.Tests.Umbraco;

public sealed class UmbracoContentModelTests
{
    // Umbraco refuses these as property aliases; the installer would fail on a real site.
    private static readonly string[] Reserved = ["id", "key", "name", "path", "level", "sortOrder", "createDate", "updateDate", "contentType", "template", "url"];

    [Fact]
    public void Every_type_and_property_is_documented_in_docs_umbraco_md()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot.FindUpwards([AppContext.BaseDirectory], directory => Directory.Exists(Path.Combine(directory, "docs")))!, "docs", "umbraco.md"));

        foreach (var type in UmbracoContentModel.Types)
        {
            Assert.Contains($"### {type.Alias} ({type.Name})", docs, StringComparison.Ordinal);
            var section = docs[docs.IndexOf($"### {type.Alias} ", StringComparison.Ordinal)..];
            var end = section.IndexOf("\n### ", 4, StringComparison.Ordinal);
            section = end < 0 ? section : section[..end];
            foreach (var property in type.Properties)
            {
                Assert.True(section.Contains($"| `{property.Alias}` |", StringComparison.Ordinal), $"{type.Alias}.{property.Alias} is not in its table in docs/umbraco.md");
            }
        }
    }

    [Fact]
    public void Types_use_no_alias_umbraco_reserves_and_blocks_hold_element_types()
    {
        foreach (var type in UmbracoContentModel.Types)
        {
            Assert.DoesNotContain(type.Properties, property => Reserved.Contains(property.Alias, StringComparer.OrdinalIgnoreCase));
            Assert.Equal(type.Properties.Count, type.Properties.Select(property => property.Alias).Distinct(StringComparer.OrdinalIgnoreCase).Count());
            foreach (var blocks in type.Properties.Where(property => property.Kind == PropertyKind.Blocks))
            {
                Assert.True(UmbracoContentModel.For(blocks.Allowed!.Value).IsElement, $"{type.Alias}.{blocks.Alias} allows a document type as a block");
            }

            Assert.All(type.AllowedChildren, child => Assert.False(UmbracoContentModel.For(child).IsElement));
        }
    }

    [Fact]
    public void Aliases_can_be_renamed_by_role_but_not_to_a_clash()
    {
        var renamed = new UmbracoAliases(new Dictionary<string, string> { ["Course"] = "kurs" });

        Assert.Equal("kurs", renamed[ContentTypeRole.Course]);
        Assert.Equal(ContentTypeRole.Course, renamed.RoleOf("kurs"));
        Assert.Null(renamed.RoleOf("academyCourse"));
        Assert.Equal("academyModule", renamed[ContentTypeRole.Module]);

        var clash = Assert.Throws<ArgumentException>(() => new UmbracoAliases(new Dictionary<string, string> { ["Course"] = "academyModule" }));
        Assert.Contains("given to both", clash.Message, StringComparison.Ordinal);
        var unknown = Assert.Throws<ArgumentException>(() => new UmbracoAliases(new Dictionary<string, string> { ["Kurs"] = "x" }));
        Assert.Contains("'Kurs' is not an Academy content type", unknown.Message, StringComparison.Ordinal);
    }
}
