using System.Globalization;
using Academy.Content.Markdown;

namespace Academy.Cli.Commands;

/// <summary>`validate &lt;folder&gt;`: the editor's check before committing content.</summary>
public sealed class ValidateCommand
{
    public int Run(string folder, TextWriter output)
    {
        if (!Directory.Exists(folder))
        {
            output.WriteLine($"{folder}: the folder does not exist; pass the content folder, for example: validate content");
            return 1;
        }

        var result = MarkdownFolderSource.Load(folder);
        if (!result.Succeeded)
        {
            // Paths are printed as the user wrote the folder, so file:line is clickable in their terminal.
            foreach (var error in result.Errors)
            {
                output.WriteLine(error.Under(folder));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Errors.Count} error(s)."));
            return 1;
        }

        var catalogue = result.Catalogue!;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"OK: {catalogue.Courses.Count} courses, {catalogue.ModuleCount} modules, {catalogue.LessonCount} lessons, {catalogue.QuizCount} quizzes, {catalogue.Courses.Count(course => course.Practice is not null)} practice pools, {catalogue.Packages.Count} packages, {catalogue.Assessments.Count} assessments, {catalogue.TotalMinutes} minutes in total."));
        return 0;
    }
}
