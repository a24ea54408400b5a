using Academy.Cli.Commands;

namespace Academy.Cli;

/// <summary>Dispatches the command line. Exit codes: 0 fine, 1 the command found problems, 2 usage.</summary>
public static class CommandLine
{
    public const int UsageExitCode = 2;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error) =>
        args switch
        {
            ["validate", var folder] => new ValidateCommand().Run(folder, output),
            _ => PrintUsage(error),
        };

    private static int PrintUsage(TextWriter error)
    {
        error.WriteLine("""
            Usage: academy <command>

            Commands:
              validate <folder>   Check a content folder (for example: validate content).
                                  Prints every problem as file:line: message and exits 1,
                                  or prints a summary and exits 0.
            """);
        return UsageExitCode;
    }
}
