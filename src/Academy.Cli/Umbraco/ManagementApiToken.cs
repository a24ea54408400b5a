using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Academy.Cli.Umbraco;

/// <summary>
/// Signs every Management API request with a back-office token got by client credentials (an API
/// user whose client id starts with <c>umbraco-back-office-</c>). One token serves until shortly
/// before it expires, so a push of hundreds of documents asks for one or two; a token Umbraco no
/// longer knows (after a restart) is replaced once.
/// </summary>
public sealed class ManagementApiToken(Uri site, ManagementCredentials credentials, TimeProvider clock) : DelegatingHandler
{
    public const string TokenPath = "umbraco/management/api/v1/security/back-office/token";

    // A request that starts just before the expiry must not arrive just after it.
    private static readonly TimeSpan RenewBefore = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim gate = new(1, 1);
    private string? token;
    private DateTimeOffset expires;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var sent = await TokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sent);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        // Umbraco forgets its tokens when it restarts; one new token decides whether the credentials still hold.
        response.Dispose();
        await ForgetAsync(sent, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }

    private async Task ForgetAsync(string refused, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Another request may have renewed it already.
            if (token == refused)
            {
                token = null;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (token is not null && clock.GetUtcNow() < expires - RenewBefore)
            {
                return token;
            }

            var address = new Uri(site, TokenPath);
            using var request = new HttpRequestMessage(HttpMethod.Post, address)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = credentials.ClientId,
                    ["client_secret"] = credentials.ClientSecret,
                }),
            };
            var requestedAt = clock.GetUtcNow();
            using var response = await base.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new UmbracoManagementException(
                    $"Umbraco answered {(int)response.StatusCode} {response.ReasonPhrase} to the token request at {address}. Check {ManagementCredentials.ClientIdVariable} and {ManagementCredentials.ClientSecretVariable}: an API user's client id, which starts with umbraco-back-office-, and its secret.");
            }

            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            if (body.ValueKind != JsonValueKind.Object
                || !body.TryGetProperty("access_token", out var accessToken) || accessToken.ValueKind != JsonValueKind.String
                || !body.TryGetProperty("expires_in", out var expiresIn) || !expiresIn.TryGetInt32(out var seconds))
            {
                throw new UmbracoManagementException($"Umbraco answered the token request at {address} without access_token and expires_in.");
            }

            token = accessToken.GetString()!;
            expires = requestedAt + TimeSpan.FromSeconds(seconds);
            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            gate.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>The API user's client credentials, from the environment; never from a checked-in file.</summary>
public sealed record ManagementCredentials(string ClientId, string ClientSecret)
{
    public const string ClientIdVariable = "Academy__Umbraco__ClientId";
    public const string ClientSecretVariable = "Academy__Umbraco__ClientSecret";
}

/// <summary>Umbraco refused or could not answer a Management API request; the message says what to check.</summary>
public sealed class UmbracoManagementException(string message, int? statusCode = null) : Exception(message)
{
    public int? StatusCode { get; } = statusCode;
}
