using Academy.Content.Definitions;
using YamlDotNet.RepresentationModel;

namespace Academy.Content.Markdown;

/// <summary>Reads packages.yml into definitions, keeping each package's, field's and course's line.</summary>
internal static class PackagesFile
{
    public const string FileName = "packages.yml";

    /// <summary>Returns null when the file is malformed; the reason is reported.</summary>
    public static PackagesDefinition? Read(string text, string path, List<ContentError> errors)
    {
        var fields = YamlDocument.ReadMapping(text, path, lineOffset: 0, errors);
        if (fields is null)
        {
            return null;
        }

        return new PackagesDefinition(ReadPackages(fields, path, errors), new SourceLocation(path, 1), fields.Lines);
    }

    private static List<PackageDefinition>? ReadPackages(YamlFields file, string path, List<ContentError> errors)
    {
        switch (file.Node("packages"))
        {
            case null:
                return null;
            case YamlScalarNode scalar when YamlFields.ScalarText(scalar) is null:
                return [];
            case YamlSequenceNode sequence:
                var packages = new List<PackageDefinition>();
                var number = 0;
                foreach (var item in sequence.Children)
                {
                    number++;
                    if (item is YamlMappingNode mapping)
                    {
                        packages.Add(ReadPackage(number, new YamlFields(mapping, path, 0, errors), file.LineOf(item), path, errors));
                    }
                    else
                    {
                        errors.Add(new ContentError(path, file.LineOf(item), $"Paket {number}: erwartet werden Felder wie 'slug:', 'title:' und 'price:'"));
                    }
                }

                return packages;
            case var other:
                errors.Add(new ContentError(path, file.LineOf(other), "'packages' muss eine Liste sein, jeder Eintrag beginnt mit '- slug: ...'"));
                return [];
        }
    }

    private static PackageDefinition ReadPackage(int number, YamlFields fields, int line, string path, List<ContentError> errors) =>
        new(
            number,
            fields.Text("slug"),
            fields.Text("title"),
            fields.Text("description"),
            ReadCourses(number, fields, path, errors),
            fields.Text("price"),
            fields.Text("stripePrice"),
            new SourceLocation(path, line),
            fields.Lines);

    private static List<CourseReference>? ReadCourses(int number, YamlFields fields, string path, List<ContentError> errors)
    {
        switch (fields.Node("courses"))
        {
            case null:
                return null;
            case YamlScalarNode scalar when YamlFields.ScalarText(scalar) is null:
                return [];
            case YamlSequenceNode sequence:
                var courses = new List<CourseReference>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode course && YamlFields.ScalarText(course) is { } slug && !string.IsNullOrWhiteSpace(slug))
                    {
                        courses.Add(new CourseReference(slug, new SourceLocation(path, fields.LineOf(item))));
                    }
                    else
                    {
                        errors.Add(new ContentError(path, fields.LineOf(item), $"Paket {number}: jeder Eintrag in 'courses' muss ein Kurs-Slug sein"));
                    }
                }

                return courses;
            case var other:
                errors.Add(new ContentError(path, fields.LineOf(other), $"Paket {number}: 'courses' muss eine Liste von Kurs-Slugs sein, wie [strategie, zeit]"));
                return [];
        }
    }
}
