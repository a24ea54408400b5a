using Academy.Content.Definitions;
using YamlDotNet.RepresentationModel;

namespace Academy.Content.Markdown;

/// <summary>
/// Reads a quiz.yml or practice.yml into a definition, keeping each question's and field's line.
/// It only reads: which fields a quiz may have and what they may say is the validators' business,
/// so every content source is judged alike. It reports only what it cannot read at all, such as a
/// list where one value belongs.
/// </summary>
internal static class QuizFile
{
    public const string ModuleFileName = "quiz.yml";
    public const string PracticeFileName = "practice.yml";

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
            fields.Lines)
        {
            Mode = fields.Text("mode"),
            Draw = fields.Text("draw"),
            Shuffle = fields.Text("shuffle"),
            Scoring = fields.Text("scoring"),
            Attempts = fields.Text("attempts"),
            Cooldown = fields.Text("cooldown"),
            Grading = fields.Text("grading"),
            Feedback = fields.Text("feedback"),
            TimeLimit = fields.Text("timeLimit"),
            Review = ReadReview(fields, path, errors),
        };
    }

    private static ReviewDefinition? ReadReview(YamlFields quiz, string path, List<ContentError> errors)
    {
        switch (quiz.Node("review"))
        {
            case null:
                return null;
            case YamlScalarNode scalar when YamlFields.ScalarText(scalar) is null:
                return null;
            case YamlMappingNode mapping:
                var fields = new YamlFields(mapping, path, 0, errors);
                return new ReviewDefinition(
                    fields.Text("score"),
                    fields.Text("correctness"),
                    fields.Text("answers"),
                    fields.Text("explanations"),
                    new SourceLocation(path, quiz.Lines.GetValueOrDefault("review", quiz.LineOf(mapping))),
                    fields.Lines);
            case var other:
                errors.Add(new ContentError(path, quiz.LineOf(other), "'review' braucht Felder wie 'answers: after-pass' in den Zeilen darunter"));
                return null;
        }
    }

    private static List<QuestionDefinition>? ReadQuestions(YamlFields quiz, string path, List<ContentError> errors) =>
        YamlFields.ReadMappings(quiz, "questions", "'questions' muss eine Liste sein, jeder Eintrag beginnt mit '- type: ...'", path, errors, (number, fields, line) =>
            ReadQuestion(number, fields, line, path, errors),
            number => $"Frage {number}: erwartet werden Felder wie 'type:', 'prompt:' und 'answer:'");

    private static QuestionDefinition ReadQuestion(int number, YamlFields fields, int line, string path, List<ContentError> errors)
    {
        var prefix = $"Frage {number}:";
        return new QuestionDefinition(
            number,
            fields.Text("type"),
            fields.Text("prompt"),
            fields.Text("explanation"),
            new SourceLocation(path, line),
            fields.Lines)
        {
            Id = fields.Text("id"),
            Shuffle = fields.Text("shuffle"),
            Options = ReadTexts(fields, "options", $"{prefix} 'options' muss eine Liste sein, eine Zeile '- ' je Option", path, errors),
            Answer = ReadAnswer(fields, $"{prefix} 'answer' muss ein Wert oder eine Liste von Werten sein", path, errors),
            Typos = fields.Text("typos"),
            Tolerance = fields.Text("tolerance"),
            Unit = fields.Text("unit"),
            Items = ReadTexts(fields, "items", $"{prefix} 'items' muss eine Liste sein, eine Zeile '- ' je Element", path, errors),
            Pairs = YamlFields.ReadMappings(fields, "pairs", $"{prefix} 'pairs' muss eine Liste sein, jeder Eintrag beginnt mit '- left: ...'", path, errors,
                (pair, pairFields, pairLine) => new PairDefinition(pair, pairFields.Text("left"), pairFields.Text("right"), new SourceLocation(path, pairLine), pairFields.Lines),
                pair => $"{prefix} Paar {pair}: erwartet werden die Felder 'left:' und 'right:'"),
            Distractors = ReadTexts(fields, "distractors", $"{prefix} 'distractors' muss eine Liste sein, eine Zeile '- ' je Option", path, errors),
            Text = fields.Text("text"),
            Gaps = YamlFields.ReadMappings(fields, "gaps", $"{prefix} 'gaps' muss eine Liste sein, jeder Eintrag beginnt mit '- answer: ...' oder '- options: ...'", path, errors,
                (gap, gapFields, gapLine) => new GapDefinition(
                    gap,
                    ReadAnswer(gapFields, $"{prefix} Lücke {gap}: 'answer' muss ein Wert oder eine Liste von Werten sein", path, errors),
                    ReadTexts(gapFields, "options", $"{prefix} Lücke {gap}: 'options' muss eine Liste sein, eine Zeile '- ' je Option", path, errors),
                    gapFields.Text("typos"),
                    new SourceLocation(path, gapLine),
                    gapFields.Lines),
                gap => $"{prefix} Lücke {gap}: erwartet werden Felder wie 'answer:' oder 'options:'"),
        };
    }

    /// <summary>A list of texts; an entry that is not a single value reads as empty, which the validator reports.</summary>
    private static List<string>? ReadTexts(YamlFields fields, string field, string notAList, string path, List<ContentError> errors)
    {
        switch (fields.Node(field))
        {
            case null:
                return null;
            case YamlSequenceNode sequence:
                return [.. sequence.Children.Select(item => item is YamlScalarNode scalar ? YamlFields.ScalarText(scalar) ?? "" : "")];
            case YamlScalarNode scalar when YamlFields.ScalarText(scalar) is null:
                return [];
            case var other:
                errors.Add(new ContentError(path, fields.LineOf(other), notAList));
                return [];
        }
    }

    private static AnswerDefinition? ReadAnswer(YamlFields fields, string notReadable, string path, List<ContentError> errors)
    {
        switch (fields.Node("answer"))
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                var text = YamlFields.ScalarText(scalar);
                return text is null ? null : new AnswerDefinition([text], IsList: false);
            case YamlSequenceNode sequence:
                return new AnswerDefinition([.. sequence.Children.Select(item => item is YamlScalarNode scalar ? YamlFields.ScalarText(scalar) ?? "" : "")], IsList: true);
            case var other:
                errors.Add(new ContentError(path, fields.LineOf(other), notReadable));
                return new AnswerDefinition([], IsList: true);
        }
    }
}
