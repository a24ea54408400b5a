using System.Globalization;
using Academy.Content.Definitions;
using Academy.Content.Rendering;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Academy.Content.Markdown;

/// <summary>
/// The reverse of <see cref="MarkdownFolderReader"/>: definitions written as a content folder
/// (content/README.md) that reads back into the same catalogue. Values stay the text they were,
/// so what the validator would report about them is reported about the written files too.
/// </summary>
/// <remarks>
/// Rich-text lessons have no lossless Markdown form. They are written as their sanitised HTML in a
/// fenced <c>html</c> block under a note, so nothing is lost and the lesson shows the editor what to
/// rewrite; each one is returned as a warning.
/// </remarks>
public static class MarkdownFolderWriter
{
    /// <summary>Writes <paramref name="definition"/> into <paramref name="folder"/>, replacing files of the same name.</summary>
    /// <returns>Warnings about what could not be written as it was: rich-text lessons.</returns>
    public static IReadOnlyList<string> Write(CatalogueDefinition definition, string folder)
    {
        var warnings = new List<string>();
        foreach (var course in definition.Courses)
        {
            WriteCourse(course, Path.Combine(folder, "courses", course.Slug), warnings);
        }

        if (definition.Packages is { } packages)
        {
            var root = new YamlMappingNode();
            Add(root, "packages", packages.Packages?.Select(Package));
            Save(Path.Combine(folder, PackagesFile.FileName), root);
        }

        foreach (var assessment in definition.Assessments ?? [])
        {
            Save(Path.Combine(folder, AssessmentFile.FolderName, assessment.Slug + AssessmentFile.Extension), Assessment(assessment));
        }

        return warnings;
    }

    private static void WriteCourse(CourseDefinition course, string directory, List<string> warnings)
    {
        WriteFrontMatter(Path.Combine(directory, "course.md"), new YamlMappingNode()
            .With("title", course.Title)
            .With("summary", course.Summary)
            .With("order", course.Order), course.Description);

        foreach (var (module, index) in course.Modules.Select((module, index) => (module, index)))
        {
            var moduleDirectory = Path.Combine(directory, Numbered(index, module.Slug));
            WriteFrontMatter(Path.Combine(moduleDirectory, "module.md"), new YamlMappingNode()
                .With("title", module.Title)
                .With("summary", module.Summary), "");

            foreach (var (lesson, number) in module.Lessons.Select((lesson, number) => (lesson, number)))
            {
                var file = Path.Combine(moduleDirectory, Numbered(number, lesson.Slug) + ".md");
                WriteFrontMatter(file, new YamlMappingNode()
                    .With("title", lesson.Title)
                    .With("minutes", lesson.Minutes)
                    .With("preview", lesson.Preview), LessonBody(lesson, $"{course.Slug}/{module.Slug}/{lesson.Slug}", warnings));
            }

            if (module.Quiz is { } quiz)
            {
                Save(Path.Combine(moduleDirectory, QuizFile.ModuleFileName), Quiz(quiz));
            }
        }

        if (course.Practice is { } practice)
        {
            Save(Path.Combine(directory, QuizFile.PracticeFileName), Quiz(practice));
        }
    }

    private static string LessonBody(LessonDefinition lesson, string path, List<string> warnings)
    {
        if (!string.IsNullOrWhiteSpace(lesson.Body) || string.IsNullOrWhiteSpace(lesson.RichTextBody))
        {
            return lesson.Body;
        }

        warnings.Add($"{path}: the lesson is rich text, which has no exact Markdown form; it is written as its sanitised HTML in a fenced block. Rewrite it in Markdown.");
        var html = RichTextRenderer.Render(lesson.RichTextBody).Html;
        return $"""
            > Diese Lektion war in Umbraco Rich Text. Ihr HTML steht unten; bitte als Markdown neu schreiben.

            ```html
            {html}
            ```

            """;
    }

    private static string Numbered(int index, string slug) => string.Create(CultureInfo.InvariantCulture, $"{index + 1:00}-{slug}");

    private static YamlMappingNode Quiz(QuizDefinition quiz)
    {
        var node = new YamlMappingNode()
            .With("title", quiz.Title)
            .With("pass", quiz.Pass)
            .With("mode", quiz.Mode)
            .With("draw", quiz.Draw)
            .With("shuffle", quiz.Shuffle)
            .With("scoring", quiz.Scoring)
            .With("attempts", quiz.Attempts)
            .With("cooldown", quiz.Cooldown)
            .With("grading", quiz.Grading)
            .With("feedback", quiz.Feedback)
            .With("timeLimit", quiz.TimeLimit);
        if (quiz.Review is { } review)
        {
            node.Add("review", new YamlMappingNode()
                .With("score", review.Score)
                .With("correctness", review.Correctness)
                .With("answers", review.Answers)
                .With("explanations", review.Explanations));
        }

        Add(node, "questions", quiz.Questions?.Select(Question));
        return node;
    }

    private static YamlMappingNode Question(QuestionDefinition question)
    {
        var node = new YamlMappingNode()
            .With("type", question.Type)
            .With("id", question.Id)
            .With("prompt", question.Prompt)
            .With("explanation", question.Explanation)
            .With("shuffle", question.Shuffle)
            .With("options", question.Options);
        AddAnswer(node, question.Answer);
        node.With("typos", question.Typos)
            .With("tolerance", question.Tolerance)
            .With("unit", question.Unit)
            .With("items", question.Items);
        Add(node, "pairs", question.Pairs?.Select(pair => new YamlMappingNode().With("left", pair.Left).With("right", pair.Right)));
        node.With("distractors", question.Distractors)
            .With("text", question.Text);
        Add(node, "gaps", question.Gaps?.Select(gap =>
        {
            var entry = new YamlMappingNode();
            AddAnswer(entry, gap.Answer);
            return entry.With("options", gap.Options).With("typos", gap.Typos);
        }));
        return node;
    }

    /// <summary><c>answer: 1</c> and <c>answer: [1]</c> mean different things to a 'multiple' question, so the form is kept.</summary>
    private static void AddAnswer(YamlMappingNode node, AnswerDefinition? answer)
    {
        if (answer is null)
        {
            return;
        }

        node.Add("answer", answer.IsList || answer.Values.Count != 1 ? Sequence(answer.Values) : Scalar(answer.Values[0]));
    }

    private static YamlMappingNode Package(PackageDefinition package) =>
        new YamlMappingNode()
            .With("slug", package.Slug)
            .With("title", package.Title)
            .With("description", package.Description)
            .With("courses", package.Courses?.Select(course => course.Slug).ToList())
            .With("price", package.Price)
            .With("stripePrice", package.StripePrice);

    private static YamlMappingNode Assessment(AssessmentDefinition assessment)
    {
        var node = new YamlMappingNode()
            .With("title", assessment.Title)
            .With("intro", assessment.Intro);
        Add(node, "outcomes", assessment.Outcomes?.Select(outcome => new YamlMappingNode()
            .With("key", outcome.Key)
            .With("title", outcome.Title)
            .With("text", outcome.Text)
            .With("recommend", outcome.Recommend?.Select(slug => slug.Slug).ToList())
            .With("reason", outcome.Reason)
            .With("contact", outcome.Contact)));
        Add(node, "questions", assessment.Questions?.Select(question =>
        {
            var entry = new YamlMappingNode().With("id", question.Id).With("prompt", question.Prompt);
            Add(entry, "options", question.Options?.Select(option =>
            {
                var optionNode = new YamlMappingNode().With("text", option.Text);
                if (option.Weights is { } weights)
                {
                    var mapping = new YamlMappingNode { Style = YamlDotNet.Core.Events.MappingStyle.Flow };
                    foreach (var weight in weights)
                    {
                        mapping.Add(Scalar(weight.OutcomeKey), weight.Points is null ? new YamlScalarNode("") : Scalar(weight.Points));
                    }

                    optionNode.Add("weights", mapping);
                }

                return optionNode;
            }));
            return entry;
        }));
        return node;
    }

    private static void Add(YamlMappingNode node, string field, IEnumerable<YamlMappingNode>? entries)
    {
        if (entries is not null)
        {
            node.Add(field, new YamlSequenceNode(entries));
        }
    }

    /// <summary>A missing value is left out, as the reader reads a missing field.</summary>
    private static YamlMappingNode With(this YamlMappingNode node, string field, string? value)
    {
        if (value is not null)
        {
            node.Add(field, Scalar(value));
        }

        return node;
    }

    private static YamlMappingNode With(this YamlMappingNode node, string field, IReadOnlyList<string>? values)
    {
        if (values is not null)
        {
            node.Add(field, Sequence(values));
        }

        return node;
    }

    private static YamlSequenceNode Sequence(IEnumerable<string> values) => new(values.Select(Scalar));

    /// <summary>
    /// Plain where YAML reads it back as the same text; quoted where a plain scalar would read as
    /// nothing (~, null, empty); a literal block for text of several lines, such as Markdown.
    /// </summary>
    private static YamlScalarNode Scalar(string value) => new(value)
    {
        Style = value.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.Literal
            : value is "" or "~" or "null" or "Null" or "NULL" ? ScalarStyle.DoubleQuoted
            : ScalarStyle.Any,
    };

    private static void WriteFrontMatter(string file, YamlMappingNode fields, string body)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, $"---\n{Yaml(fields)}---\n{body}");
    }

    private static void Save(string file, YamlMappingNode root)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, Yaml(root));
    }

    private static string Yaml(YamlMappingNode root)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        new YamlStream(new YamlDotNet.RepresentationModel.YamlDocument(root)).Save(writer, assignAnchors: false);
        var text = writer.ToString().ReplaceLineEndings("\n");

        // The stream ends its one document with "...", which front matter and readers do not need.
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^"...\n".Length] : text;
    }
}
