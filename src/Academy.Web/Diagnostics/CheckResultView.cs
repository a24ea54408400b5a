using Academy.Domain.Catalogue;
using Academy.Domain.Diagnostics;

namespace Academy.Web.Diagnostics;

/// <summary>What the result partial shows: the ranked outcomes with their recommendations resolved to links.</summary>
/// <param name="TakenAtUtc">When a stored result was taken; null for an anonymous one shown from its link.</param>
public sealed record CheckResultView(Assessment Assessment, IReadOnlyList<RankedOutcome> Ranking, DateTime? TakenAtUtc)
{
    public RankedOutcome? Top => Ranking.FirstOrDefault(outcome => outcome.IsRecommended);

    public IReadOnlyList<RankedOutcome> AlsoRecommended => [.. Ranking.Where(outcome => outcome.IsRecommended).Skip(1)];

    public IReadOnlyList<RankedOutcome> NotRecommended => [.. Ranking.Where(outcome => !outcome.IsRecommended)];

    public static CheckResultView For(Catalogue catalogue, Assessment assessment, IReadOnlyList<OutcomeScore> ranking, DateTime? takenAtUtc = null) =>
        new(
            assessment,
            [.. ranking.Select(score => new RankedOutcome(
                score.Outcome,
                score.IsRecommended,
                [.. score.Outcome.Recommend.Select(slug => Recommendation.For(catalogue, slug)).OfType<Recommendation>()]))],
            takenAtUtc);
}

public sealed record RankedOutcome(AssessmentOutcome Outcome, bool IsRecommended, IReadOnlyList<Recommendation> Recommendations);

/// <param name="IsCourse">A course has its own page; a package is shown on /packages.</param>
public sealed record Recommendation(string Title, string Url, bool IsCourse)
{
    /// <summary>A course wins over a package of the same slug: its page says more and lists the packages that unlock it.</summary>
    public static Recommendation? For(Catalogue catalogue, string slug) =>
        catalogue.FindCourse(slug) is { } course ? new Recommendation(course.Title, $"/courses/{course.Slug}", IsCourse: true)
        : catalogue.FindPackage(slug) is { } package ? new Recommendation(package.Title, $"/packages#package-{package.Slug}", IsCourse: false)
        : null;
}
