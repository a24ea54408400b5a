using Microsoft.AspNetCore.Http;

namespace Academy.Umbraco.Fakes;

/// <summary>One request a fake answered, as a test asserts on it: what a client sent and what it got.</summary>
/// <param name="Query">The raw query string with its leading '?', or empty.</param>
/// <param name="Headers">Every request header, by name, case-insensitive.</param>
public sealed record FakeDeliveryRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, int StatusCode)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// Adds the request to <paramref name="log"/> as its response starts, so a test that has its
    /// response also sees the entry, with the status it got.
    /// </summary>
    internal static void LogWhenAnswered(HttpContext http, List<FakeDeliveryRequest> log, Lock gate) =>
        http.Response.OnStarting(() =>
        {
            var entry = new FakeDeliveryRequest(
                http.Request.Method,
                http.Request.Path.Value ?? "",
                http.Request.QueryString.Value ?? "",
                http.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                http.Response.StatusCode);
            lock (gate)
            {
                log.Add(entry);
            }

            return Task.CompletedTask;
        });
}
