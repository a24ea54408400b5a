using Academy.Content.Definitions;
using YamlDotNet.RepresentationModel;

namespace Academy.Content.Markdown;

/// <summary>Reads a module's quiz.yml into a definition, keeping each question's and field's line.</summary>
internal static class QuizFile
{
    public static QuizDefinition? Read(string text, string path, List<ContentError> errors)
    {
        var fields = YamlDocument.ReadMapping(text, path, lineOffset: 0, errors);
        if (fields is null)
        {
            return null;
        }

        return new QuizDefinition(
            fields.Text("title"),
            fields.Text("pass"),
            ReadQuestions(fields, path, errors),
            new SourceLocation(path, 1),
            fields.Lines);
    }

    private static List<QuestionDefinition>? ReadQuestions(YamlFields quiz, string path, List<ContentError> errors)
    {
        switch (quiz.Node("questions"))
        {
            case null:
                return null;
            case YamlScalarNode scalar when YamlFields.ScalarText(scalar) is null:
                return [];
            case YamlSequenceNode sequence:
                var questions = new List<QuestionDefinition>();
                foreach (var item in sequence.Children)
                {
                    var number = questions.Count + 1;
                    if (item is YamlMappingNode mapping)
                    {
                        questions.Add(ReadQuestion(number, new YamlFields(mapping, path, 0, errors), quiz.LineOf(item), path, errors));
                    }
                    else
                    {
                        errors.Add(new ContentError(path, quiz.LineOf(item), $"question {number}: expected fields like 'type:', 'prompt:' and 'answer:'"));
                    }
                }

                return questions;
            case var other:
                errors.Add(new ContentError(path, quiz.LineOf(other), "questions must be a list, each item starting with '- type: ...'"));
                return [];
        }
    }

    private static QuestionDefinition ReadQuestion(int number, YamlFields fields, int line, string path, List<ContentError> errors) =>
        new(
            number,
            fields.Text("type"),
            fields.Text("prompt"),
            ReadOptions(number, fields, path, errors),
            ReadAnswer(number, fields, path, errors),
            fields.Text("explanation"),
            new SourceLocation(path, line),
            fields.Lines);

    private static List<string>? ReadOptions(int number, YamlFields fields, string path, List<ContentError> errors)
    {
        switch (fields.Node("options"))
        {
            case null:
                return null;
            case YamlSequenceNode sequence:
                return [.. sequence.Children.Select(option => option is YamlScalarNode scalar ? YamlFields.ScalarText(scalar) ?? "" : "")];
            case YamlScalarNode scalar when YamlFields.ScalarText(scalar) is null:
                return [];
            case var other:
                errors.Add(new ContentError(path, fields.LineOf(other), $"question {number}: options must be a list, one '- ' line per option"));
                return [];
        }
    }

    private static AnswerDefinition? ReadAnswer(int number, YamlFields fields, string path, List<ContentError> errors)
    {
        switch (fields.Node("answer"))
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                var text = YamlFields.ScalarText(scalar);
                return text is null ? null : new AnswerDefinition([text], IsList: false);
            case YamlSequenceNode sequence:
                return new AnswerDefinition([.. sequence.Children.Select(index => index is YamlScalarNode item ? item.Value ?? "" : "")], IsList: true);
            case var other:
                errors.Add(new ContentError(path, fields.LineOf(other), $"question {number}: answer must be an option index or a list of them"));
                return new AnswerDefinition([], IsList: true);
        }
    }
}
