using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Academy.Content.Umbraco;

namespace Academy.Cli.Umbraco;

/// <summary>
/// The few Management API v1 calls a push needs: document types by alias, and one document's
/// read, create, update and publish. Every failure becomes an <see cref="UmbracoManagementException"/>
/// that names the request and Umbraco's own explanation.
/// </summary>
public sealed class UmbracoManagementClient(HttpClient http)
{
    public const string ApiPath = "umbraco/management/api/v1/";

    /// <summary>
    /// The id of each Academy type. Umbraco's search matches names and aliases loosely and its items
    /// carry no alias, so each candidate is read once to compare the alias exactly.
    /// </summary>
    /// <exception cref="UmbracoManagementException">Some types are missing: the package is not installed.</exception>
    public async Task<IReadOnlyDictionary<ContentTypeRole, Guid>> DocumentTypesAsync(UmbracoAliases aliases, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<ContentTypeRole, Guid>();
        var missing = new List<string>();
        foreach (var type in UmbracoContentModel.Types)
        {
            var alias = aliases[type.Role];
            var found = await SendAsync(HttpMethod.Get, $"item/document-type/search?query={Uri.EscapeDataString(alias)}&skip=0&take=100", null, cancellationToken);
            Guid? match = null;
            foreach (var item in Items(found))
            {
                var candidate = await SendAsync(HttpMethod.Get, $"document-type/{item}", null, cancellationToken);
                if (string.Equals(candidate?["alias"]?.GetValue<string>(), alias, StringComparison.OrdinalIgnoreCase))
                {
                    match = item;
                    break;
                }
            }

            if (match is { } id)
            {
                ids[type.Role] = id;
            }
            else
            {
                missing.Add(alias);
            }
        }

        if (missing.Count > 0)
        {
            throw new UmbracoManagementException(
                $"The Umbraco site has no document type {string.Join(", ", missing)}. Install the Academy.Umbraco package first (or map renamed types with Academy:Umbraco:Aliases).");
        }

        return ids;
    }

    /// <summary>The document as Umbraco holds it, or null when there is none with this id.</summary>
    public async Task<JsonObject?> GetDocumentAsync(Guid id, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Get, $"document/{id}", null, cancellationToken, notFoundIsNull: true) as JsonObject;

    public Task CreateDocumentAsync(JsonObject body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "document", body, cancellationToken);

    public Task UpdateDocumentAsync(Guid id, JsonObject body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"document/{id}", body, cancellationToken);

    /// <summary>Publishes the invariant variant: Academy's types do not vary by culture.</summary>
    public Task PublishDocumentAsync(Guid id, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"document/{id}/publish", new JsonObject { ["publishSchedules"] = new JsonArray(new JsonObject { ["culture"] = null }) }, cancellationToken);

    private static IEnumerable<Guid> Items(JsonNode? page) =>
        (page?["items"] as JsonArray ?? [])
            .Select(item => Guid.TryParse(item?["id"]?.GetValue<string>(), out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty);

    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken, bool notFoundIsNull = false)
    {
        using var request = new HttpRequestMessage(method, ApiPath + path);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        var where = $"{method} {http.BaseAddress}{ApiPath}{path}";
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new UmbracoManagementException($"Umbraco could not be reached for {where}: {exception.Message}");
        }

        using (response)
        {
            if (notFoundIsNull && response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new UmbracoManagementException($"Umbraco answered {(int)response.StatusCode} {response.ReasonPhrase} to {where}{Detail(text)}", (int)response.StatusCode);
            }

            try
            {
                return text.Length == 0 ? null : JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                throw new UmbracoManagementException($"Umbraco answered {where} with something else than JSON.");
            }
        }
    }

    /// <summary>Umbraco explains a refusal as a problem document: its title and detail are what the operator needs.</summary>
    private static string Detail(string text)
    {
        try
        {
            var problem = JsonNode.Parse(text) as JsonObject;
            var parts = new[] { problem?["title"], problem?["detail"] }
                .Select(part => part is JsonValue value && value.TryGetValue<string>(out var said) ? said : null)
                .Where(said => !string.IsNullOrWhiteSpace(said))
                .ToList();
            return parts.Count == 0 ? "" : ": " + string.Join(" ", parts);
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
