using System.Globalization;
using System.Text.Json;
using Academy.Content.Definitions;
using Academy.Content.Rendering;

namespace Academy.Content.Umbraco;

/// <summary>
/// Turns the Academy items under the start item into the same definitions the Markdown folder
/// gives, so both are judged by one validator. Like the Markdown reader it only reads: it reports
/// what it cannot place at all (a lesson outside a module, a value of the wrong JSON kind), and
/// leaves every rule about values to the validators.
/// </summary>
public sealed class UmbracoCatalogueReader(UmbracoAliases aliases)
{
    public UmbracoCatalogueReader()
        : this(UmbracoAliases.Default)
    {
    }

    /// <param name="items">Every Academy item under the start item, each type in the order of the tree.</param>
    public (CatalogueDefinition Definition, IReadOnlyList<ContentError> Errors) Read(IReadOnlyList<UmbracoItem> items)
    {
        var read = new Reading(aliases, items);
        return (read.Catalogue(), read.Errors);
    }

    private sealed class Reading(UmbracoAliases aliases, IReadOnlyList<UmbracoItem> items)
    {
        // By the parent the preview walk found an item under, else by route: a never-published draft's
        // route ("/preview-{id}/") says nothing about where it is. Routes compare with one trailing slash,
        // as Umbraco's AddTrailingSlash=false leaves it off.
        private readonly ILookup<string, UmbracoItem> byParent = items.ToLookup(item => item.ParentId is { } parent ? parent.ToString() : item.ParentPath, StringComparer.Ordinal);
        private readonly HashSet<Guid> placed = [];

        public List<ContentError> Errors { get; } = [];

        public CatalogueDefinition Catalogue()
        {
            var courses = Of(items, ContentTypeRole.Course).Select(Course).ToList();
            var packages = Of(items, ContentTypeRole.Package).ToList();
            var definition = new CatalogueDefinition(
                courses,
                packages.Count == 0 ? null : Packages(packages, courses),
                [.. Of(items, ContentTypeRole.Assessment).Select(Assessment)]);

            foreach (var stray in items.Where(item => aliases.RoleOf(item.ContentType) is { } role && role is not (ContentTypeRole.Course or ContentTypeRole.Package or ContentTypeRole.Assessment) && !placed.Contains(item.Id)))
            {
                Error(stray, $"dieser Knoten vom Typ {aliases[aliases.RoleOf(stray.ContentType)!.Value]} liegt nicht dort, wo Academy ihn sucht; {Placement(aliases.RoleOf(stray.ContentType)!.Value)}");
            }

            return definition;
        }

        private List<UmbracoItem> ChildrenOf(UmbracoItem parent) =>
            [.. byParent[parent.Id.ToString()], .. byParent[parent.NormalPath]];

        private string Placement(ContentTypeRole role) => role switch
        {
            ContentTypeRole.Module => $"verschieb ihn unter einen Knoten vom Typ {aliases[ContentTypeRole.Course]}",
            ContentTypeRole.Lesson => $"verschieb ihn unter einen Knoten vom Typ {aliases[ContentTypeRole.Module]}",
            _ => $"verschieb ihn unter einen Knoten vom Typ {aliases[ContentTypeRole.Module]} (als dessen Quiz) oder {aliases[ContentTypeRole.Course]} (als dessen Übungspool), höchstens einen je Knoten",
        };

        private CourseDefinition Course(UmbracoItem course)
        {
            placed.Add(course.Id);
            var children = ChildrenOf(course);
            return new CourseDefinition(
                course.Slug,
                Text(course, "title"),
                Text(course, "summary"),
                Text(course, "order"),
                Text(course, "description") ?? "",
                [.. Of(children, ContentTypeRole.Module).Select(Module)],
                course.Location,
                NoLines,
                OnlyQuiz(course, children));
        }

        private ModuleDefinition Module(UmbracoItem module)
        {
            placed.Add(module.Id);
            var children = ChildrenOf(module);
            return new ModuleDefinition(
                module.Slug,
                Text(module, "title"),
                Text(module, "summary"),
                [.. Of(children, ContentTypeRole.Lesson).Select(Lesson)],
                OnlyQuiz(module, children),
                module.Location,
                NoLines);
        }

        /// <summary>The one quiz below a module or course; a second one is reported and left out.</summary>
        private QuizDefinition? OnlyQuiz(UmbracoItem parent, List<UmbracoItem> children)
        {
            var quizzes = Of(children, ContentTypeRole.Quiz).ToList();
            foreach (var extra in quizzes.Skip(1))
            {
                placed.Add(extra.Id);
                Error(extra, $"„{parent.Name}“ hat schon das Quiz „{quizzes[0].Name}“; ein {aliases[ContentTypeRole.Module]} oder {aliases[ContentTypeRole.Course]} hat höchstens eins, also übertrag die Fragen dorthin");
            }

            return quizzes.Count == 0 ? null : Quiz(quizzes[0]);
        }

        private LessonDefinition Lesson(UmbracoItem lesson)
        {
            placed.Add(lesson.Id);
            var markdown = Text(lesson, "bodyMarkdown");
            var richText = RichText(lesson, "bodyRichText");
            if (!string.IsNullOrWhiteSpace(markdown) && !string.IsNullOrWhiteSpace(richText))
            {
                Error(lesson, "die Lektion hat Text in 'bodyMarkdown' und in 'bodyRichText'; behalte eines davon und leere das andere");
            }

            return new LessonDefinition(
                lesson.Slug,
                Text(lesson, "title"),
                Text(lesson, "minutes"),
                Text(lesson, "preview"),
                markdown ?? "",
                lesson.Location,
                NoLines)
            {
                RichTextBody = string.IsNullOrWhiteSpace(markdown) ? richText : null,
            };
        }

        private QuizDefinition Quiz(UmbracoItem quiz)
        {
            placed.Add(quiz.Id);
            var review = new[] { "reviewScore", "reviewCorrectness", "reviewAnswers", "reviewExplanations" }.Select(alias => Text(quiz, alias)).ToList();
            return new QuizDefinition(Text(quiz, "title"), Text(quiz, "pass"), Questions(quiz), quiz.Location, NoLines)
            {
                Mode = Text(quiz, "mode"),
                Draw = Text(quiz, "draw"),
                Shuffle = Text(quiz, "shuffle"),
                Scoring = Text(quiz, "scoring"),
                Attempts = Text(quiz, "attempts"),
                Cooldown = Text(quiz, "cooldown"),
                Grading = Text(quiz, "grading"),
                Feedback = Text(quiz, "feedback"),
                TimeLimit = Text(quiz, "timeLimit"),
                Review = review.Any(value => value is not null)
                    ? new ReviewDefinition(review[0], review[1], review[2], review[3], quiz.Location, NoLines)
                    : null,
            };
        }

        private List<QuestionDefinition>? Questions(UmbracoItem quiz) =>
            Blocks(quiz, "questions", ContentTypeRole.Question)?
                .Select((question, index) => new QuestionDefinition(index + 1, Text(question, "type"), Text(question, "prompt"), Text(question, "explanation"), question.Location, NoLines)
                {
                    Id = Text(question, "questionId"),
                    Shuffle = Text(question, "shuffle"),
                    Options = List(question, "options"),
                    Answer = Answer(question, "answer", alwaysList: Text(question, "type") == "multiple"),
                    Typos = Text(question, "typos"),
                    Tolerance = Text(question, "tolerance"),
                    Unit = Text(question, "unit"),
                    Items = List(question, "items"),
                    Pairs = Blocks(question, "pairs", ContentTypeRole.MatchPair)?
                        .Select((pair, number) => new PairDefinition(number + 1, Text(pair, "left"), Text(pair, "right"), pair.Location, NoLines))
                        .ToList(),
                    Distractors = List(question, "distractors"),
                    Text = Text(question, "text"),
                    Gaps = Blocks(question, "gaps", ContentTypeRole.ClozeGap)?
                        .Select((gap, number) => new GapDefinition(number + 1, Answer(gap, "answer"), List(gap, "options"), Text(gap, "typos"), gap.Location, NoLines))
                        .ToList(),
                })
                .ToList();

        private PackagesDefinition Packages(List<UmbracoItem> packages, List<CourseDefinition> courses)
        {
            // An item served twice (a page boundary moving during a fetch) must not stop the read.
            var courseSlugs = items.Where(item => aliases.RoleOf(item.ContentType) == ContentTypeRole.Course)
                .GroupBy(item => item.Id)
                .ToDictionary(group => group.Key, group => group.First().Slug);
            var location = new SourceLocation($"Umbraco {aliases[ContentTypeRole.Package]} items", 0);
            return new PackagesDefinition(
                [.. packages.Select((package, index) =>
                {
                    placed.Add(package.Id);
                    return new PackageDefinition(
                        index + 1,
                        package.Slug,
                        Text(package, "title"),
                        Text(package, "description"),
                        Picked(package, "courses", courseSlugs),
                        Text(package, "price"),
                        Text(package, "stripePrice"),
                        package.Location,
                        NoLines);
                })],
                location,
                NoLines);
        }

        /// <summary>
        /// The slugs a picker names. Pickers come expanded or not; both carry the id and route, and
        /// the id wins, so a renamed course still resolves. A course outside the start item keeps its
        /// route's slug, which the validator then reports as unknown. An unpublished one Umbraco leaves
        /// out altogether; <see cref="UmbracoPickerCheck"/> finds that.
        /// </summary>
        private List<CourseReference>? Picked(UmbracoItem item, string alias, Dictionary<Guid, string> known)
        {
            if (!item.Properties.TryGetValue(alias, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                Error(item, $"'{alias}' sollte eine Inhaltsauswahl (eine Liste von Einträgen) sein, nicht {Kind(value)}");
                return null;
            }

            var references = new List<CourseReference>();
            foreach (var entry in value.EnumerateArray())
            {
                var picked = UmbracoItem.Read(entry);
                if (picked is null)
                {
                    Error(item, $"'{alias}' enthält einen Eintrag ohne id und Route; wähl den Kurs noch einmal aus");
                    continue;
                }

                references.Add(new CourseReference(known.GetValueOrDefault(picked.Id, picked.Slug), item.Location));
            }

            return references;
        }

        private AssessmentDefinition Assessment(UmbracoItem assessment)
        {
            placed.Add(assessment.Id);
            return new AssessmentDefinition(
                assessment.Slug,
                Text(assessment, "title"),
                Text(assessment, "intro"),
                Blocks(assessment, "outcomes", ContentTypeRole.Outcome)?
                    .Select((outcome, index) => new OutcomeDefinition(
                        index + 1,
                        Text(outcome, "outcomeKey"),
                        Text(outcome, "title"),
                        Text(outcome, "text"),
                        List(outcome, "recommend")?.Select(slug => new SlugReference(slug, outcome.Location)).ToList(),
                        Text(outcome, "reason"),
                        Text(outcome, "contact"),
                        outcome.Location,
                        NoLines))
                    .ToList(),
                Blocks(assessment, "questions", ContentTypeRole.AssessmentQuestion)?
                    .Select((question, index) => new AssessmentQuestionDefinition(
                        index + 1,
                        Text(question, "questionId"),
                        Text(question, "prompt"),
                        Blocks(question, "options", ContentTypeRole.AssessmentOption)?
                            .Select((option, number) => new AssessmentOptionDefinition(index + 1, number + 1, Text(option, "text"), Weights(option), option.Location, NoLines))
                            .ToList(),
                        question.Location,
                        NoLines))
                    .ToList(),
                assessment.Location,
                NoLines);
        }

        /// <summary>
        /// "starter: 2" per line, as assessments/*.yml writes a weight. Umbraco stores no difference
        /// between an empty text list and none, and empty is how an option counts for no outcome
        /// (<c>weights: {}</c>), so none reads as empty rather than as missing.
        /// </summary>
        private List<WeightDefinition> Weights(UmbracoItem option) =>
            (List(option, "weights") ?? [])
                .Select(line => line.Split(':', 2) is [var key, var points]
                    ? new WeightDefinition(key.Trim(), points.Trim(), option.Location)
                    : new WeightDefinition(line.Trim(), null, option.Location))
                .ToList();

        private IEnumerable<UmbracoItem> Of(IEnumerable<UmbracoItem> candidates, ContentTypeRole role) =>
            candidates.Where(item => aliases.RoleOf(item.ContentType) == role);

        /// <summary>A block list's elements of the expected type; others are reported and left out. Null when empty.</summary>
        private List<UmbracoItem>? Blocks(UmbracoItem owner, string alias, ContentTypeRole role)
        {
            if (!owner.Properties.TryGetValue(alias, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("items", out var entries) || entries.ValueKind != JsonValueKind.Array)
            {
                Error(owner, $"'{alias}' sollte eine Blockliste sein ({{ \"items\": [...] }}), nicht {Kind(value)}");
                return null;
            }

            var elements = new List<UmbracoItem>();
            foreach (var entry in entries.EnumerateArray())
            {
                var element = entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("content", out var content) ? UmbracoItem.ReadElement(content, owner.Owner ?? owner) : null;
                if (element is null || aliases.RoleOf(element.ContentType) != role)
                {
                    Error(owner, $"'{alias}' enthält einen Block vom Typ '{element?.ContentType ?? "unbekannt"}'; dorthin gehören nur Blöcke vom Typ {aliases[role]}");
                    continue;
                }

                elements.Add(element);
            }

            return elements.Count == 0 ? null : elements;
        }

        /// <summary>A single value as text, whatever editor wrote it: a string, a number, a one-item dropdown.</summary>
        private string? Text(UmbracoItem item, string alias)
        {
            if (!item.Properties.TryGetValue(alias, out var value))
            {
                return null;
            }

            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    return string.IsNullOrEmpty(value.GetString()) ? null : value.GetString();
                case JsonValueKind.Number:
                    return value.GetRawText();
                case JsonValueKind.True or JsonValueKind.False:
                    return value.ValueKind == JsonValueKind.True ? "true" : "false";
                case JsonValueKind.Array when value.GetArrayLength() == 0:
                case JsonValueKind.Null:
                    return null;
                case JsonValueKind.Array when value.GetArrayLength() == 1 && value[0].ValueKind == JsonValueKind.String:
                    return string.IsNullOrEmpty(value[0].GetString()) ? null : value[0].GetString();
                default:
                    Error(item, $"'{alias}' sollte genau einen Wert haben, nicht {Kind(value)}");
                    return null;
            }
        }

        private List<string>? List(UmbracoItem item, string alias)
        {
            if (!item.Properties.TryGetValue(alias, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                return string.IsNullOrEmpty(value.GetString()) ? null : [value.GetString()!];
            }

            if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(entry => entry.ValueKind is not (JsonValueKind.String or JsonValueKind.Number)))
            {
                Error(item, $"'{alias}' sollte eine Liste von Texten sein, nicht {Kind(value)}");
                return null;
            }

            var texts = value.EnumerateArray().Select(entry => entry.ValueKind == JsonValueKind.String ? entry.GetString()! : entry.GetRawText()).ToList();
            return texts.Count == 0 ? null : texts;
        }

        /// <summary>
        /// One value is an answer and several are a list, as <c>answer: [0, 2]</c> writes it. A text
        /// list cannot tell <c>[2]</c> from <c>2</c>, so a 'multiple' question always has a list.
        /// </summary>
        private AnswerDefinition? Answer(UmbracoItem item, string alias, bool alwaysList = false) =>
            List(item, alias) is { } values ? new AnswerDefinition(values, alwaysList || values.Count > 1) : null;

        private string? RichText(UmbracoItem item, string alias)
        {
            if (!item.Properties.TryGetValue(alias, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            var html = RichTextHtml.From(value);
            if (html is null)
            {
                Error(item, $"'{alias}' sollte Rich Text sein ({{ \"markup\": ... }}), nicht {Kind(value)}");
            }

            return html;
        }

        private void Error(UmbracoItem item, string message) =>
            Errors.Add(new ContentError(item.Location.Path, item.Location.Line, message));

        private static string Kind(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Object => "ein Objekt",
            JsonValueKind.Array => "eine Liste",
            JsonValueKind.String => "ein Text",
            JsonValueKind.Number => "eine Zahl",
            _ => value.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture),
        };

        private static readonly IReadOnlyDictionary<string, int> NoLines = new Dictionary<string, int>();
    }
}
