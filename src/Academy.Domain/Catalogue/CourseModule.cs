using Academy.Domain.Quizzes;

namespace Academy.Domain.Catalogue;

public sealed record CourseModule(string Slug, string Title, string? Summary, IReadOnlyList<Lesson> Lessons, Quiz? Quiz)
{
    public int TotalMinutes => Lessons.Sum(lesson => lesson.Minutes);
}
