using Academy.Cli.Commands;

namespace Academy.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "academy-cli-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_good_folder_prints_the_summary_and_exits_0()
    {
        WriteGoodCourse();
        var output = new StringWriter();

        var exitCode = new ValidateCommand().Run(root, output);

        Assert.Equal(0, exitCode);
        Assert.Equal("OK: 1 courses, 2 modules, 3 lessons, 1 quizzes, 0 practice pools, 0 packages, 0 assessments, 11 minutes in total.", output.ToString().Trim());
    }

    [Fact]
    public void The_summary_counts_the_packages_of_packages_yml()
    {
        WriteGoodCourse();
        Write("packages.yml", Packages("strategie", "starter-paket"));
        var output = new StringWriter();

        var exitCode = new ValidateCommand().Run(root, output);

        Assert.Equal(0, exitCode);
        Assert.Equal("OK: 1 courses, 2 modules, 3 lessons, 1 quizzes, 0 practice pools, 2 packages, 0 assessments, 11 minutes in total.", output.ToString().Trim());
    }

    [Fact]
    public void The_summary_counts_the_assessments()
    {
        WriteGoodCourse();
        Write("assessments/check.yml", """
            title: Check
            outcomes:
              - key: strategie
                title: Strategie
                text: Dir fehlt ein Plan.
                recommend: [strategie]
                reason: Der Kurs hilft.
              - key: ruhe
                title: Ruhe
                text: Alles gut.
                recommend: [strategie]
                reason: Zum Auffrischen.
            questions:
              - prompt: Hast du einen Plan?
                options:
                  - { text: Nein, weights: { strategie: 2 } }
                  - { text: Ja, weights: { ruhe: 1 } }
            """);
        var output = new StringWriter();

        var exitCode = new ValidateCommand().Run(root, output);

        Assert.Equal(0, exitCode);
        Assert.Equal("OK: 1 courses, 2 modules, 3 lessons, 1 quizzes, 0 practice pools, 0 packages, 1 assessments, 11 minutes in total.", output.ToString().Trim());
    }

    [Fact]
    public void A_course_in_no_package_is_printed_on_its_course_md_and_exits_1()
    {
        WriteGoodCourse();
        Write("courses/zeit/course.md", "---\ntitle: Zeit\nsummary: S.\n---\n");
        Write("courses/zeit/01-m/module.md", "---\ntitle: M\n---\n");
        Write("courses/zeit/01-m/01-l.md", "---\ntitle: L\nminutes: 3\n---\nText.\n");
        Write("packages.yml", Packages("strategie"));
        var output = new StringWriter();

        var exitCode = new ValidateCommand().Run(root, output);

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [$"{root}/courses/zeit/course.md:1: Der Kurs 'zeit' steht in keinem Paket in packages.yml, also kann ihn niemand kaufen", "1 error(s)."],
            output.ToString().TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public void A_broken_folder_prints_file_line_message_prefixed_with_the_folder_as_given_and_exits_1()
    {
        WriteGoodCourse();
        Write("courses/strategie/01-ziele/quiz.yml", "title: Quiz\npass: 70\nquestions:\n  - type: single\n    prompt: P?\n    options: [a, b]\n    answer: 2\n    explanation: E.\n");
        Write("courses/strategie/02-plan/01-woche.md", "---\ntitle: Woche\nminutes: 45\n---\nText.\n");
        var output = new StringWriter();

        var exitCode = new ValidateCommand().Run(root + "/", output);

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                $"{root}/courses/strategie/01-ziele/quiz.yml:7: Frage 1: die Antwort 2 passt zu keiner Option; es gibt 2 Optionen (0-1)",
                $"{root}/courses/strategie/02-plan/01-woche.md:3: 'minutes' muss eine ganze Zahl von 1 bis 30 sein, nicht '45'",
                "2 error(s).",
            ],
            output.ToString().TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public void A_relative_folder_keeps_its_relative_prefix()
    {
        WriteGoodCourse();
        Write("courses/strategie/course.md", "---\ntitle: Strategie\n---\n");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, root);
        var output = new StringWriter();

        var exitCode = new ValidateCommand().Run(relative, output);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"{relative}/courses/strategie/course.md:1: 'summary' fehlt oder ist leer", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_does_not_exist_exits_1_with_a_clear_message()
    {
        var output = new StringWriter();

        var exitCode = new ValidateCommand().Run(root, output);

        Assert.Equal(1, exitCode);
        Assert.Contains("the folder does not exist", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("validate")]
    [InlineData("publish", "content")]
    [InlineData("validate", "a", "b")]
    [InlineData("payments", "reconcile", "--since", "drei Tage")]
    [InlineData("content", "push")]
    [InlineData("content", "push", "a", "b")]
    [InlineData("content", "push", "content", "--umbraco")]
    [InlineData("content", "push", "content", "--publish", "--publish")]
    [InlineData("content", "pull", "--umbraco", "https://cms.example.com")]
    [InlineData("content", "pull", "out", "--publish")]
    public async Task An_unknown_command_or_missing_folder_prints_usage_and_exits_2(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await CommandLine.RunAsync(args, output, error);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("Usage: academy", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private void WriteGoodCourse()
    {
        Write("courses/strategie/course.md", "---\ntitle: Strategie\nsummary: S.\n---\nBeschreibung.\n");
        Write("courses/strategie/01-ziele/module.md", "---\ntitle: Ziele\n---\n");
        Write("courses/strategie/01-ziele/01-warum.md", "---\ntitle: Warum\nminutes: 5\npreview: true\n---\nText.\n");
        Write("courses/strategie/01-ziele/02-smart.md", "---\ntitle: Smart\n---\nKurzer Text.\n");
        Write("courses/strategie/01-ziele/quiz.yml", "title: Quiz\npass: 70\nquestions:\n  - type: single\n    prompt: P?\n    options: [a, b]\n    answer: 1\n    explanation: E.\n");
        Write("courses/strategie/02-plan/module.md", "---\ntitle: Plan\n---\n");
        Write("courses/strategie/02-plan/01-woche.md", "---\ntitle: Woche\nminutes: 5\n---\nText.\n");
    }

    /// <summary>Each package sells the course "strategie" for 49 €.</summary>
    private static string Packages(params string[] slugs) =>
        "packages:\n" + string.Concat(slugs.Select(slug =>
            $"  - slug: {slug}\n    title: {slug}\n    description: Ein Paket.\n    courses: [strategie]\n    price: 4900\n"));

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
