using Academy.Content.Definitions;
using Academy.Content.Markdown;
using Academy.Umbraco.Fakes;

namespace Academy.Content.Tests.Markdown;

public sealed class MarkdownFolderWriterTests
{
    private static readonly string RepoContent = RepositoryRoot.FindContentFolder(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("The repo's content/ folder was not found above the test binaries.");

    [Fact]
    public void The_content_folder_written_again_builds_the_same_catalogue()
    {
        using var copy = ContentFolder.Empty();
        var (definition, errors) = MarkdownFolderSource.Read(RepoContent);
        Assert.Empty(errors);

        var warnings = MarkdownFolderWriter.Write(definition, copy.Root);

        Assert.Empty(warnings);
        var original = MarkdownFolderSource.Load(RepoContent);
        var written = copy.Load();
        Assert.True(written.Succeeded, string.Join("\n", written.Errors));
        var expected = CatalogueShape.Of(original.Catalogue!);
        Assert.Equal(expected, CatalogueShape.Of(written.Catalogue!));
        Assert.Contains("ChoiceQuestion.right", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_that_yaml_would_read_otherwise_keep_their_meaning()
    {
        using var folder = ContentFolder.WithOneCourse()
            .With(ContentFolder.PracticeFile, """
                title: "null"
                pass: 60
                questions:
                  - type: multiple
                    prompt: "Welche: #1 oder [2]?"
                    options: ["~", "true", "- Liste", "Zeile eins\nZeile zwei"]
                    answer: [1]
                    explanation: "'Zitat' und \"mehr\"."
                  - type: cloze
                    prompt: Lücke
                    text: "Ein {1}."
                    gaps:
                      - answer: Wort
                    explanation: E.
                """);
        var (definition, errors) = MarkdownFolderSource.Read(folder.Root);
        Assert.Empty(errors);
        using var copy = ContentFolder.Empty();

        MarkdownFolderWriter.Write(definition, copy.Root);

        var practice = MarkdownFolderSource.Read(copy.Root).Definition.Courses.Single().Practice!;
        Assert.Equal("null", practice.Title);
        var question = practice.Questions![0];
        Assert.Equal("Welche: #1 oder [2]?", question.Prompt);
        Assert.Equal(["~", "true", "- Liste", "Zeile eins\nZeile zwei"], question.Options);
        Assert.Equal(new AnswerDefinition(["1"], IsList: true).Values, question.Answer!.Values);
        Assert.True(question.Answer.IsList);
        Assert.Equal("'Zitat' und \"mehr\".", question.Explanation);
        Assert.False(practice.Questions[1].Gaps![0].Answer!.IsList);
    }

    [Fact]
    public void A_rich_text_lesson_is_written_as_its_sanitised_html_with_a_warning()
    {
        var lesson = new LessonDefinition("warum", "Warum", "5", null, "", new SourceLocation("x", 0), new Dictionary<string, int>())
        {
            RichTextBody = "<p>Hallo <script>alert(1)</script><strong>Welt</strong></p>",
        };
        var module = new ModuleDefinition("ziele", "Ziele", null, [lesson], null, new SourceLocation("x", 0), new Dictionary<string, int>());
        var course = new CourseDefinition("strategie", "Strategie", "S.", null, "", [module], new SourceLocation("x", 0), new Dictionary<string, int>());
        using var folder = ContentFolder.Empty();

        var warnings = MarkdownFolderWriter.Write(new CatalogueDefinition([course]), folder.Root);

        Assert.Equal(["strategie/ziele/warum: the lesson is rich text, which has no exact Markdown form; it is written as its sanitised HTML in a fenced block. Rewrite it in Markdown."], warnings);
        var text = File.ReadAllText(folder.PathOf("courses/strategie/01-ziele/01-warum.md"));
        Assert.Contains("```html\n<p>Hallo <strong>Welt</strong></p>\n```", text, StringComparison.Ordinal);
        Assert.DoesNotContain("script", text, StringComparison.Ordinal);
    }
}
