using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Data;

public sealed class AcademyDb(DbContextOptions<AcademyDb> options) : IdentityDbContext<LearnerAccount>(options)
{
    public DbSet<LessonCompletion> LessonCompletions => Set<LessonCompletion>();

    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();

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
            attempt.HasIndex(a => new { a.LearnerId, a.CourseSlug, a.QuizSlug, a.SubmittedAtUtc });
            attempt.HasOne<LearnerAccount>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
