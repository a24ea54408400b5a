using System.Text.Json;
using Academy.Content;

namespace Academy.Cli.Tests;

public sealed class CliSettingsTests
{
    [Fact]
    public void The_cli_reads_the_umbraco_settings_of_umbraco_config_json_at_the_repo_root()
    {
        var file = RepositoryRoot.FindUmbracoConfig(AppContext.BaseDirectory)!;
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var umbraco = json.RootElement.GetProperty("Academy").GetProperty("Umbraco");

        var settings = CliSettings.Umbraco(CliSettings.Load());

        Assert.Equal(umbraco.GetProperty("DeliveryApiUrl").GetString(), settings.DeliveryApiUrl);
        Assert.Equal(umbraco.GetProperty("StartItem").GetString(), settings.StartItem);
        Assert.Equal(umbraco.GetProperty("PageSize").GetInt32(), settings.PageSize);
    }
}
