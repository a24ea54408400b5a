namespace Academy.Content.Hosting;

/// <summary>Stops the host when the content is invalid at startup; the message lists every error.</summary>
public sealed class ContentLoadException(IReadOnlyList<ContentError> errors)
    : Exception($"The content has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}
