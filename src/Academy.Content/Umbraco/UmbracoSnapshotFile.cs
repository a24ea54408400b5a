using System.Text.Json;

namespace Academy.Content.Umbraco;

/// <summary>
/// The last good content from Umbraco, as the Delivery API sent it, so that a restart while
/// Umbraco is down serves it through the same reader and validation as a live fetch.
/// </summary>
internal static class UmbracoSnapshotFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task SaveAsync(string path, Snapshot snapshot, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written aside and moved over the old one, so a crash mid-write never leaves half a file.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, snapshot, Json, cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Null when there is no file yet.</summary>
    /// <exception cref="JsonException">The file is not a snapshot.</exception>
    public static async Task<Snapshot?> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<Snapshot>(stream, Json, cancellationToken)
            ?? throw new JsonException($"{path} is empty");
    }

    /// <param name="Items">The raw Delivery API items of <see cref="Culture"/>.</param>
    public sealed record Snapshot(DateTimeOffset FetchedAt, string DeliveryApiUrl, string StartItem, string Culture, IReadOnlyList<JsonElement> Items);
}
