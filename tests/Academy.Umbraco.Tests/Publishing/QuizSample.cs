using System.Text;
using Academy.Content.Umbraco;
using Umbraco.Cms.Core.Models;

namespace Academy.Umbraco.Tests.Publishing;

/// <summary>A quiz written once and kept both ways: as a module's quiz.yml and as an Academy quiz document below a module.</summary>
public sealed record QuizSample(string? Title, int? Pass, IReadOnlyList<QuestionSample> Questions)
{
    public static QuestionSample Single(string prompt, int? answer, params string[] options) =>
        new("single", prompt, "Weil es so ist.", options, answer is null ? null : [answer.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    public static QuestionSample TrueFalse(string prompt, bool answer) =>
        new("truefalse", prompt, "Weil es so ist.", null, [answer ? "true" : "false"]);

    public string Yaml()
    {
        var yaml = new StringBuilder();
        if (Title is not null)
        {
            yaml.Append("title: ").AppendLine(Title);
        }

        if (Pass is not null)
        {
            yaml.Append("pass: ").Append(Pass.Value).AppendLine();
        }

        yaml.AppendLine("questions:");
        foreach (var question in Questions)
        {
            yaml.Append("  - type: ").AppendLine(question.Type);
            yaml.Append("    prompt: ").AppendLine(question.Prompt);
            if (question.Options is not null)
            {
                yaml.AppendLine("    options:");
                foreach (var option in question.Options)
                {
                    yaml.Append("      - ").AppendLine(option);
                }
            }

            if (question.Answer is not null)
            {
                yaml.Append("    answer: ").AppendLine(question.Answer.Count == 1 ? question.Answer[0] : $"[{string.Join(", ", question.Answer)}]");
            }

            yaml.Append("    explanation: ").AppendLine(question.Explanation);
        }

        return yaml.ToString();
    }

    /// <summary>The quiz as a document below a module, with its values stored as Umbraco stores them.</summary>
    public IContent Document(UmbracoSite site, IContent module) =>
        site.Document(ContentTypeRole.Quiz, "Quiz", module, new Dictionary<string, object?>
        {
            ["title"] = Title,
            ["pass"] = Pass,
            ["questions"] = StoredBlocks.Of(site, ContentTypeRole.Question, [.. Questions.Select(question => question.StoredValues())]),
        });
}

public sealed record QuestionSample(string Type, string Prompt, string Explanation, IReadOnlyList<string>? Options, IReadOnlyList<string>? Answer)
{
    /// <summary>A dropdown keeps its choice as a list, a text list its lines; missing fields are not stored at all.</summary>
    public Dictionary<string, object?> StoredValues()
    {
        var values = new Dictionary<string, object?> { ["type"] = new[] { Type }, ["prompt"] = Prompt, ["explanation"] = Explanation };
        if (Options is not null)
        {
            values["options"] = string.Join("\n", Options);
        }

        if (Answer is not null)
        {
            values["answer"] = string.Join("\n", Answer);
        }

        return values;
    }
}
