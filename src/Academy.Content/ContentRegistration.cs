using Academy.Content.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Academy.Content;

public static class ContentRegistration
{
    public static IHostApplicationBuilder AddCourseContent(this IHostApplicationBuilder builder)
    {
        AddUmbracoConfig(builder);

        builder.Services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.Section)
            .ValidateOnStart();
        builder.Services.AddSingleton<ContentOptionsSetup>();
        builder.Services.AddSingleton<IPostConfigureOptions<ContentOptions>>(services => services.GetRequiredService<ContentOptionsSetup>());
        builder.Services.AddSingleton<IValidateOptions<ContentOptions>>(services => services.GetRequiredService<ContentOptionsSetup>());
        builder.Services.AddSingleton<CatalogueStore>();
        builder.Services.AddHostedService<MarkdownFolderWatcher>();
        return builder;
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
