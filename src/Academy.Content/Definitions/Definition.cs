namespace Academy.Content.Definitions;

/// <summary>
/// Content as an editor wrote it, before validation, from whichever source. Values stay as text so
/// that "order is not a whole number" can be reported with its line instead of failing the read.
/// </summary>
/// <param name="FieldLines">The line of each field that was written; a source without lines leaves it empty.</param>
public abstract record Definition(SourceLocation Location, IReadOnlyDictionary<string, int> FieldLines)
{
    /// <summary>The field's own line, or the definition's line when the field is missing.</summary>
    public SourceLocation At(string field) =>
        FieldLines.TryGetValue(field, out var line) ? Location with { Line = line } : Location;
}
