using System.Net;
using System.Text.RegularExpressions;

namespace Academy.Web.Tests.Pages;

/// <summary>Answer keys never leave the server: the attempt page of every question type is the same whatever the right answer is.</summary>
public sealed partial class QuizIntegrityTests
{
    private const string QuizUrl = "/courses/testkurs/quiz/grundlagen";

    [Fact]
    public async Task Every_question_type_renders_the_same_html_whichever_answer_is_right()
    {
        var first = await AttemptHtml(AllTypes(single: 0, multiple: "[0, 1]", isTrue: "true", text: "Zielgruppe", number: "30", order: ["Antworten", "Posten", "Planen"], match: ("Bilder", "Fachtexte"), cloze: ("30", 0)));
        var second = await AttemptHtml(AllTypes(single: 2, multiple: "[2]", isTrue: "false", text: "Reichweite", number: "45", order: ["Planen", "Antworten", "Posten"], match: ("Fachtexte", "Bilder"), cloze: ("60", 1)));

        Assert.Equal(first, second);
        foreach (var field in new[] { "name=\"q1\"", "name=\"q3\"", "name=\"q5\"", "name=\"q6.0\"", "name=\"q7.1\"", "name=\"q8.2\"" })
        {
            Assert.Contains(field, first, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_question_type_is_graded_through_the_form()
    {
        using var site = new AcademySite(Write(AllTypes(single: 0, multiple: "[0, 1]", isTrue: "true", text: "Zielgruppe", number: "30", order: ["Antworten", "Posten", "Planen"], match: ("Bilder", "Fachtexte"), cloze: ("30", 0))));
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("types@example.com");
        var quiz = await browser.StartQuizAsync(QuizUrl);

        var response = await browser.SubmitAsync(quiz,
        [
            quiz.Choice("Eins"),
            quiz.Choice("Alpha"), quiz.Choice("Beta"),
            quiz.Choice("Richtig"),
            new("q4", " „zielgruppe“ "),
            new("q5", "30,0"),
            quiz.Selection("Antworten", "1."), quiz.Selection("Posten", "2."), quiz.Selection("Planen", "3."),
            quiz.Selection("Instagram", "Bilder"), quiz.Selection("LinkedIn", "Fachtexte"),
            new("q8.1", "30"), new("q8.2", "0"),
        ]);
        var result = await browser.FollowAsync(response);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("100 %", result.Document.QuerySelector(".score")!.TextContent.Trim());
    }

    private static async Task<string> AttemptHtml(string quizYaml)
    {
        using var site = new AcademySite(Write(quizYaml));
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("same-types@example.com");
        var page = await browser.StartQuizAsync(QuizUrl);
        return Tokens().Replace(page.Html, "TOKEN");
    }

    private static Action<string> Write(string yaml) => content =>
        File.WriteAllText(Path.Combine(content, "courses", "testkurs", "01-grundlagen", "quiz.yml"), yaml);

    private static string AllTypes(int single, string multiple, string isTrue, string text, string number, string[] order, (string Instagram, string LinkedIn) match, (string Minutes, int Channels) cloze) =>
        $$"""
        title: "Quiz: Grundlagen"
        pass: 50
        shuffle: false
        questions:
          - type: single
            prompt: "Welche Option?"
            options: ["Eins", "Zwei", "Drei"]
            answer: {{single}}
            explanation: "Weil."
          - type: multiple
            prompt: "Welche Optionen?"
            options: ["Alpha", "Beta", "Gamma"]
            answer: {{multiple}}
            explanation: "Weil."
          - type: truefalse
            prompt: "Stimmt das?"
            answer: {{isTrue}}
            explanation: "Weil."
          - type: text
            prompt: "Wen willst du erreichen?"
            answer: ["{{text}}"]
            explanation: "Weil."
          - type: number
            prompt: "Wie viele Minuten?"
            answer: {{number}}
            unit: "Minuten"
            explanation: "Weil."
          - type: order
            prompt: "In welcher Reihenfolge?"
            items: ["{{order[0]}}", "{{order[1]}}", "{{order[2]}}"]
            explanation: "Weil."
          - type: match
            prompt: "Was passt?"
            pairs:
              - left: "Instagram"
                right: "{{match.Instagram}}"
              - left: "LinkedIn"
                right: "{{match.LinkedIn}}"
            explanation: "Weil."
          - type: cloze
            prompt: "Fülle die Lücken."
            text: "Plane {1} Minuten für {2} Kanal."
            gaps:
              - answer: ["{{cloze.Minutes}}"]
              - options: ["einen", "drei"]
                answer: {{cloze.Channels}}
            explanation: "Weil."
        """;

    [GeneratedRegex("(name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"|\\?v=[A-Za-z0-9_-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")]
    private static partial Regex Tokens();
}
