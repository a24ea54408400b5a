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
                .Select(failure => failure.CustomState is SourceLocation at
                    ? new ContentError(at.Path, at.Line, failure.ErrorMessage)
                    : new ContentError("", 0, failure.ErrorMessage))
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
            [.. course.Modules.Select(BuildModule)]);

    private static CourseModule BuildModule(ModuleDefinition module) =>
        new(
            module.Slug,
            module.Title!,
            string.IsNullOrWhiteSpace(module.Summary) ? null : module.Summary,
            [.. module.Lessons.Select(BuildLesson)],
            module.Quiz is null ? null : BuildQuiz(module.Slug, module.Quiz));

    private static Lesson BuildLesson(LessonDefinition lesson)
    {
        var rendered = MarkdownRenderer.Render(lesson.Body);
        var minutes = lesson.Minutes is null ? ReadingTime.MinutesFor(rendered.WordCount) : Number(lesson.Minutes);
        return new Lesson(lesson.Slug, lesson.Title!, minutes, lesson.Preview is not null && bool.Parse(lesson.Preview), rendered.Html);
    }

    private static Quiz BuildQuiz(string moduleSlug, QuizDefinition quiz) =>
        new(moduleSlug, quiz.Title!, Number(quiz.Pass!), [.. quiz.Questions!.Select(BuildQuestion)]);

    private static Question BuildQuestion(QuestionDefinition question)
    {
        var options = question.Options!;
        var answer = question.Answer!.Indexes.Select(Number).ToList();
        return question.Type switch
        {
            SingleChoiceQuestion.TypeName => new SingleChoiceQuestion(question.Number, question.Prompt!, question.Explanation!, options, answer[0]),
            MultipleChoiceQuestion.TypeName => new MultipleChoiceQuestion(question.Number, question.Prompt!, question.Explanation!, options, answer),
            _ => throw new InvalidOperationException($"Question type '{question.Type}' passed validation but has no builder."),
        };
    }

    private static int Number(string text) => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
