using Academy.Content.Hosting;
using Academy.Content.Markdown;
using Academy.Content.Umbraco;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Academy.Content;

public static class ContentRegistration
{
    public static IHostApplicationBuilder AddCourseContent(this IHostApplicationBuilder builder)
    {
        AddUmbracoConfig(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<ContentOptionsSetup>();
        services.AddSingleton<IPostConfigureOptions<ContentOptions>>(provider => provider.GetRequiredService<ContentOptionsSetup>());
        services.AddSingleton<IValidateOptions<ContentOptions>>(provider => provider.GetRequiredService<ContentOptionsSetup>());

        services.AddOptions<UmbracoOptions>()
            .BindConfiguration(UmbracoOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<UmbracoOptionsValidation>();
        services.AddSingleton<IPostConfigureOptions<UmbracoOptions>>(provider => provider.GetRequiredService<UmbracoOptionsValidation>());
        services.AddSingleton<IValidateOptions<UmbracoOptions>>(provider => provider.GetRequiredService<UmbracoOptionsValidation>());

        // Built once from the validated settings; the source, its client and the webhook read by it.
        services.AddSingleton(provider => new UmbracoAliases(provider.GetRequiredService<IOptions<UmbracoOptions>>().Value.Aliases));
        services.AddSingleton<MarkdownContentSource>();
        services.AddSingleton<UmbracoContentSource>();
        services.AddHttpClient<UmbracoDeliveryClient>((provider, http) =>
            {
                var url = provider.GetRequiredService<IOptions<UmbracoOptions>>().Value.DeliveryApiUrl;
                http.BaseAddress = new Uri(url!.TrimEnd('/') + "/");
            })
            .AddStandardResilienceHandler(ConfigureResilience);
        services.AddSingleton<IContentSource>(provider => provider.GetRequiredService<IOptions<ContentOptions>>().Value.IsUmbraco
            ? provider.GetRequiredService<UmbracoContentSource>()
            : provider.GetRequiredService<MarkdownContentSource>());

        services.AddSingleton<CatalogueStore>();
        services.AddSingleton<ContentRefresher>();
        services.AddHostedService(provider => provider.GetRequiredService<ContentRefresher>());
        services.AddHostedService<MarkdownFolderWatcher>();
        return builder;
    }

    public static IEndpointRouteBuilder MapContentWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapPost(UmbracoWebhook.Route, UmbracoWebhook.HandleAsync).DisableAntiforgery();
        return app;
    }

    /// <summary>
    /// A few quick retries ride out a restart of Umbraco; anything longer is an outage, and then the
    /// last good content is served while the refresher tries again later.
    /// </summary>
    private static void ConfigureResilience(HttpStandardResilienceOptions options)
    {
        options.Retry.MaxRetryAttempts = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(30);
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(20);
    }

    /// <summary>
    /// umbraco.config.json carries the checked-in, non-secret defaults, so it goes first:
    /// appsettings, user secrets and environment variables added later still override it.
    /// </summary>
    private static void AddUmbracoConfig(IHostApplicationBuilder builder)
    {
        var file = RepositoryRoot.FindUmbracoConfig(builder.Environment.ContentRootPath, AppContext.BaseDirectory);
        if (file is null || builder.Configuration.Sources.OfType<JsonConfigurationSource>().Any(source => source.Path == RepositoryRoot.UmbracoConfigFile))
        {
            return;
        }

        builder.Configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(Path.GetDirectoryName(file)!),
            Path = RepositoryRoot.UmbracoConfigFile,
            Optional = true,
            ReloadOnChange = false,
        });
    }
}
