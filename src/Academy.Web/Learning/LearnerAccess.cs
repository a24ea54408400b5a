using System.Security.Claims;
using Academy.Data;
using Academy.Domain.Learning;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Learning;

/// <summary>Builds the access view of the current request: who it is and which courses they may open.</summary>
public sealed class LearnerAccess(AcademyDb db)
{
    public async Task<Learner> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.LearnerId() is not { } learnerId)
        {
            return Learner.Anonymous;
        }

        var enrolled = await db.Enrolments
            .Where(e => e.LearnerId == learnerId && e.RevokedAtUtc == null)
            .Select(e => e.CourseSlug)
            .Distinct()
            .ToListAsync(cancellationToken);
        return new Learner(learnerId, enrolled.ToHashSet(StringComparer.Ordinal));
    }
}
