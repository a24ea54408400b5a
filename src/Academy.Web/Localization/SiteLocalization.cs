using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Academy.Web.Localization;

public static class SiteLocalization
{
    public static readonly CultureInfo[] Cultures = [new("de"), new("en")];

    public static WebApplicationBuilder AddSiteLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("de");
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            // German unless the learner chose otherwise with the visible switch: the course text is German,
            // so guessing English from the browser would mix languages on every page.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        return builder;
    }

    public static WebApplication UseSiteLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }
}
