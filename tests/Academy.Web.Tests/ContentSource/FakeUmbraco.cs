using System.Diagnostics;
using Academy.Content.Umbraco;
using Academy.Umbraco.Fakes;

namespace Academy.Web.Tests.ContentSource;

/// <summary>
/// The fake Delivery API holding the test content, with public access off as Academy requires,
/// a snapshot file, and the settings that point a site at them.
/// </summary>
internal sealed class FakeUmbraco : IAsyncDisposable
{
    public const string ApiKey = "delivery-key";

    private FakeUmbraco(FakeDeliveryApi api, string snapshotPath) => (Api, SnapshotPath) = (api, snapshotPath);

    public FakeDeliveryApi Api { get; }

    public string SnapshotPath { get; }

    public static async Task<FakeUmbraco> StartAsync()
    {
        var api = await FakeDeliveryApi.StartAsync(apiKey: ApiKey);
        api.LoadFolder(Path.Combine(AppContext.BaseDirectory, "TestContent"));
        return new FakeUmbraco(api, Path.Combine(Directory.CreateTempSubdirectory("academy-snapshot-").FullName, "umbraco-snapshot.json"));
    }

    /// <summary>Settings for a site on the Umbraco source, with the admin account seeded.</summary>
    public Dictionary<string, string> SiteSettings(string webhookSecret, string pollInterval = "00:10:00", FakeDeliveryApi? api = null) =>
        new(AcademySite.AdminSettings)
        {
            ["Academy:Content:Source"] = "Umbraco",
            ["Academy:Umbraco:DeliveryApiUrl"] = (api ?? Api).BaseAddress.ToString(),
            ["Academy:Umbraco:StartItem"] = FakeDeliveryApi.StartItemId.ToString(),
            ["Academy:Umbraco:ApiKey"] = ApiKey,
            ["Academy:Umbraco:WebhookSecret"] = webhookSecret,
            ["Academy:Umbraco:SnapshotPath"] = SnapshotPath,
            ["Academy:Umbraco:PollInterval"] = pollInterval,
        };

    public UmbracoDocument Lesson(string slug) =>
        Api.Documents.Single(document => document.Role == ContentTypeRole.Lesson && document.Slug == slug);

    /// <summary>Polls the condition until it holds or the time is up; then gives it one last look.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < within)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(25);
        }

        return await condition();
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(SnapshotPath)!, recursive: true);
    }
}
