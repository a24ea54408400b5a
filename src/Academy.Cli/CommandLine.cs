using Academy.Cli.Commands;

namespace Academy.Cli;

/// <summary>Dispatches the command line. Exit codes: 0 fine, 1 the command found problems, 2 usage.</summary>
public static class CommandLine
{
    public const int UsageExitCode = 2;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error) =>
        args switch
        {
            ["validate", var folder] => new ValidateCommand().Run(folder, output),
            ["content", "push", ..] when ContentArguments.Parse([.. args.Skip(2)], [ContentPushCommand.UmbracoOption, ContentPushCommand.ParentOption], [ContentPushCommand.PublishFlag, ContentPushCommand.DryRunFlag]) is { } push =>
                await ContentPushCommand.RunAsync(push, CliSettings.Load(), output, IsTerminal(output)),
            ["content", "pull", ..] when ContentArguments.Parse([.. args.Skip(2)], [ContentPullCommand.UmbracoOption, ContentPullCommand.StartItemOption], []) is { } pull =>
                await ContentPullCommand.RunAsync(pull, CliSettings.Load(), output),
            ["payments", "reconcile"] => await ReconcileCommand.RunAsync(ReconcileCommand.DefaultPeriod, output, error),
            ["payments", "reconcile", "--since", var period] when ReconcileCommand.TryParsePeriod(period, out var since) =>
                await ReconcileCommand.RunAsync(since, output, error),
            _ => PrintUsage(error),
        };

    /// <summary>A progress bar only for a person at a terminal; tests and CI logs get plain lines.</summary>
    private static bool IsTerminal(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;

    private static int PrintUsage(TextWriter error)
    {
        error.WriteLine("""
            Usage: academy <command>

            Commands:
              validate <folder>                 Check a content folder (for example: validate content).
                                                Prints every problem as file:line: message and exits 1,
                                                or prints a summary and exits 0.
              content push <folder> [--umbraco <url>] [--parent <id>] [--publish] [--dry-run]
                                                Validate the folder, then create or update its documents in
                                                Umbraco through the Management API, keyed by stable ids, so a
                                                re-run updates instead of copying. --publish publishes what
                                                changed, --dry-run prints the plan and writes nothing. Needs
                                                Academy__Umbraco__ClientId (umbraco-back-office-…) and
                                                Academy__Umbraco__ClientSecret of an API user in the environment.
              content pull <folder> [--umbraco <url>] [--start-item <id or path>]
                                                Read the published content through the Delivery API and write
                                                it into a new folder in the Markdown format. Sends
                                    Academy__Umbraco__ApiKey when set (PublicAccess off).
                                                --umbraco and --start-item default to Academy:Umbraco:DeliveryApiUrl
                                                and StartItem (umbraco.config.json, environment).
              payments reconcile [--since 3d]   Fulfil every paid Checkout Session of the period (d, h or m)
                                                whose webhook never arrived. Reads the site's settings
                                                (ConnectionStrings:Academy, Stripe:SecretKey) from the environment.
            """);
        return UsageExitCode;
    }
}
