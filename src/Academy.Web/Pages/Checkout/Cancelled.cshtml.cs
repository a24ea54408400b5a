using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Academy.Web.Pages.Checkout;

/// <summary>Nothing was charged; the pending order expires with its session.</summary>
public sealed class CancelledModel : PageModel
{
    public void OnGet()
    {
    }
}
