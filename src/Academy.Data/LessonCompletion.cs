namespace Academy.Data;

/// <summary>A learner marked a lesson as done. Unique per learner, course and lesson.</summary>
public sealed class LessonCompletion
{
    public long Id { get; set; }

    public required string LearnerId { get; set; }

    public required string CourseSlug { get; set; }

    public required string LessonSlug { get; set; }

    public DateTime CompletedAtUtc { get; set; }
}
