namespace Academy.Domain.Catalogue;

/// <summary>What the agency sells: one or more courses for one gross price in EUR.</summary>
public sealed class CoursePackage
{
    public CoursePackage(string slug, string title, string descriptionHtml, IReadOnlyList<string> courseSlugs, long priceCents, string? stripePriceId)
    {
        if (courseSlugs.Count == 0)
        {
            throw new ArgumentException($"Package '{slug}' has no courses.", nameof(courseSlugs));
        }

        if (priceCents <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(priceCents), priceCents, $"Package '{slug}' needs a price above 0 cents.");
        }

        Slug = slug;
        Title = title;
        DescriptionHtml = descriptionHtml;
        CourseSlugs = courseSlugs;
        PriceCents = priceCents;
        StripePriceId = stripePriceId;
    }

    public string Slug { get; }

    public string Title { get; }

    /// <summary>The rendered, sanitised description; safe to write into a page as is.</summary>
    public string DescriptionHtml { get; }

    /// <summary>The courses a purchase unlocks, in the order the editor listed them.</summary>
    public IReadOnlyList<string> CourseSlugs { get; }

    /// <summary>The gross price in EUR cents, VAT included, as the learner pays it.</summary>
    public long PriceCents { get; }

    /// <summary>A Stripe price to charge; null means checkout creates the price inline from <see cref="PriceCents"/>.</summary>
    public string? StripePriceId { get; }

    public bool Includes(string courseSlug) => CourseSlugs.Contains(courseSlug, StringComparer.Ordinal);
}
