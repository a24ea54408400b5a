using System.Globalization;
using Academy.Content;
using Academy.Content.Markdown;
using Academy.Content.Umbraco;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Academy.Cli.Commands;

/// <summary>
/// <c>content pull &lt;folder&gt;</c>: the published Academy content of an Umbraco site, read
/// through the Delivery API as the site reads it, written as a content folder in the Markdown format.
/// </summary>
public static class ContentPullCommand
{
    public const string UmbracoOption = "--umbraco";
    public const string StartItemOption = "--start-item";

    public static Task<int> RunAsync(ContentArguments arguments, IConfiguration configuration, TextWriter output)
    {
        var settings = CliSettings.Umbraco(configuration);
        settings.DeliveryApiUrl = arguments.Value(UmbracoOption) ?? settings.DeliveryApiUrl;
        settings.StartItem = arguments.Value(StartItemOption) ?? settings.StartItem;
        return RunAsync(arguments.Folder, settings, output);
    }

    public static async Task<int> RunAsync(string folder, UmbracoOptions settings, TextWriter output)
    {
        if (!Uri.TryCreate(settings.DeliveryApiUrl, UriKind.Absolute, out var site) || site.Scheme is not ("http" or "https"))
        {
            await output.WriteLineAsync($"Name the Umbraco site with {UmbracoOption} https://cms.example.com (or Academy:Umbraco:DeliveryApiUrl in umbraco.config.json).");
            return 1;
        }

        if (string.IsNullOrWhiteSpace(settings.StartItem))
        {
            await output.WriteLineAsync($"Name the Academy start item with {StartItemOption} <id or path> (or Academy:Umbraco:StartItem in umbraco.config.json).");
            return 1;
        }

        // Pulling over an existing folder would leave lessons behind that Umbraco no longer has,
        // and a renumbered one twice; a fresh folder is what the site would read.
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            await output.WriteLineAsync($"{folder}: the folder is not empty; pull into a new folder, then compare or copy.");
            return 1;
        }

        using var http = new HttpClient { BaseAddress = new Uri(site.ToString().TrimEnd('/') + "/") };
        var aliases = new UmbracoAliases(settings.Aliases);
        var client = new UmbracoDeliveryClient(http, Options.Create(settings), aliases);
        IReadOnlyList<System.Text.Json.JsonElement> raw;
        try
        {
            raw = await client.FetchAsync(preview: false, CancellationToken.None);
        }
        catch (ContentSourceUnavailableException exception)
        {
            await output.WriteLineAsync(exception.Message);
            return 1;
        }

        if (raw.Count == 0)
        {
            await output.WriteLineAsync($"Umbraco has no published Academy content below the start item {settings.StartItem}; publish it (content push --publish) or check Academy:Umbraco:StartItem.");
            return 1;
        }

        var items = raw.Select(UmbracoItem.Read).OfType<UmbracoItem>().ToList();
        var (definition, readErrors) = new UmbracoCatalogueReader(aliases).Read(items);
        foreach (var warning in MarkdownFolderWriter.Write(definition, folder))
        {
            await output.WriteLineAsync($"warning: {warning}");
        }

        foreach (var error in readErrors)
        {
            await output.WriteLineAsync(error.ToString());
        }

        if (raw.Count != items.Count)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{raw.Count - items.Count} item(s) without an id, type or route were left out."));
        }

        // The folder is judged as the site would judge it, so a pull that cannot serve says so now.
        return new ValidateCommand().Run(folder, output) == 0 && readErrors.Count == 0 ? 0 : 1;
    }
}
