using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Academy.Data;

public sealed class AcademyDb(DbContextOptions<AcademyDb> options) : IdentityDbContext<LearnerAccount>(options)
{
    public DbSet<LessonCompletion> LessonCompletions => Set<LessonCompletion>();

    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();

    public DbSet<QuizTimeAllowance> QuizTimeAllowances => Set<QuizTimeAllowance>();

    public DbSet<DiagnosticResult> DiagnosticResults => Set<DiagnosticResult>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    public DbSet<PaymentEventReceipt> PaymentEventReceipts => Set<PaymentEventReceipt>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<LearnerAccount>().Property(account => account.DisplayName).HasMaxLength(100);

        builder.Entity<LessonCompletion>(completion =>
        {
            completion.Property(c => c.CourseSlug).HasMaxLength(100);
            completion.Property(c => c.LessonSlug).HasMaxLength(100);
            // A double click or a second tab must not count a lesson twice.
            completion.HasIndex(c => new { c.LearnerId, c.CourseSlug, c.LessonSlug }).IsUnique();
            completion.HasOne<LearnerAccount>().WithMany().HasForeignKey(c => c.LearnerId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<QuizAttempt>(attempt =>
        {
            attempt.Property(a => a.CourseSlug).HasMaxLength(100);
            attempt.Property(a => a.QuizSlug).HasMaxLength(100);
            attempt.Property(a => a.Mode).HasMaxLength(20);
            attempt.HasIndex(a => new { a.LearnerId, a.CourseSlug, a.QuizSlug, a.SubmittedAtUtc });
            // One open attempt per learner and quiz, so a second tab resumes it instead of starting another.
            attempt.HasIndex(a => new { a.LearnerId, a.CourseSlug, a.QuizSlug })
                .IsUnique()
                .HasFilter("\"SubmittedAtUtc\" IS NULL")
                .HasDatabaseName("IX_QuizAttempts_OneOpenPerQuiz");
            attempt.HasIndex(a => new { a.CourseSlug, a.QuizSlug, a.SubmittedAtUtc });
            attempt.HasOne<LearnerAccount>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<QuizTimeAllowance>(allowance =>
        {
            allowance.HasKey(a => a.LearnerId);
            allowance.Property(a => a.GrantedBy).HasMaxLength(256);
            allowance.HasOne<LearnerAccount>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<DiagnosticResult>(result =>
        {
            result.Property(r => r.AssessmentSlug).HasMaxLength(100);
            result.Property(r => r.TopOutcome).HasMaxLength(100);
            result.HasIndex(r => new { r.LearnerId, r.TakenAtUtc });
            result.HasOne<LearnerAccount>().WithMany().HasForeignKey(r => r.LearnerId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Order>(order =>
        {
            order.Property(o => o.PackageSlug).HasMaxLength(100);
            order.Property(o => o.PackageTitle).HasMaxLength(200);
            order.Property(o => o.Currency).HasMaxLength(3);
            order.Property(o => o.Provider).HasMaxLength(20);
            order.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
            order.Property(o => o.CheckoutSessionId).HasMaxLength(255);
            order.Property(o => o.PaymentIntentId).HasMaxLength(255);
            // Fulfilment is keyed by the Checkout Session id: one session, one order.
            order.HasIndex(o => o.CheckoutSessionId).IsUnique();
            order.HasIndex(o => o.PaymentIntentId);
            order.HasIndex(o => new { o.LearnerId, o.CreatedAtUtc });
            order.HasOne<LearnerAccount>().WithMany().HasForeignKey(o => o.LearnerId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Enrolment>(enrolment =>
        {
            enrolment.Property(e => e.CourseSlug).HasMaxLength(100);
            enrolment.Property(e => e.RevokedBecause).HasConversion<string>().HasMaxLength(20);
            enrolment.Ignore(e => e.IsActive);
            // However often fulfilment runs for an order, each of its courses is granted once.
            enrolment.HasIndex(e => new { e.OrderId, e.CourseSlug }).IsUnique();
            enrolment.HasIndex(e => new { e.LearnerId, e.CourseSlug });
            enrolment.HasOne<Order>().WithMany().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<PaymentEventReceipt>(receipt =>
        {
            receipt.HasKey(r => r.EventId);
            receipt.Property(r => r.EventId).HasMaxLength(255);
            receipt.Property(r => r.Type).HasMaxLength(100);
        });
    }
}
