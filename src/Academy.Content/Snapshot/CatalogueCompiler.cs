using System.Globalization;
using Academy.Content.Definitions;
using Academy.Content.Rendering;
using Academy.Content.Validation;
using Academy.Domain.Catalogue;
using Academy.Domain.Diagnostics;
using Academy.Domain.Quizzes;

namespace Academy.Content.Snapshot;

/// <summary>Validates definitions from any source and, when they are valid, builds the immutable catalogue.</summary>
public static class CatalogueCompiler
{
    private static readonly CatalogueValidator Validator = new();

    /// <param name="sourceErrors">Problems the source found while reading (malformed YAML, stray files).</param>
    /// <param name="unreadablePaths">
    /// Paths the source could not read. Their definitions are empty stand-ins, so "title is missing"
    /// there would only repeat the read error in a misleading way.
    /// </param>
    public static ContentLoadResult Compile(CatalogueDefinition definition, IReadOnlyList<ContentError> sourceErrors, IReadOnlySet<string>? unreadablePaths = null)
    {
        var validation = Validator.Validate(definition);
        var errors = sourceErrors
            .Concat(validation.Errors
                .Select(ContentRules.ErrorOf)
                .Where(error => unreadablePaths?.Contains(error.Path) != true))
            .Distinct()
            .OrderBy(error => error.Path, StringComparer.Ordinal)
            .ThenBy(error => error.Line)
            .ToList();

        return errors.Count > 0
            ? new ContentLoadResult(null, errors)
            : new ContentLoadResult(
                new Catalogue(
                    definition.Courses.Select(BuildCourse),
                    definition.Packages?.Packages?.Select(BuildPackage),
                    definition.Assessments?.Select(BuildAssessment)),
                []);
    }

    private static Assessment BuildAssessment(AssessmentDefinition assessment) =>
        new(
            assessment.Slug,
            assessment.Title!,
            string.IsNullOrWhiteSpace(assessment.Intro) ? null : MarkdownRenderer.Render(assessment.Intro).Html,
            [.. assessment.Outcomes!.Select(outcome => new AssessmentOutcome(
                outcome.Key!,
                outcome.Title!,
                MarkdownRenderer.Render(outcome.Text!).Html,
                [.. (outcome.Recommend ?? []).Select(slug => slug.Slug)],
                outcome.Reason!,
                outcome.Contact is not null && bool.Parse(outcome.Contact)))],
            [.. assessment.Questions!.Select(question => new AssessmentQuestion(
                question.EffectiveId,
                question.Number,
                question.Prompt!,
                [.. question.Options!.Select(option => new AssessmentOption(
                    option.Text!,
                    option.Weights!
                        .GroupBy(weight => weight.OutcomeKey, StringComparer.Ordinal)
                        .ToDictionary(group => group.Key, group => group.Sum(weight => Number(weight.Points!)), StringComparer.Ordinal)))]))]);

    private static CoursePackage BuildPackage(PackageDefinition package) =>
        new(
            package.Slug!,
            package.Title!,
            MarkdownRenderer.Render(package.Description!).Html,
            [.. package.Courses!.Select(course => course.Slug)],
            long.Parse(package.Price!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            string.IsNullOrWhiteSpace(package.StripePrice) ? null : package.StripePrice.Trim());

    private static Course BuildCourse(CourseDefinition course) =>
        new(
            course.Slug,
            course.Title!,
            course.Summary!,
            course.Order is null ? null : Number(course.Order),
            MarkdownRenderer.Render(course.Description).Html,
            [.. course.Modules.Select(BuildModule)],
            course.Practice is null ? null : BuildQuiz(Quiz.PracticeSlug, course.Practice, isPracticePool: true));

    private static CourseModule BuildModule(ModuleDefinition module) =>
        new(
            module.Slug,
            module.Title!,
            string.IsNullOrWhiteSpace(module.Summary) ? null : module.Summary,
            [.. module.Lessons.Select(BuildLesson)],
            module.Quiz is null ? null : BuildQuiz(module.Slug, module.Quiz));

    private static Lesson BuildLesson(LessonDefinition lesson)
    {
        var rendered = lesson.RichTextBody is { } html ? RichTextRenderer.Render(html) : MarkdownRenderer.Render(lesson.Body);
        var minutes = lesson.Minutes is null ? ReadingTime.MinutesFor(rendered.WordCount) : Number(lesson.Minutes);
        return new Lesson(lesson.Slug, lesson.Title!, minutes, lesson.Preview is not null && bool.Parse(lesson.Preview), rendered.Html);
    }

    /// <param name="isPracticePool">practice.yml: always practice, whatever the file says about mode.</param>
    private static Quiz BuildQuiz(string slug, QuizDefinition quiz, bool isPracticePool = false)
    {
        var settings = new QuizSettings(
            Mode: isPracticePool ? QuizMode.Practice : QuizSettingWords.Modes.ValueOr(quiz.Mode, QuizMode.Exam),
            Draw: quiz.Draw is null ? null : Number(quiz.Draw),
            Shuffle: Boolean(quiz.Shuffle, true),
            Scoring: QuizSettingWords.Scorings.ValueOr(quiz.Scoring, Scoring.AllOrNothing),
            Attempts: quiz.Attempts is null ? 0 : Number(quiz.Attempts),
            Cooldown: Duration(quiz.Cooldown),
            Grading: QuizSettingWords.Gradings.ValueOr(quiz.Grading, Grading.Highest),
            Feedback: QuizSettingWords.Feedbacks.ValueOr(quiz.Feedback, Feedback.Deferred),
            TimeLimit: Duration(quiz.TimeLimit),
            Review: quiz.Review is { } review
                ? new ReviewPolicy(
                    QuizSettingWords.Shown.ValueOr(review.Score, true),
                    QuizSettingWords.Shown.ValueOr(review.Correctness, true),
                    QuizSettingWords.Reveals.ValueOr(review.Answers, Reveal.Always),
                    QuizSettingWords.Reveals.ValueOr(review.Explanations, Reveal.Always))
                : null);
        return new Quiz(slug, quiz.Title!, Number(quiz.Pass!), [.. quiz.Questions!.Select(BuildQuestion)], settings.Effective());
    }

    private static Question BuildQuestion(QuestionDefinition question)
    {
        var text = new QuestionText(question.EffectiveId, question.Number, question.Prompt!, question.Explanation!, Boolean(question.Shuffle, true));
        var answer = question.Answer?.Values ?? [];
        return question.Type switch
        {
            SingleChoiceQuestion.TypeName => new SingleChoiceQuestion(text, question.Options!, Number(answer[0])),
            MultipleChoiceQuestion.TypeName => new MultipleChoiceQuestion(text, question.Options!, [.. answer.Select(Number)]),
            TrueFalseQuestion.TypeName => new TrueFalseQuestion(text, Boolean(answer[0], false)),
            TextQuestion.TypeName => new TextQuestion(text, answer, question.Typos is null ? 0 : Number(question.Typos)),
            NumberQuestion.TypeName => new NumberQuestion(text, Decimal(answer[0]), question.Tolerance is null ? 0 : Decimal(question.Tolerance), Unit(question.Unit)),
            OrderQuestion.TypeName => new OrderQuestion(text, question.Items!),
            MatchQuestion.TypeName => new MatchQuestion(
                text,
                [.. question.Pairs!.Select(pair => pair.Left!)],
                [.. question.Pairs!.Select(pair => pair.Right!)],
                question.Distractors ?? []),
            ClozeQuestion.TypeName => new ClozeQuestion(text, question.Text!, [.. question.Gaps!.Select(BuildGap)]),
            _ => throw new InvalidOperationException($"Question type '{question.Type}' passed validation but has no builder."),
        };
    }

    private static ClozeGap BuildGap(GapDefinition gap) =>
        gap.Options is { } options
            ? ClozeGap.Choice(options, Number(gap.Answer!.Values[0]))
            : ClozeGap.Typed(gap.Answer!.Values, gap.Typos is null ? 0 : Number(gap.Typos));

    private static bool Boolean(string? text, bool fallback) => text is null ? fallback : bool.Parse(text.Trim());

    private static decimal Decimal(string text) =>
        ContentRules.TryParseDecimal(text, out var number) ? number : throw new InvalidOperationException($"'{text}' passed validation but is not a number.");

    private static TimeSpan? Duration(string? text) => ContentRules.TryParseDuration(text, out var duration) ? duration : null;

    private static string? Unit(string? unit) => string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();

    private static int Number(string text) => int.Parse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
