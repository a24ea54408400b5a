using Academy.Content.Definitions;
using Academy.Content.Snapshot;

namespace Academy.Content.Markdown;

/// <summary>The Markdown content source: a folder in the layout described in content/README.md.</summary>
public static class MarkdownFolderSource
{
    /// <summary>Reads, validates and renders the folder. Error paths are relative to <paramref name="folder"/>.</summary>
    public static ContentLoadResult Load(string folder)
    {
        var reader = new MarkdownFolderReader(folder);
        var definition = reader.Read();
        return CatalogueCompiler.Compile(definition, reader.Errors, reader.UnreadableFiles);
    }

    /// <summary>
    /// Reads the folder without validating or rendering it, for writing it to another source;
    /// <see cref="Load"/> first tells whether it is worth writing.
    /// </summary>
    public static (CatalogueDefinition Definition, IReadOnlyList<ContentError> Errors) Read(string folder)
    {
        var reader = new MarkdownFolderReader(folder);
        var definition = reader.Read();
        return (definition, reader.Errors);
    }
}
