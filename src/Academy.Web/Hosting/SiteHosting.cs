using Academy.Content.Hosting;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace Academy.Web.Hosting;

/// <summary>
/// The site's public origin and how it sits behind proxies: which Host headers it answers, whose
/// forwarded headers it believes, and that Production speaks only HTTPS.
/// </summary>
public static class SiteHosting
{
    public static WebApplicationBuilder AddSiteHosting(this WebApplicationBuilder builder)
    {
        var production = builder.Environment.IsProduction();
        builder.Services.AddOptions<SiteOptions>()
            .BindConfiguration(SiteOptions.Section)
            .Validate(
                site => !production || site.PublicUrl is not null,
                "Set Academy:Site:PublicUrl to the address learners use, such as https://academy.example.com: in Production every link in mails and payments is built from it.")
            .Validate(
                site => site.PublicUrl is null || IsOrigin(site.PublicUrl),
                "Academy:Site:PublicUrl must be an absolute http or https address without a path, query or fragment, such as https://academy.example.com.")
            .Validate(
                site => !production || site.PublicUrl is not { IsAbsoluteUri: true } || site.PublicUrl.Scheme == Uri.UriSchemeHttps,
                "Academy:Site:PublicUrl must start with https:// in Production: sign-in and payment must not travel in clear text.")
            .Validate(
                site => site.KnownProxies.All(SiteOptions.IsNetwork),
                "Academy:Site:KnownProxies must list IP addresses or CIDR networks, such as 10.0.0.5 or 10.0.0.0/24.")
            .ValidateOnStart();

        // A Host header of the attacker's choosing gets a 400, so nothing can be built from it.
        builder.Services.AddOptions<HostFilteringOptions>().Configure<IOptions<SiteOptions>>((hosts, site) =>
        {
            if (site.Value.PublicUrl is { } publicUrl)
            {
                var extra = builder.Configuration["AllowedHosts"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
                hosts.AllowedHosts = [publicUrl.IdnHost, .. extra.Where(host => host != "*")];
            }
        });

        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SiteOptions>>((forwarded, site) =>
        {
            // Only the proxies named in the settings. ASP.NET Core's default trusts loopback, and with
            // both lists empty it trusts everyone, so without named proxies nothing is forwarded at all.
            forwarded.ForwardedHeaders = site.Value.KnownProxies.Count > 0
                ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                : ForwardedHeaders.None;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var network in site.Value.ProxyNetworks())
            {
                forwarded.KnownIPNetworks.Add(network);
            }

            // Walk back through a chain of known proxies; the first unknown address is the client.
            forwarded.ForwardLimit = null;
        });

        builder.Services.AddOptions<HttpsRedirectionOptions>().Configure<IOptions<SiteOptions>>((https, site) =>
        {
            https.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
            https.HttpsPort = site.Value.PublicUrl is { Scheme: "https" } publicUrl ? publicUrl.Port : 443;
        });

        // A year, the common preload value; not includeSubDomains, since the agency's other hosts are not ours.
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));

        builder.Services.Configure<CookiePolicyOptions>(cookies =>
            cookies.Secure = production ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        return builder;
    }

    public static WebApplication UseSiteHosting(this WebApplication app)
    {
        // Believes only the proxies in Academy:Site:KnownProxies; with none, it forwards nothing.
        app.UseForwardedHeaders();

        if (app.Environment.IsProduction())
        {
            // A load balancer's health probe may speak plain HTTP to the node itself.
            app.UseWhen(context => !context.Request.Path.StartsWithSegments("/healthz"), https => https.UseHttpsRedirection());
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        // Every cookie, the antiforgery token's and the sign-in's included, is Secure in Production.
        app.UseCookiePolicy();
        return app;
    }

    /// <summary>
    /// Runs the site until it is stopped. A start refused for invalid content or settings ends with
    /// exit code 1 after the host has logged the reason, instead of a crash dump with a stack trace.
    /// </summary>
    public static Task RunSiteAsync(this WebApplication app)
    {
        // Not a catch around RunAsync: the test host also runs this entry point and must see the exception.
        AppDomain.CurrentDomain.UnhandledException += (_, failure) =>
        {
            if (failure.ExceptionObject is ContentLoadException or OptionsValidationException
                || (failure.ExceptionObject is AggregateException all && all.InnerExceptions.All(e => e is OptionsValidationException)))
            {
                Environment.Exit(1);
            }
        };
        return app.RunAsync();
    }

    private static bool IsOrigin(Uri url) =>
        url.IsAbsoluteUri
        && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
        && url.AbsolutePath == "/"
        && url.Query.Length == 0
        && url.Fragment.Length == 0
        && url.UserInfo.Length == 0;
}
