using Academy.Web.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Academy.Web.Pages;

public static class SitePages
{
    public static WebApplicationBuilder AddSitePages(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddRazorPages(options => options.Conventions.ConfigureFilter(new HandlerRequiredFilter()))
            .AddMvcOptions(options =>
            {
                // No form or link uses jQuery's a[b] keys, and these providers throw (a 500) on a key like "a[".
                options.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
                options.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SiteText)));
        return builder;
    }

    public static WebApplication UseSitePages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
        }

        app.Use(async (context, next) =>
        {
            // Defence in depth behind the Markdown sanitiser: even injected markup could not run
            // a script, load one from elsewhere, or be framed. No third-party host is ever needed.
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy =
                "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
                "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            await next(context);
        });
        app.Use(async (context, next) =>
        {
            // Before the status code pages: re-executing the error page would read the same form again.
            if (!FormCharset.IsReadable(context.Request))
            {
                context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
                return;
            }

            await next(context);
        });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles();
        return app;
    }

    public static WebApplication MapSitePages(this WebApplication app)
    {
        app.MapRazorPages();
        // A link, not a form: switching language must work from every page, with or without JavaScript.
        app.MapGet("/language/{culture}", (string culture, string? returnUrl, HttpContext context) =>
        {
            if (!SiteLocalization.Cultures.Any(c => c.Name == culture))
            {
                return Results.BadRequest();
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(ReturnUrl.LocalOr(returnUrl, "/"));
        });
        return app;
    }
}
