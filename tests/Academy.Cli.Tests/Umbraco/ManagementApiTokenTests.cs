using Academy.Cli.Umbraco;
using Academy.Umbraco.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Academy.Cli.Tests.Umbraco;

public sealed class ManagementApiTokenTests
{
    [Fact]
    public async Task A_token_is_reused_while_it_is_valid_and_renewed_shortly_before_it_expires()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();
        umbraco.TokenLifetime = TimeSpan.FromMinutes(5);
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-28T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using var http = Client(umbraco, clock);
        var client = new UmbracoManagementClient(http);

        for (var i = 0; i < 20; i++)
        {
            Assert.Null(await client.GetDocumentAsync(Guid.NewGuid(), CancellationToken.None));
        }

        clock.Advance(TimeSpan.FromMinutes(4));
        await client.GetDocumentAsync(Guid.NewGuid(), CancellationToken.None);
        Assert.Equal(1, umbraco.TokensIssued);

        clock.Advance(TimeSpan.FromSeconds(40));
        await client.GetDocumentAsync(Guid.NewGuid(), CancellationToken.None);
        Assert.Equal(2, umbraco.TokensIssued);
        Assert.Equal(2, umbraco.Requests.Select(request => request.Header("Authorization")).Where(header => header is not null).Distinct().Count());
    }

    [Fact]
    public async Task A_token_umbraco_has_forgotten_is_replaced_once_and_the_request_goes_through()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();
        using var http = Client(umbraco, TimeProvider.System);
        var client = new UmbracoManagementClient(http);
        await client.GetDocumentAsync(Guid.NewGuid(), CancellationToken.None);
        umbraco.RevokeTokens();

        var document = await client.GetDocumentAsync(Guid.NewGuid(), CancellationToken.None);

        Assert.Null(document);
        Assert.Equal(2, umbraco.TokensIssued);
        Assert.Equal([("POST", 200), ("GET", 404), ("GET", 401), ("POST", 200), ("GET", 404)], umbraco.Requests.Select(request => (request.Method, request.StatusCode)));
    }

    private static HttpClient Client(FakeManagementApi umbraco, TimeProvider clock) =>
        new(new ManagementApiToken(umbraco.BaseAddress, new ManagementCredentials(FakeManagementApi.ClientId, FakeManagementApi.ClientSecret), clock) { InnerHandler = new SocketsHttpHandler() })
        {
            BaseAddress = umbraco.BaseAddress,
        };
}
