using System.Text.Json;
using System.Xml.Linq;

namespace Academy.Umbraco.Tests;

/// <summary>
/// What the package asks of a site: Academy.Content travels inside it, so Academy.Content's packages
/// must be the package's dependencies too, or an Umbraco site would miss an assembly at the first
/// publish; and Umbraco is a range, so installing the package upgrades no site's Umbraco. Both are
/// read from the package project's restore result, which is what <c>dotnet pack</c> writes into the nuspec.
/// </summary>
public sealed class PackageDependencyTests
{
    private static readonly DirectoryInfo Root = FindRoot();

    [Fact]
    public void The_package_depends_on_every_package_Academy_Content_uses()
    {
        var content = XDocument.Load(Path.Combine(Root.FullName, "src", "Academy.Content", "Academy.Content.csproj"))
            .Descendants("PackageReference").Select(reference => (string)reference.Attribute("Include")!).ToList();

        var packed = PackedDependencies();

        Assert.NotEmpty(content);
        Assert.Empty(content.Except(packed.Keys));
    }

    [Fact]
    public void The_package_accepts_every_Umbraco_17_and_no_18()
    {
        var packed = PackedDependencies();

        Assert.Equal("[17.0.0, 18.0.0)", packed["Umbraco.Cms.Core"]);
    }

    /// <summary>The package project's direct dependencies that become nuspec dependencies (not PrivateAssets="all"), with their version ranges.</summary>
    private static Dictionary<string, string> PackedDependencies()
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root.FullName, "src", "Academy.Umbraco", "obj", "project.assets.json")));
        return assets.RootElement.GetProperty("project").GetProperty("frameworks").GetProperty("net10.0").GetProperty("dependencies")
            .EnumerateObject()
            .Where(dependency => !(dependency.Value.TryGetProperty("suppressParent", out var suppressed) && suppressed.GetString() == "All"))
            .ToDictionary(dependency => dependency.Name, dependency => dependency.Value.GetProperty("version").GetString()!);
    }

    private static DirectoryInfo FindRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Academy.sln")))
        {
            root = root.Parent;
        }

        return root ?? throw new InvalidOperationException("Academy.sln was not found above the test binaries.");
    }
}
