using Academy.Domain.Catalogue;
using Academy.Domain.Quizzes;

namespace Academy.Domain.Tests;

internal static class CourseSamples
{
    /// <summary>Two modules: "ziele" (a preview lesson "warum" of 5 min, "smart" of 4 min, a quiz) and "plan" ("woche", 6 min).</summary>
    public static Course Strategy(Quiz? practice = null)
    {
        var quiz = new Quiz("ziele", "Quiz – Ziele", 70, [new SingleChoiceQuestion(new QuestionText("q1", 1, "P?", "E."), ["a", "b"], 1)]);
        var ziele = new CourseModule("ziele", "Ziele", null, [Lesson("warum", 5, preview: true), Lesson("smart", 4)], quiz);
        var plan = new CourseModule("plan", "Plan", "Der Plan.", [Lesson("woche", 6)], null);
        return new Course("strategie", "Strategie", "S.", 1, "<p>Beschreibung</p>", [ziele, plan], practice);
    }

    public static Lesson Lesson(string slug, int minutes, bool preview = false) => new(slug, slug.ToUpperInvariant(), minutes, preview, $"<p>{slug}</p>");
}
