namespace Academy.Umbraco.Fakes;

/// <summary>One request the fake answered, as a test asserts on it: what a client sent and what it got.</summary>
/// <param name="Query">The raw query string with its leading '?', or empty.</param>
/// <param name="Headers">Every request header, by name, case-insensitive.</param>
public sealed record FakeDeliveryRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, int StatusCode)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
