using Academy.Cli.Commands;
using Academy.Cli.Umbraco;
using Academy.Content.Umbraco;
using Academy.Umbraco.Fakes;

namespace Academy.Cli.Tests.Commands;

/// <summary>Runs <c>content push</c> with plain output, as CI sees it, and returns what it printed.</summary>
internal static class PushRun
{
    public static readonly ManagementCredentials Credentials = new(FakeManagementApi.ClientId, FakeManagementApi.ClientSecret);

    public static async Task<(int ExitCode, string Output)> RunAsync(ContentPushCommand.Options options, ManagementCredentials? credentials)
    {
        var output = new StringWriter();
        var exitCode = await ContentPushCommand.RunAsync(options, credentials, UmbracoAliases.Default, output, interactive: false, TimeProvider.System);
        return (exitCode, output.ToString());
    }
}
