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
            ["payments", "reconcile"] => await ReconcileCommand.RunAsync(ReconcileCommand.DefaultPeriod, output, error),
            ["payments", "reconcile", "--since", var period] when ReconcileCommand.TryParsePeriod(period, out var since) =>
                await ReconcileCommand.RunAsync(since, output, error),
            _ => PrintUsage(error),
        };

    private static int PrintUsage(TextWriter error)
    {
        error.WriteLine("""
            Usage: academy <command>

            Commands:
              validate <folder>                 Check a content folder (for example: validate content).
                                                Prints every problem as file:line: message and exits 1,
                                                or prints a summary and exits 0.
              payments reconcile [--since 3d]   Fulfil every paid Checkout Session of the period (d, h or m)
                                                whose webhook never arrived. Reads the site's settings
                                                (ConnectionStrings:Academy, Stripe:SecretKey) from the environment.
            """);
        return UsageExitCode;
    }
}
