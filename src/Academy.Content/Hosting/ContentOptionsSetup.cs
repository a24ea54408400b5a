using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Academy.Content.Hosting;

/// <summary>Resolves the content folder and fails startup with a sentence naming the key to set.</summary>
internal sealed class ContentOptionsSetup(IHostEnvironment environment) : IPostConfigureOptions<ContentOptions>, IValidateOptions<ContentOptions>
{
    public void PostConfigure(string? name, ContentOptions options)
    {
        options.Path = string.IsNullOrWhiteSpace(options.Path)
            ? RepositoryRoot.FindContentFolder(environment.ContentRootPath, AppContext.BaseDirectory)
            : Path.GetFullPath(options.Path);
    }

    public ValidateOptionsResult Validate(string? name, ContentOptions options)
    {
        if (options.IsUmbraco)
        {
            return ValidateOptionsResult.Success;
        }

        if (!string.Equals(options.Source, ContentOptions.MarkdownSource, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail($"Academy:Content:Source '{options.Source}' is not supported; use Markdown or Umbraco.");
        }

        if (options.Path is null)
        {
            return ValidateOptionsResult.Fail(
                $"No content folder with a courses/ folder was found above '{environment.ContentRootPath}'; set Academy:Content:Path to the content folder.");
        }

        if (!Directory.Exists(options.Path))
        {
            return ValidateOptionsResult.Fail($"The content folder '{options.Path}' does not exist; set Academy:Content:Path to the content folder.");
        }

        return ValidateOptionsResult.Success;
    }
}
