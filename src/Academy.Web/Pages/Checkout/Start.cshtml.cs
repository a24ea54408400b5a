using Academy.Content;
using Academy.Data;
using Academy.Domain.Catalogue;
using Academy.Payments.Checkout;
using Academy.Payments.Development;
using Academy.Web.Hosting;
using Academy.Web.Learning;
using Academy.Web.Throttling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Academy.Web.Pages.Checkout;

/// <summary>GET shows what is being bought; POST records the order and sends the learner to pay.</summary>
[Throttled(Throttle.Checkout)]
[Authorize]
public sealed partial class StartModel(
    CatalogueStore catalogue, LearnerAccess access, OrderCheckout checkout, IPaymentProvider provider, UserManager<LearnerAccount> accounts, IOptions<SiteOptions> site, ILogger<StartModel> logger)
    : PageModel
{
    public CoursePackage Package { get; private set; } = null!;

    public IReadOnlyList<Course> Courses { get; private set; } = [];

    public bool OwnsAll { get; private set; }

    public bool Failed { get; private set; }

    public bool IsDevelopmentProvider => provider.Name == DevelopmentPaymentProvider.ProviderName;

    public async Task<IActionResult> OnGetAsync(string package, CancellationToken cancellationToken) =>
        await LoadAsync(package, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string package, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(package, cancellationToken))
        {
            return NotFound();
        }

        if (OwnsAll)
        {
            return Page();
        }

        var account = (await accounts.GetUserAsync(User))!;
        try
        {
            var redirect = await checkout.StartAsync(
                new PackagePurchase(account.Id, account.Email!, Package.Slug, Package.Title, Package.CourseSlugs, Package.PriceCents, Package.StripePriceId),
                site.Value.OriginFor(Request).AbsoluteUri,
                cancellationToken);
            return Redirect(redirect.Url);
        }
        catch (Exception exception) when (exception is HttpRequestException or Stripe.StripeException or TimeoutException)
        {
            // The order stays pending and harmless; the learner can simply try again.
            LogCheckoutFailed(logger, exception, Package.Slug);
            Failed = true;
            Response.StatusCode = StatusCodes.Status502BadGateway;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var snapshot = catalogue.Current;
        if (snapshot.FindPackage(slug) is not { } found)
        {
            return false;
        }

        Package = found;
        Courses = snapshot.CoursesIn(found);
        var learner = await access.ForAsync(User, cancellationToken);
        OwnsAll = Courses.All(learner.IsEnrolledIn);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not start checkout for package {Package}")]
    private static partial void LogCheckoutFailed(ILogger logger, Exception exception, string package);
}
