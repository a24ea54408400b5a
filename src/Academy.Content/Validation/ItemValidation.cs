using Academy.Content.Definitions;
using FluentValidation;

namespace Academy.Content.Validation;

/// <summary>
/// Judges one item with the validators that judge the whole catalogue, for a CMS that checks an
/// item when it is published. Rules about what lies below the item (a course's modules) or beside
/// it (a package for every course) are left to the catalogue, because a CMS publishes a parent
/// before its children and a course before the package that sells it.
/// </summary>
public static class ItemValidation
{
    private static readonly CourseValidator CourseAlone = new(itemOnly: true);
    private static readonly ModuleValidator ModuleAlone = new(itemOnly: true);
    private static readonly LessonValidator LessonRules = new();
    private static readonly QuizValidator QuizRules = new();
    private static readonly QuizValidator PracticePoolRules = new(isPracticePool: true);
    private static readonly PackageValidator PackageRules = new();
    private static readonly AssessmentValidator AssessmentRules = new();

    public static IReadOnlyList<ContentError> Course(CourseDefinition course) => Errors(CourseAlone, course);

    public static IReadOnlyList<ContentError> Module(ModuleDefinition module) => Errors(ModuleAlone, module);

    public static IReadOnlyList<ContentError> Lesson(LessonDefinition lesson) => Errors(LessonRules, lesson);

    /// <param name="isPracticePool">A quiz directly below a course is its practice pool.</param>
    public static IReadOnlyList<ContentError> Quiz(QuizDefinition quiz, bool isPracticePool) =>
        Errors(isPracticePool ? PracticePoolRules : QuizRules, quiz);

    public static IReadOnlyList<ContentError> Package(PackageDefinition package) => Errors(PackageRules, package);

    public static IReadOnlyList<ContentError> Assessment(AssessmentDefinition assessment) => Errors(AssessmentRules, assessment);

    private static List<ContentError> Errors<T>(IValidator<T> validator, T definition) =>
        [.. validator.Validate(definition).Errors.Select(ContentRules.ErrorOf).Distinct()];
}
