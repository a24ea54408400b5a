using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Academy.Content.Umbraco;

/// <summary>
/// What the Academy.Umbraco package tells Academy.Web the moment an editor publishes, unpublishes,
/// moves, trashes or sorts Academy items: which event, which items, and when. The package writes it,
/// the site reads it; both through this type, so the two sides cannot disagree on the shape.
/// </summary>
public sealed record ContentNotification(
    [property: JsonPropertyName("event")] string Event,
    [property: JsonPropertyName("ids")] IReadOnlyList<Guid> Ids,
    [property: JsonPropertyName("timestamp")] DateTimeOffset Timestamp)
{
    public const string Published = "published";
    public const string Unpublished = "unpublished";
    public const string Moved = "moved";
    public const string MovedToRecycleBin = "movedToRecycleBin";
    public const string Sorted = "sorted";

    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>The notification, or null when the text is not one.</summary>
    public static ContentNotification? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ContentNotification>(json) is { Event: not null, Ids: not null } notification ? notification : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>
/// The signature on a <see cref="ContentNotification"/>, built like Stripe's: an HMAC-SHA256 over
/// <c>"{unix seconds}.{body}"</c>, sent as <c>X-Academy-Signature: t=&lt;unix&gt;,v1=&lt;hex&gt;</c>.
/// The timestamp is signed with the body, so an old delivery cannot be replayed with a new time.
/// </summary>
public static class NotificationSignature
{
    public const string Header = "X-Academy-Signature";

    /// <summary>How far the signing time may be from the receiver's clock, either way.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static string Sign(string body, string secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds();
        return $"t={timestamp.ToString(CultureInfo.InvariantCulture)},v1={Convert.ToHexStringLower(Hash(timestamp, body, secret))}";
    }

    /// <summary>
    /// True when <paramref name="header"/> carries a v1 signature of <paramref name="body"/> by
    /// <paramref name="secret"/>, made within <see cref="Tolerance"/> of <paramref name="now"/>.
    /// </summary>
    public static bool Verify(string body, string? header, string? secret, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(header) || string.IsNullOrEmpty(secret))
        {
            return false;
        }

        long? timestamp = null;
        var signatures = new List<byte[]>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = part.IndexOf('=', StringComparison.Ordinal) is var at and > 0 ? (part[..at], part[(at + 1)..]) : (part, "");
            if (key == "t" && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                timestamp = seconds;
            }
            else if (key == "v1" && value.Length == SHA256.HashSizeInBytes * 2 && TryFromHex(value, out var signature))
            {
                // Several v1 entries let a sender sign with an old and a new secret while rotating.
                signatures.Add(signature);
            }
        }

        if (timestamp is not { } t || signatures.Count == 0
            || t < DateTimeOffset.MinValue.ToUnixTimeSeconds() || t > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || (now - DateTimeOffset.FromUnixTimeSeconds(t)).Duration() > Tolerance)
        {
            return false;
        }

        var expected = Hash(t, body, secret);
        var matches = false;
        foreach (var signature in signatures)
        {
            // No early exit, so the time taken does not say which entry matched.
            matches |= CryptographicOperations.FixedTimeEquals(signature, expected);
        }

        return matches;
    }

    private static byte[] Hash(long timestamp, string body, string secret) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp.ToString(CultureInfo.InvariantCulture)}.{body}"));

    private static bool TryFromHex(string hex, out byte[] bytes)
    {
        try
        {
            bytes = Convert.FromHexString(hex);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
