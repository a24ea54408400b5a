using System.Net;
using System.Text.Json;

namespace Academy.Web.Tests.Health;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_reports_the_database_and_the_loaded_courses()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();

        var response = await browser.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
        Assert.Equal(2, body.RootElement.GetProperty("courses").GetInt32());
    }
}
