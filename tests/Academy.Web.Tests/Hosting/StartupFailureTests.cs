using System.Diagnostics;

namespace Academy.Web.Tests.Hosting;

public sealed class StartupFailureTests
{
    [Fact]
    public async Task A_site_started_on_broken_content_exits_1_and_lists_the_errors_without_a_stack_trace()
    {
        using var site = new AcademySite(editContent: content =>
        {
            var lesson = Directory.GetFiles(Path.Combine(content, "courses"), "*.md", SearchOption.AllDirectories).First(f => !f.EndsWith("course.md", StringComparison.Ordinal) && !f.EndsWith("module.md", StringComparison.Ordinal));
            File.WriteAllText(lesson, "---\ntitle: Kaputt\nminutes: [5\n---\nText.");
        });

        var (exitCode, output) = await RunSiteAsync(site.Root, site.ContentPath);

        Assert.Equal(1, exitCode);
        Assert.Contains(":3: fehlerhaftes YAML", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunSiteAsync(string root, string content)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "Academy.Web.dll"),
            "--environment", "Development",
            "--urls", "http://127.0.0.1:0",
            "--contentRoot", root,
            "--Academy:Content:Path", content,
            "--ConnectionStrings:Academy", $"Data Source={Path.Combine(root, "startup.db")}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output + await error);
    }
}
