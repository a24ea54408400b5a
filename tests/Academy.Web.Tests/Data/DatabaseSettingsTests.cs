namespace Academy.Web.Tests.Data;

public sealed class DatabaseSettingsTests
{
    [Fact]
    public void An_unsupported_database_provider_stops_the_site_and_names_the_setting()
    {
        using var site = new AcademySite(settings: new Dictionary<string, string> { ["Academy:Database:Provider"] = "Oracle" });

        var failure = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("Academy:Database:Provider must be 'Sqlite'", failure.Message, StringComparison.Ordinal);
    }
}
