using Academy.Content.Definitions;
using YamlDotNet.RepresentationModel;

namespace Academy.Content.Markdown;

/// <summary>Reads assessments/&lt;slug&gt;.yml into a definition, keeping each item's and field's line.</summary>
internal static class AssessmentFile
{
    public const string FolderName = "assessments";
    public const string Extension = ".yml";

    /// <summary>Returns null when the file is malformed; the reason is reported.</summary>
    public static AssessmentDefinition? Read(string text, string slug, string path, List<ContentError> errors)
    {
        var fields = YamlDocument.ReadMapping(text, path, lineOffset: 0, errors);
        if (fields is null)
        {
            return null;
        }

        return new AssessmentDefinition(
            slug,
            fields.Text("title"),
            fields.Text("intro"),
            YamlFields.ReadMappings(fields, "outcomes", "'outcomes' muss eine Liste sein, jeder Eintrag beginnt mit '- key: ...'", path, errors,
                (number, item, line) => ReadOutcome(number, item, line, path, errors),
                number => $"Ergebnis {number}: erwartet werden Felder wie 'key:', 'title:' und 'text:'"),
            YamlFields.ReadMappings(fields, "questions", "'questions' muss eine Liste sein, jeder Eintrag beginnt mit '- prompt: ...'", path, errors,
                (number, item, line) => ReadQuestion(number, item, line, path, errors),
                number => $"Frage {number}: erwartet werden Felder wie 'prompt:' und 'options:'"),
            new SourceLocation(path, 1),
            fields.Lines);
    }

    private static OutcomeDefinition ReadOutcome(int number, YamlFields fields, int line, string path, List<ContentError> errors) =>
        new(
            number,
            fields.Text("key"),
            fields.Text("title"),
            fields.Text("text"),
            ReadRecommend(number, fields, path, errors),
            fields.Text("reason"),
            fields.Text("contact"),
            new SourceLocation(path, line),
            fields.Lines);

    private static AssessmentQuestionDefinition ReadQuestion(int number, YamlFields fields, int line, string path, List<ContentError> errors) =>
        new(
            number,
            fields.Text("id"),
            fields.Text("prompt"),
            YamlFields.ReadMappings(fields, "options", $"Frage {number}: 'options' muss eine Liste sein, jeder Eintrag beginnt mit '- text: ...'", path, errors,
                (option, item, optionLine) => ReadOption(number, option, item, optionLine, path, errors),
                option => $"Frage {number}, Option {option}: erwartet werden Felder wie 'text:' und 'weights:'"),
            new SourceLocation(path, line),
            fields.Lines);

    private static AssessmentOptionDefinition ReadOption(int question, int number, YamlFields fields, int line, string path, List<ContentError> errors) =>
        new(question, number, fields.Text("text"), ReadWeights(question, number, fields, path, errors), new SourceLocation(path, line), fields.Lines);

    private static List<WeightDefinition>? ReadWeights(int question, int option, YamlFields fields, string path, List<ContentError> errors)
    {
        switch (fields.Node("weights"))
        {
            case null:
                return null;
            case YamlScalarNode scalar when YamlFields.ScalarText(scalar) is null:
                return [];
            case YamlMappingNode mapping:
                var weights = new List<WeightDefinition>();
                foreach (var (key, value) in mapping.Children)
                {
                    var at = new SourceLocation(path, fields.LineOf(key));
                    if (key is YamlScalarNode { Value: { } outcome } && value is YamlScalarNode points)
                    {
                        weights.Add(new WeightDefinition(outcome, YamlFields.ScalarText(points), at));
                    }
                    else
                    {
                        errors.Add(new ContentError(path, at.Line, $"Frage {question}, Option {option}: jedes Gewicht ist ein Paar 'ergebnis: punkte', wie 'strategie: 2'"));
                    }
                }

                return weights;
            case var other:
                errors.Add(new ContentError(path, fields.LineOf(other), $"Frage {question}, Option {option}: 'weights' muss Ergebnis-keys mit Punkten nennen, wie '{{ strategie: 2, zeit: 1 }}'"));
                return [];
        }
    }

    private static List<SlugReference>? ReadRecommend(int number, YamlFields fields, string path, List<ContentError> errors)
    {
        switch (fields.Node("recommend"))
        {
            case null:
                return null;
            case YamlScalarNode scalar when YamlFields.ScalarText(scalar) is null:
                return [];
            case YamlSequenceNode sequence:
                var slugs = new List<SlugReference>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode entry && YamlFields.ScalarText(entry) is { } slug && !string.IsNullOrWhiteSpace(slug))
                    {
                        slugs.Add(new SlugReference(slug, new SourceLocation(path, fields.LineOf(item))));
                    }
                    else
                    {
                        errors.Add(new ContentError(path, fields.LineOf(item), $"Ergebnis {number}: jeder Eintrag in 'recommend' muss ein Kurs- oder Paket-Slug sein"));
                    }
                }

                return slugs;
            case var other:
                errors.Add(new ContentError(path, fields.LineOf(other), $"Ergebnis {number}: 'recommend' muss eine Liste von Kurs- oder Paket-Slugs sein, wie [strategie, starter-paket]"));
                return [];
        }
    }

}
