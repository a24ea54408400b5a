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
            // The visible switch sets the cookie; the browser's language is only a first guess for English speakers.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
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
