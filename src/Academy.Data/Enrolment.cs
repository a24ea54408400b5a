namespace Academy.Data;

/// <summary>Access to one course, granted by one paid order. Revoked, never deleted, so the learner can see why.</summary>
public sealed class Enrolment
{
    public long Id { get; set; }

    public required string LearnerId { get; set; }

    public required string CourseSlug { get; set; }

    public Guid OrderId { get; set; }

    public DateTime GrantedAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    public EnrolmentRevocation? RevokedBecause { get; set; }

    public bool IsActive => RevokedAtUtc is null;
}

public enum EnrolmentRevocation
{
    Refunded,
    Disputed,
}
