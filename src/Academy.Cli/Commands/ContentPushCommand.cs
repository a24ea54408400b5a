using System.Globalization;
using Academy.Cli.Umbraco;
using Academy.Content.Markdown;
using Academy.Content.Umbraco;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace Academy.Cli.Commands;

/// <summary>
/// <c>content push &lt;folder&gt;</c>: a validated content folder into Umbraco through the
/// Management API. Each document keeps the stable key <see cref="UmbracoCatalogueWriter"/> gives
/// it, so a second run, or a run after a failure, updates what is there instead of copying it.
/// Umbraco appends a new item after its siblings, so each folder's children are sorted into their
/// <c>NN-</c> order afterwards, where the order differs.
/// </summary>
public static class ContentPushCommand
{
    public const string UmbracoOption = "--umbraco";
    public const string ParentOption = "--parent";
    public const string PublishFlag = "--publish";
    public const string DryRunFlag = "--dry-run";

    public static Task<int> RunAsync(ContentArguments arguments, IConfiguration settings, TextWriter output, bool interactive)
    {
        var site = arguments.Value(UmbracoOption) ?? CliSettings.Umbraco(settings).DeliveryApiUrl;
        if (!Uri.TryCreate(site, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            output.WriteLine($"Name the Umbraco site with {UmbracoOption} https://cms.example.com (or Academy:Umbraco:DeliveryApiUrl in umbraco.config.json).");
            return Task.FromResult(1);
        }

        Guid? parent = null;
        if (arguments.Value(ParentOption) is { } parentText)
        {
            if (!Guid.TryParse(parentText, out var parentId))
            {
                output.WriteLine($"{ParentOption} takes the id (a GUID) of the Umbraco item to push below, not '{parentText}'.");
                return Task.FromResult(1);
            }

            parent = parentId;
        }

        var options = new Options(arguments.Folder, address, parent, arguments.Has(PublishFlag), arguments.Has(DryRunFlag));
        return RunAsync(options, CliSettings.Credentials(settings), CliSettings.Aliases(settings), output, interactive, TimeProvider.System);
    }

    /// <param name="Parent">Where the catalogue goes; null for the root of the content tree.</param>
    public sealed record Options(string Folder, Uri Site, Guid? Parent = null, bool Publish = false, bool DryRun = false);

    public static async Task<int> RunAsync(Options options, ManagementCredentials? credentials, UmbracoAliases aliases, TextWriter output, bool interactive, TimeProvider clock)
    {
        if (!Directory.Exists(options.Folder))
        {
            output.WriteLine($"{options.Folder}: the folder does not exist; pass the content folder, for example: content push content");
            return 1;
        }

        var loaded = MarkdownFolderSource.Load(options.Folder);
        if (!loaded.Succeeded)
        {
            foreach (var error in loaded.Errors)
            {
                output.WriteLine(error.Under(options.Folder));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{loaded.Errors.Count} error(s); nothing was sent to Umbraco. Fix them (validate {options.Folder}) and push again."));
            return 1;
        }

        if (credentials is null)
        {
            output.WriteLine($"Set {ManagementCredentials.ClientIdVariable} and {ManagementCredentials.ClientSecretVariable} in the environment: the client id (umbraco-back-office-…) and secret of an Umbraco API user that may create and publish content.");
            return 1;
        }

        var documents = UmbracoCatalogueWriter.Write(MarkdownFolderSource.Read(options.Folder).Definition);
        var site = new Uri(options.Site.ToString().TrimEnd('/') + "/");
        using var http = new HttpClient(new ManagementApiToken(site, credentials, clock) { InnerHandler = new SocketsHttpHandler() }) { BaseAddress = site };
        var client = new UmbracoManagementClient(http);
        IReadOnlyDictionary<ContentTypeRole, Guid> typeIds;
        try
        {
            typeIds = await client.DocumentTypesAsync(aliases, CancellationToken.None);
        }
        catch (UmbracoManagementException exception)
        {
            output.WriteLine(exception.Message);
            return 1;
        }

        var push = new DocumentPush(client, typeIds, options);
        var results = interactive
            ? await WithProgressAsync(push, documents)
            : await PlainAsync(push, documents, output);

        foreach (var parent in documents)
        {
            if (await push.SortChildrenAsync(parent, documents) is { } sorted)
            {
                results.Add(sorted);
                if (!interactive)
                {
                    output.WriteLine(sorted.Describe(options.DryRun));
                }
            }
        }

        if (interactive)
        {
            foreach (var failure in results.Where(result => result.Outcome == PushOutcome.Failed))
            {
                output.WriteLine(failure.Describe(options.DryRun));
            }
        }

        output.WriteLine(Summary(results, options));
        if (!options.DryRun && results.All(result => result.Outcome != PushOutcome.Failed))
        {
            output.WriteLine($"The Academy start item is {UmbracoCatalogueWriter.CatalogueKey}; use it as Academy:Umbraco:StartItem.");
        }

        return results.Any(result => result.Outcome == PushOutcome.Failed) ? 1 : 0;
    }

    private static async Task<List<PushResult>> PlainAsync(DocumentPush push, IReadOnlyList<UmbracoDocument> documents, TextWriter output)
    {
        var results = new List<PushResult>();
        foreach (var document in documents)
        {
            var result = await push.PushAsync(document, documents);
            results.Add(result);
            output.WriteLine(result.Describe(push.DryRun));
        }

        return results;
    }

    /// <summary>A bar for a person at a terminal; the per-document lines would scroll past unread.</summary>
    private static async Task<List<PushResult>> WithProgressAsync(DocumentPush push, IReadOnlyList<UmbracoDocument> documents)
    {
        var results = new List<PushResult>();
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(push.DryRun ? "Planning" : "Pushing", maxValue: documents.Count);
                foreach (var document in documents)
                {
                    results.Add(await push.PushAsync(document, documents));
                    task.Increment(1);
                }
            });
        return results;
    }

    private static string Summary(List<PushResult> results, Options options)
    {
        int Count(PushOutcome outcome) => results.Count(result => result.Outcome == outcome);

        // Only mentioned when it happened: most pushes append at the end, which is the right place.
        var sorted = Count(PushOutcome.Sorted);
        if (options.DryRun)
        {
            var toSort = sorted > 0 ? string.Create(CultureInfo.InvariantCulture, $", {sorted} to sort") : "";
            return string.Create(CultureInfo.InvariantCulture,
                $"Dry run: {Count(PushOutcome.Created)} to create, {Count(PushOutcome.Updated)} to update, {Count(PushOutcome.Unchanged)} unchanged, {Count(PushOutcome.Failed)} failed{toSort}. Nothing was written.");
        }

        var reordered = sorted > 0 ? string.Create(CultureInfo.InvariantCulture, $", {sorted} sorted") : "";
        var published = options.Publish ? string.Create(CultureInfo.InvariantCulture, $", {results.Count(result => result.Published)} published") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"Pushed: {Count(PushOutcome.Created)} created, {Count(PushOutcome.Updated)} updated, {Count(PushOutcome.Unchanged)} unchanged, {Count(PushOutcome.Failed)} failed{reordered}{published}.");
    }
}
