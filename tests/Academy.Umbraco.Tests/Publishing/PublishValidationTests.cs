using Academy.Content.Markdown;
using Academy.Content.Umbraco;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;

namespace Academy.Umbraco.Tests.Publishing;

public sealed class PublishValidationTests
{
    private static readonly QuizSample GoodQuiz = new("Quiz – Ziele", 70,
    [
        QuizSample.Single("Welches Ziel ist SMART?", 1, "Mehr Follower.", "20 Anfragen bis März.", "Öfter posten."),
        QuizSample.TrueFalse("Ist Reichweite ein Ziel?", false),
    ]);

    [Fact]
    public async Task A_valid_quiz_is_published()
    {
        var site = await new UmbracoSite().WithAcademyTypes();

        var publishing = Publish(site, GoodQuiz.Document(site, Module(site)));

        Assert.False(publishing.Cancel);
        Assert.Empty(publishing.Messages.GetAll());
    }

    [Fact]
    public async Task A_lesson_without_a_title_is_stopped()
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var lesson = site.Document(ContentTypeRole.Lesson, "Warum", Module(site), new Dictionary<string, object?> { ["bodyMarkdown"] = "Text." });

        var publishing = Publish(site, lesson);

        Assert.True(publishing.Cancel);
        Assert.Equal(["'title' fehlt oder ist leer"], Messages(publishing));
    }

    [Fact]
    public async Task A_question_without_a_right_answer_is_stopped_with_its_number()
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var quiz = GoodQuiz with { Questions = [.. GoodQuiz.Questions, QuizSample.Single("Was zählt?", answer: null, "Likes", "Anfragen")] };

        var publishing = Publish(site, quiz.Document(site, Module(site)));

        Assert.True(publishing.Cancel);
        Assert.Equal(["Frage 3 hat keine richtige Antwort: 'answer' fehlt"], Messages(publishing));
    }

    [Fact]
    public async Task A_single_question_whose_answer_is_no_option_is_stopped()
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var quiz = GoodQuiz with { Questions = [QuizSample.Single("Welches Ziel ist SMART?", 5, "Mehr Follower.", "20 Anfragen bis März.", "Öfter posten.")] };

        var publishing = Publish(site, quiz.Document(site, Module(site)));

        Assert.Equal(["Frage 1: die Antwort 5 passt zu keiner Option; es gibt 3 Optionen (0-2)"], Messages(publishing));
    }

    [Fact]
    public async Task A_pass_mark_above_100_is_stopped()
    {
        var site = await new UmbracoSite().WithAcademyTypes();

        var publishing = Publish(site, (GoodQuiz with { Pass = 150 }).Document(site, Module(site)));

        Assert.Equal(["'pass' muss eine ganze Prozentzahl von 1 bis 100 sein, nicht '150'"], Messages(publishing));
    }

    [Fact]
    public async Task A_lesson_with_both_bodies_is_stopped()
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var lesson = site.Document(ContentTypeRole.Lesson, "Warum", Module(site), new Dictionary<string, object?>
        {
            ["title"] = "Warum",
            ["bodyMarkdown"] = "Text als **Markdown**.",
            ["bodyRichText"] = """{"markup":"<p>Text als Rich Text.</p>","blocks":null}""",
        });

        var publishing = Publish(site, lesson);

        Assert.Equal(["die Lektion hat Text in 'bodyMarkdown' und in 'bodyRichText'; behalte eines davon und leere das andere"], Messages(publishing));
    }

    [Fact]
    public async Task A_lesson_in_rich_text_alone_is_published()
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var lesson = site.Document(ContentTypeRole.Lesson, "Warum", Module(site), new Dictionary<string, object?>
        {
            ["title"] = "Warum",
            ["minutes"] = 5,
            ["preview"] = 1,
            ["bodyRichText"] = """{"markup":"<p>Text als Rich Text.</p>","blocks":null}""",
        });

        Assert.Empty(Messages(Publish(site, lesson)));
    }

    [Fact]
    public async Task Every_problem_is_listed_and_the_first_one_cancels()
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var quiz = new QuizSample(null, 0, [QuizSample.Single("Welches?", 3, "a", "b")]);

        var publishing = Publish(site, quiz.Document(site, Module(site)));

        Assert.True(publishing.Cancel);
        Assert.Equal(
            ["'title' fehlt oder ist leer", "'pass' muss eine ganze Prozentzahl von 1 bis 100 sein, nicht '0'", "Frage 1: die Antwort 3 passt zu keiner Option; es gibt 2 Optionen (0-1)"],
            Messages(publishing));
        Assert.All(publishing.Messages.GetAll(), message => Assert.Equal(EventMessageType.Error, message.MessageType));
        Assert.All(publishing.Messages.GetAll(), message => Assert.Equal("„Quiz“ wurde nicht veröffentlicht", message.Category));
    }

    [Fact]
    public async Task A_quiz_below_a_course_is_its_practice_pool()
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var course = site.Document(ContentTypeRole.Course, "Strategie", values: new Dictionary<string, object?> { ["title"] = "Strategie", ["summary"] = "Kurz." });
        var pool = GoodQuiz.Document(site, course);
        pool.SetValue("mode", """["exam"]""");

        var publishing = Publish(site, pool);

        Assert.Equal(["'mode' ist in practice.yml immer practice, nicht 'exam'; eine Prüfung gehört in die quiz.yml eines Moduls"], Messages(publishing));
    }

    [Fact]
    public async Task A_course_is_published_before_it_has_modules()
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var course = site.Document(ContentTypeRole.Course, "Strategie", values: new Dictionary<string, object?> { ["title"] = "Strategie", ["summary"] = "Kurz." });

        Assert.Empty(Messages(Publish(site, course)));
    }

    [Fact]
    public async Task The_start_node_and_the_package_folder_are_published_without_checks()
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var catalogue = site.Document(ContentTypeRole.Catalogue, "Academy");
        var folder = site.Document(ContentTypeRole.PackageFolder, "Pakete", catalogue);

        Assert.Empty(Messages(Publish(site, catalogue)));
        Assert.Empty(Messages(Publish(site, folder)));
    }

    [Fact]
    public async Task A_package_needs_courses_and_a_price()
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var course = site.Document(ContentTypeRole.Course, "Strategie", values: new Dictionary<string, object?> { ["title"] = "Strategie", ["summary"] = "Kurz." });
        course.Published = true;
        var empty = site.Document(ContentTypeRole.Package, "Starter", values: new Dictionary<string, object?> { ["title"] = "Starter", ["description"] = "Alles." });
        var complete = site.Document(ContentTypeRole.Package, "Starter", values: new Dictionary<string, object?>
        {
            ["title"] = "Starter",
            ["description"] = "Alles.",
            ["price"] = 4900,
            ["courses"] = $"umb://document/{course.Key:N}",
        });

        Assert.Equal(
            [
                "Paket 1: 'courses' fehlt oder ist leer; nenn die Slugs der Kurse, die es freischaltet, wie [strategie, zeit]",
                "Paket 1: 'price' fehlt oder ist leer; gib den Bruttopreis in Euro-Cent an, wie 4900 für 49 €",
            ],
            Messages(Publish(site, empty)));
        Assert.Empty(Messages(Publish(site, complete)));
    }

    [Fact]
    public async Task A_package_that_picks_an_unpublished_or_trashed_course_is_refused_with_the_course_named()
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var published = site.Document(ContentTypeRole.Course, "Strategie", values: new Dictionary<string, object?> { ["title"] = "Strategie", ["summary"] = "Kurz." });
        published.Published = true;
        var draft = site.Document(ContentTypeRole.Course, "Zeit sparen", values: new Dictionary<string, object?> { ["title"] = "Zeit sparen", ["summary"] = "Kurz." });
        var trashed = site.Document(ContentTypeRole.Course, "Reels", values: new Dictionary<string, object?> { ["title"] = "Reels", ["summary"] = "Kurz." });
        trashed.Published = true;
        ((global::Umbraco.Cms.Core.Models.Content)trashed).Trashed = true;
        var package = site.Document(ContentTypeRole.Package, "Komplett", values: new Dictionary<string, object?>
        {
            ["title"] = "Komplett",
            ["description"] = "Alles.",
            ["price"] = 9900,
            ["courses"] = $"umb://document/{published.Key:N},umb://document/{draft.Key:N},umb://document/{trashed.Key:N}",
        });

        var publishing = Publish(site, package);

        Assert.True(publishing.Cancel);
        Assert.Equal(
            [
                "Der Kurs „Zeit sparen“ ist nicht veröffentlicht; veröffentliche ihn zuerst, sonst wird das Paket ohne ihn verkauft.",
                "Der Kurs „Reels“ liegt im Papierkorb; stelle ihn wieder her oder entferne ihn aus 'courses', sonst wird das Paket ohne ihn verkauft.",
            ],
            Messages(publishing));
    }

    [Fact]
    public async Task A_package_published_together_with_its_new_course_is_published()
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var course = site.Document(ContentTypeRole.Course, "Zeit sparen", values: new Dictionary<string, object?> { ["title"] = "Zeit sparen", ["summary"] = "Kurz." });
        var package = site.Document(ContentTypeRole.Package, "Zeit", values: new Dictionary<string, object?>
        {
            ["title"] = "Zeit",
            ["description"] = "Alles.",
            ["price"] = 4900,
            ["courses"] = $"umb://document/{course.Key:N}",
        });
        var notification = new ContentPublishingNotification([course, package], new EventMessages());

        site.PublishValidation().Handle(notification);

        Assert.False(notification.Cancel);
        Assert.Empty(Messages(notification));
    }

    [Fact]
    public async Task A_check_reads_its_nested_blocks()
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var outcomes = StoredBlocks.Of(site, ContentTypeRole.Outcome,
            new Dictionary<string, object?> { ["outcomeKey"] = "strategie", ["title"] = "Strategie zuerst", ["text"] = "Text.", ["recommend"] = "strategie", ["reason"] = "Weil.", ["contact"] = 0 },
            new Dictionary<string, object?> { ["outcomeKey"] = "zeit", ["title"] = "Zeit zuerst", ["text"] = "Text.", ["reason"] = "Weil.", ["contact"] = 1 });
        var options = StoredBlocks.Of(site, ContentTypeRole.AssessmentOption,
            new Dictionary<string, object?> { ["text"] = "Ja", ["weights"] = "strategie: 2\nzeit: 1" },
            new Dictionary<string, object?> { ["text"] = "Nein", ["weights"] = "zeit: 101" });
        var questions = StoredBlocks.Of(site, ContentTypeRole.AssessmentQuestion,
            new Dictionary<string, object?> { ["prompt"] = "Hast du einen Plan?", ["options"] = System.Text.Json.JsonDocument.Parse(options).RootElement });
        var check = site.Document(ContentTypeRole.Assessment, "Social-Media-Check", values: new Dictionary<string, object?>
        {
            ["title"] = "Social-Media-Check",
            ["outcomes"] = outcomes,
            ["questions"] = questions,
        });

        Assert.Equal(
            ["Frage 1, Option 2: das Gewicht für 'zeit' muss eine ganze Zahl von -100 bis 100 sein, nicht '101'"],
            Messages(Publish(site, check)));
    }

    [Theory]
    [InlineData("no answer")]
    [InlineData("answer out of range")]
    [InlineData("pass out of range")]
    [InlineData("no title")]
    public async Task The_same_invalid_quiz_fails_in_Markdown_and_in_Umbraco_with_the_same_message(string mistake)
    {
        var quiz = mistake switch
        {
            "no answer" => GoodQuiz with { Questions = [GoodQuiz.Questions[0], QuizSample.Single("Was zählt?", answer: null, "Likes", "Anfragen")] },
            "answer out of range" => GoodQuiz with { Questions = [QuizSample.Single("Was zählt?", 2, "Likes", "Anfragen")] },
            "pass out of range" => GoodQuiz with { Pass = 101 },
            _ => GoodQuiz with { Title = null },
        };
        var site = await new UmbracoSite().WithAcademyTypes();

        var umbraco = Messages(Publish(site, quiz.Document(site, Module(site))));
        var markdown = MarkdownErrors(quiz);

        Assert.NotEmpty(umbraco);
        Assert.Equal(markdown, umbraco);
    }

    private static IContent Module(UmbracoSite site)
    {
        var course = site.Document(ContentTypeRole.Course, "Strategie", values: new Dictionary<string, object?> { ["title"] = "Strategie", ["summary"] = "Kurz." });
        return site.Document(ContentTypeRole.Module, "Ziele", course, new Dictionary<string, object?> { ["title"] = "Ziele" });
    }

    private static ContentPublishingNotification Publish(UmbracoSite site, IContent content)
    {
        var notification = new ContentPublishingNotification(content, new EventMessages());
        site.PublishValidation().Handle(notification);
        return notification;
    }

    private static List<string> Messages(ContentPublishingNotification notification) =>
        [.. notification.Messages.GetAll().Select(message => message.Message)];

    /// <summary>The messages the Markdown source gives for the quiz as a module's quiz.yml in an otherwise valid folder.</summary>
    private static List<string> MarkdownErrors(QuizSample quiz)
    {
        var root = Path.Combine(Path.GetTempPath(), "academy-umbraco-" + Guid.NewGuid().ToString("N"));
        try
        {
            Write(root, "courses/strategie/course.md", "---\ntitle: Strategie\nsummary: Kurz.\n---\n");
            Write(root, "courses/strategie/01-ziele/module.md", "---\ntitle: Ziele\n---\n");
            Write(root, "courses/strategie/01-ziele/01-warum.md", "---\ntitle: Warum\n---\nText.\n");
            Write(root, "courses/strategie/01-ziele/quiz.yml", quiz.Yaml());

            var result = MarkdownFolderSource.Load(root);

            Assert.All(result.Errors, error => Assert.Equal("courses/strategie/01-ziele/quiz.yml", error.Path));
            return [.. result.Errors.Select(error => error.Message)];
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Write(string root, string path, string text)
    {
        var file = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        System.IO.File.WriteAllText(file, text);
    }
}
