using Academy.Content;

namespace Academy.Cli.Tests.Commands;

/// <summary>A temporary copy of the repo's content/ folder, which a test may edit; deleted on dispose.</summary>
internal sealed class ContentCopy : IDisposable
{
    public static readonly string RepoContent = RepositoryRoot.FindContentFolder(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("The repo's content/ folder was not found above the test binaries.");

    public ContentCopy()
    {
        foreach (var file in Directory.EnumerateFiles(RepoContent, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(RepoContent, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "academy-push-" + Guid.NewGuid().ToString("N"));

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
