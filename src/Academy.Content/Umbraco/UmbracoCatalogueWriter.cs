using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Academy.Content.Definitions;

namespace Academy.Content.Umbraco;

/// <summary>
/// The reverse of <see cref="UmbracoCatalogueReader"/>: definitions, as a Markdown folder gives
/// them, as the Umbraco documents that read back into the same catalogue. Documents come parents
/// first, so they can be created in the order given. Content type aliases are left to the caller,
/// which maps <see cref="UmbracoDocument.Role"/> through its <see cref="UmbracoAliases"/>; property
/// aliases are those of <see cref="UmbracoContentModel"/>, which settings cannot rename.
/// </summary>
public static class UmbracoCatalogueWriter
{
    /// <summary>The catalogue's URL segment; routes below it leave it out, as Umbraco leaves out the start item.</summary>
    public const string CatalogueSlug = "academy";

    /// <summary>A module's quiz needs a URL segment of its own in Umbraco; Academy addresses it by its module.</summary>
    public const string ModuleQuizSlug = "quiz";

    // Changing this would give every document a new key, so a push would create copies of everything.
    private static readonly Guid KeyNamespace = new("6f1c1b0e-3d0a-5a44-9a36-1d1b5a0c8e21");

    /// <summary>The key of the catalogue document, the start item everything else sits below.</summary>
    public static Guid CatalogueKey { get; } = KeyFor(ContentTypeRole.Catalogue, "");

    /// <summary>The folder below the catalogue that holds the packages.</summary>
    public const string PackageFolderSlug = "pakete";

    public static Guid PackageFolderKey { get; } = KeyFor(ContentTypeRole.PackageFolder, PackageFolderSlug);

    /// <summary>
    /// The stable key of a document: a name-based UUID (version 5) of
    /// "academy:&lt;role&gt;:&lt;slug path&gt;", such as "academy:lesson:strategie/ziele/smart-ziele".
    /// The role is part of the name because a package may share its slug with a course. A module's
    /// quiz is "academy:quiz:strategie/ziele", a course's practice pool "academy:quiz:strategie".
    /// </summary>
    public static Guid KeyFor(ContentTypeRole role, string slugPath) =>
        NameBased(KeyNamespace, $"academy:{role.ToString().ToLowerInvariant()}:{slugPath}");

    public static IReadOnlyList<UmbracoDocument> Write(CatalogueDefinition definition)
    {
        var documents = new List<UmbracoDocument>
        {
            new(CatalogueKey, ContentTypeRole.Catalogue, "Academy", CatalogueSlug, null, 0, new Dictionary<string, UmbracoValue>()),
        };

        // Academy reads each type in the order of its own siblings, so one running number keeps them all.
        var position = 0;
        foreach (var course in definition.Courses)
        {
            WriteCourse(course, position++, documents);
        }

        if (definition.Packages?.Packages is { Count: > 0 } packages)
        {
            // Packages live in their own folder: "strategie" the package and "strategie" the course
            // would otherwise be siblings with one URL segment, which Umbraco renames.
            documents.Add(new UmbracoDocument(PackageFolderKey, ContentTypeRole.PackageFolder, "Pakete", PackageFolderSlug, CatalogueKey, position++, new Dictionary<string, UmbracoValue>()));
            var order = 0;
            foreach (var package in packages)
            {
                documents.Add(Package(package, order++));
            }
        }

        foreach (var assessment in definition.Assessments ?? [])
        {
            documents.Add(Assessment(assessment, position++));
        }

        // Names are titles, which Umbraco would turn into other segments; the slug is set outright.
        return [.. documents.Select(document => UmbracoContentModel.For(document.Role).Properties.Any(property => property.Alias == UmbracoContentModel.UrlNameAlias)
            ? document.With(UmbracoContentModel.UrlNameAlias, new UmbracoValue.Text(document.Slug))
            : document)];
    }

    private static void WriteCourse(CourseDefinition course, int position, List<UmbracoDocument> documents)
    {
        var key = KeyFor(ContentTypeRole.Course, course.Slug);
        documents.Add(new UmbracoDocument(key, ContentTypeRole.Course, course.Title ?? course.Slug, course.Slug, CatalogueKey, position,
            new Values(UmbracoContentModel.Course, key)
                .Set("title", course.Title)
                .Set("summary", course.Summary)
                .Set("order", course.Order)
                .Set("description", course.Description)
                .Done));

        var child = 0;
        foreach (var module in course.Modules)
        {
            WriteModule(course.Slug, module, key, child++, documents);
        }

        if (course.Practice is { } practice)
        {
            documents.Add(Quiz(practice, course.Slug, Domain.Quizzes.Quiz.PracticeSlug, key, child));
        }
    }

    private static void WriteModule(string courseSlug, ModuleDefinition module, Guid courseKey, int position, List<UmbracoDocument> documents)
    {
        var path = $"{courseSlug}/{module.Slug}";
        var key = KeyFor(ContentTypeRole.Module, path);
        documents.Add(new UmbracoDocument(key, ContentTypeRole.Module, module.Title ?? module.Slug, module.Slug, courseKey, position,
            new Values(UmbracoContentModel.Module, key)
                .Set("title", module.Title)
                .Set("summary", module.Summary)
                .Done));

        var child = 0;
        foreach (var lesson in module.Lessons)
        {
            var lessonKey = KeyFor(ContentTypeRole.Lesson, $"{path}/{lesson.Slug}");
            documents.Add(new UmbracoDocument(lessonKey, ContentTypeRole.Lesson, lesson.Title ?? lesson.Slug, lesson.Slug, key, child++,
                new Values(UmbracoContentModel.Lesson, lessonKey)
                    .Set("title", lesson.Title)
                    .Set("minutes", lesson.Minutes)
                    .Set("preview", lesson.Preview)
                    .Set("bodyMarkdown", lesson.Body)
                    .Set("bodyRichText", lesson.RichTextBody)
                    .Done));
        }

        if (module.Quiz is { } quiz)
        {
            documents.Add(Quiz(quiz, path, ModuleQuizSlug, key, child));
        }
    }

    private static UmbracoDocument Quiz(QuizDefinition quiz, string ownerPath, string slug, Guid parentKey, int position)
    {
        var key = KeyFor(ContentTypeRole.Quiz, ownerPath);
        var values = new Values(UmbracoContentModel.Quiz, key)
            .Set("title", quiz.Title)
            .Set("pass", quiz.Pass)
            .Set("mode", quiz.Mode)
            .Set("draw", quiz.Draw)
            .Set("shuffle", quiz.Shuffle)
            .Set("scoring", quiz.Scoring)
            .Set("attempts", quiz.Attempts)
            .Set("cooldown", quiz.Cooldown)
            .Set("grading", quiz.Grading)
            .Set("feedback", quiz.Feedback)
            .Set("timeLimit", quiz.TimeLimit)
            .Set("reviewScore", quiz.Review?.Score)
            .Set("reviewCorrectness", quiz.Review?.Correctness)
            .Set("reviewAnswers", quiz.Review?.Answers)
            .Set("reviewExplanations", quiz.Review?.Explanations)
            .Blocks("questions", quiz.Questions, (question, questionKey) => new Values(UmbracoContentModel.Question, questionKey)
                .Set("type", question.Type)
                .Set("questionId", question.Id)
                .Set("prompt", question.Prompt)
                .Set("explanation", question.Explanation)
                .Set("shuffle", question.Shuffle)
                .Set("options", question.Options)
                .Set("answer", question.Answer?.Values)
                .Set("typos", question.Typos)
                .Set("tolerance", question.Tolerance)
                .Set("unit", question.Unit)
                .Set("items", question.Items)
                .Blocks("pairs", question.Pairs, (pair, pairKey) => new Values(UmbracoContentModel.MatchPair, pairKey)
                    .Set("left", pair.Left)
                    .Set("right", pair.Right))
                .Set("distractors", question.Distractors)
                .Set("text", question.Text)
                .Blocks("gaps", question.Gaps, (gap, gapKey) => new Values(UmbracoContentModel.ClozeGap, gapKey)
                    .Set("answer", gap.Answer?.Values)
                    .Set("options", gap.Options)
                    .Set("typos", gap.Typos)));
        return new UmbracoDocument(key, ContentTypeRole.Quiz, quiz.Title ?? slug, slug, parentKey, position, values.Done);
    }

    private static UmbracoDocument Package(PackageDefinition package, int position)
    {
        // An invalid package without a slug still goes somewhere, so the validator can report it after a push.
        var slug = package.Slug ?? $"package-{package.Number}";
        var key = KeyFor(ContentTypeRole.Package, slug);
        return new UmbracoDocument(key, ContentTypeRole.Package, package.Title ?? slug, slug, PackageFolderKey, position,
            new Values(UmbracoContentModel.Package, key)
                .Set("title", package.Title)
                .Set("description", package.Description)
                .Picked("courses", package.Courses?.Select(course => KeyFor(ContentTypeRole.Course, course.Slug)).ToList())
                .Set("price", package.Price)
                .Set("stripePrice", package.StripePrice)
                .Done);
    }

    private static UmbracoDocument Assessment(AssessmentDefinition assessment, int position)
    {
        var key = KeyFor(ContentTypeRole.Assessment, assessment.Slug);
        return new UmbracoDocument(key, ContentTypeRole.Assessment, assessment.Title ?? assessment.Slug, assessment.Slug, CatalogueKey, position,
            new Values(UmbracoContentModel.Assessment, key)
                .Set("title", assessment.Title)
                .Set("intro", assessment.Intro)
                .Blocks("outcomes", assessment.Outcomes, (outcome, outcomeKey) => new Values(UmbracoContentModel.Outcome, outcomeKey)
                    .Set("outcomeKey", outcome.Key)
                    .Set("title", outcome.Title)
                    .Set("text", outcome.Text)
                    .Set("recommend", outcome.Recommend?.Select(slug => slug.Slug).ToList())
                    .Set("reason", outcome.Reason)
                    .Set("contact", outcome.Contact))
                .Blocks("questions", assessment.Questions, (question, questionKey) => new Values(UmbracoContentModel.AssessmentQuestion, questionKey)
                    .Set("questionId", question.Id)
                    .Set("prompt", question.Prompt)
                    .Blocks("options", question.Options, (option, optionKey) => new Values(UmbracoContentModel.AssessmentOption, optionKey)
                        .Set("text", option.Text)
                        .Set("weights", option.Weights?.Select(weight => weight.Points is null ? weight.OutcomeKey : $"{weight.OutcomeKey}: {weight.Points}").ToList())))
                .Done);
    }

    /// <summary>
    /// The values of one document or element, each converted by the kind its property has in
    /// <see cref="UmbracoContentModel"/>; an alias the model does not know fails at once.
    /// </summary>
    private sealed class Values(ContentTypeDefinition type, Guid owner)
    {
        private readonly Dictionary<string, UmbracoValue> values = new(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, UmbracoValue> Done => values;

        /// <summary>Empty text is left out: Umbraco stores no difference between empty and missing.</summary>
        public Values Set(string alias, string? text)
        {
            var property = type.Property(alias);
            if (string.IsNullOrEmpty(text))
            {
                return this;
            }

            values[alias] = property.Kind switch
            {
                PropertyKind.WholeNumber when long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) =>
                    new UmbracoValue.WholeNumber(number),
                PropertyKind.TrueFalse when bool.TryParse(text.Trim(), out var flag) => new UmbracoValue.TrueFalse(flag),
                PropertyKind.RichText => new UmbracoValue.RichText(text),
                PropertyKind.TextList => new UmbracoValue.TextList([text]),
                PropertyKind.Blocks or PropertyKind.ContentPicker => throw new ArgumentException($"{type.Alias}.{alias} is a {property.Kind}, not a text.", nameof(alias)),
                _ => new UmbracoValue.Text(text),
            };
            return this;
        }

        public Values Set(string alias, IReadOnlyList<string>? texts)
        {
            Expect(alias, PropertyKind.TextList);
            if (texts is not null)
            {
                values[alias] = new UmbracoValue.TextList(texts);
            }

            return this;
        }

        public Values Picked(string alias, IReadOnlyList<Guid>? keys)
        {
            Expect(alias, PropertyKind.ContentPicker);
            if (keys is not null)
            {
                values[alias] = new UmbracoValue.Picked(keys);
            }

            return this;
        }

        /// <summary>Block keys follow from the owner's key and the position, so they are as stable as the document's.</summary>
        public Values Blocks<T>(string alias, IReadOnlyList<T>? entries, Func<T, Guid, Values> element)
        {
            Expect(alias, PropertyKind.Blocks);
            if (entries is null)
            {
                return this;
            }

            var role = type.Property(alias).Allowed!.Value;
            values[alias] = new UmbracoValue.Blocks([.. entries.Select((entry, index) =>
            {
                var key = NameBased(owner, $"{alias}/{index + 1}");
                return new UmbracoElement(key, role, element(entry, key).Done);
            })]);
            return this;
        }

        private void Expect(string alias, PropertyKind kind)
        {
            if (type.Property(alias).Kind != kind)
            {
                throw new ArgumentException($"{type.Alias}.{alias} is a {type.Property(alias).Kind}, not a {kind}.", nameof(alias));
            }
        }
    }

    /// <summary>RFC 9562 version 5: SHA-1 of the namespace and the name, with the version and variant bits set.</summary>
    private static Guid NameBased(Guid space, string name)
    {
        var input = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        space.TryWriteBytes(input, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, input.AsSpan(16));
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
