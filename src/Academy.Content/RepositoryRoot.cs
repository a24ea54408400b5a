namespace Academy.Content;

/// <summary>
/// Finds files that live at the repo root. The app runs from bin/ under `dotnet run`, from the
/// project folder under tests and from a publish folder in production, so both the content root
/// and the binary's folder are searched upwards.
/// </summary>
public static class RepositoryRoot
{
    public const string UmbracoConfigFile = "umbraco.config.json";

    /// <summary>The first directory, walking up from each start, for which <paramref name="holds"/> is true.</summary>
    public static string? FindUpwards(IEnumerable<string> starts, Func<string, bool> holds)
    {
        foreach (var start in starts)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (holds(directory.FullName))
                {
                    return directory.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>The repo's content/ folder: the first one above a start that holds courses/.</summary>
    public static string? FindContentFolder(params string[] starts) =>
        FindUpwards(starts, directory => Directory.Exists(Path.Combine(directory, "content", "courses"))) is { } root
            ? Path.Combine(root, "content")
            : null;

    /// <summary>The checked-in umbraco.config.json at the repo root, if one is found.</summary>
    public static string? FindUmbracoConfig(params string[] starts) =>
        FindUpwards(starts, directory => File.Exists(Path.Combine(directory, UmbracoConfigFile))) is { } root
            ? Path.Combine(root, UmbracoConfigFile)
            : null;
}
