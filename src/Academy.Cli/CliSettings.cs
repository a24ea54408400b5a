using Academy.Cli.Umbraco;
using Academy.Content;
using Academy.Content.Umbraco;
using Microsoft.Extensions.Configuration;

namespace Academy.Cli;

/// <summary>
/// The settings the content commands read, as the web app reads them: the checked-in
/// umbraco.config.json first, then environment variables (<c>Academy__Umbraco__ClientId</c>), which
/// override it and carry the secrets.
/// </summary>
public static class CliSettings
{
    public static IConfiguration Load()
    {
        var builder = new ConfigurationBuilder();
        if (RepositoryRoot.FindUmbracoConfig(Directory.GetCurrentDirectory(), AppContext.BaseDirectory) is { } file)
        {
            builder.AddJsonFile(file, optional: true, reloadOnChange: false);
        }

        return builder.AddEnvironmentVariables().Build();
    }

    public static UmbracoOptions Umbraco(IConfiguration settings) =>
        settings.GetSection(UmbracoOptions.Section).Get<UmbracoOptions>() ?? new UmbracoOptions();

    public static UmbracoAliases Aliases(IConfiguration settings) => new(Umbraco(settings).Aliases);

    /// <summary>Null unless both the client id and the secret are set.</summary>
    public static ManagementCredentials? Credentials(IConfiguration settings)
    {
        var section = settings.GetSection(UmbracoOptions.Section);
        return section["ClientId"] is { Length: > 0 } id && section["ClientSecret"] is { Length: > 0 } secret
            ? new ManagementCredentials(id, secret)
            : null;
    }
}
