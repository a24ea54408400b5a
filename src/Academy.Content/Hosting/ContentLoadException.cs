namespace Academy.Content.Hosting;

/// <summary>Stops the host when the content is invalid at startup; the message lists every error.</summary>
public sealed class ContentLoadException(IReadOnlyList<ContentError> errors)
    : Exception($"The content has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;

    // The host logs this as it fails to start. The editor needs the list, not where our code noticed it.
    public override string ToString() => Message;
}
