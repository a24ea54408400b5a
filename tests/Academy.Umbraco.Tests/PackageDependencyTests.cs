using System.Xml.Linq;

namespace Academy.Umbraco.Tests;

/// <summary>
/// Academy.Content travels inside the package, so its package references must be the package's
/// dependencies too, or an Umbraco site would miss an assembly at the first publish.
/// </summary>
public sealed class PackageDependencyTests
{
    [Fact]
    public void The_package_depends_on_every_package_Academy_Content_uses()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Academy.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var content = References(Path.Combine(root.FullName, "src", "Academy.Content", "Academy.Content.csproj"));
        var package = References(Path.Combine(root.FullName, "src", "Academy.Umbraco", "Academy.Umbraco.csproj"));

        Assert.NotEmpty(content);
        Assert.Empty(content.Except(package));
    }

    private static List<string> References(string project) =>
        [.. XDocument.Load(project).Descendants("PackageReference").Select(reference => (string)reference.Attribute("Include")!)];
}
