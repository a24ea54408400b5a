using Academy.Cli.Umbraco;
using Academy.Content.Umbraco;

namespace Academy.Cli.Commands;

/// <summary>
/// Pushes one document at a time, parents first: read it by its key, create it when Umbraco has
/// none, update it when it differs, and publish when asked. A failure is reported for that document
/// alone; its children are not sent unless it is known to exist in Umbraco, since they could not be placed.
/// </summary>
internal sealed class DocumentPush(UmbracoManagementClient client, IReadOnlyDictionary<ContentTypeRole, Guid> typeIds, ContentPushCommand.Options options)
{
    private readonly HashSet<Guid> absent = [];
    private readonly HashSet<Guid> onlyPlanned = [];
    private readonly Dictionary<Guid, string> paths = [];

    public bool DryRun => options.DryRun;

    public async Task<PushResult> PushAsync(UmbracoDocument document, IReadOnlyList<UmbracoDocument> all)
    {
        var path = PathOf(document, all);
        if (document.ParentKey is { } parentKey && absent.Contains(parentKey))
        {
            absent.Add(document.Key);
            return new PushResult(document.Role, path, PushOutcome.Failed, false, $"not sent: its parent {paths[parentKey]} failed");
        }

        var target = new ManagementDocument(document, typeIds);
        PushOutcome outcome;
        var exists = false;
        try
        {
            var existing = await client.GetDocumentAsync(document.Key, CancellationToken.None);
            exists = existing is not null || DryRun;
            if (existing is null)
            {
                outcome = PushOutcome.Created;
                if (DryRun)
                {
                    onlyPlanned.Add(document.Key);
                }
                else
                {
                    await client.CreateDocumentAsync(target.CreateBody(document.ParentKey ?? options.Parent), CancellationToken.None);
                    exists = true;
                }
            }
            else
            {
                outcome = target.IsSameAs(existing) ? PushOutcome.Unchanged : PushOutcome.Updated;
                if (outcome == PushOutcome.Updated && !DryRun)
                {
                    await client.UpdateDocumentAsync(document.Key, target.UpdateBody(), CancellationToken.None);
                }
            }

            var publish = options.Publish && !DryRun && (outcome != PushOutcome.Unchanged || !ManagementDocument.IsPublished(existing!));
            if (publish)
            {
                await client.PublishDocumentAsync(document.Key, CancellationToken.None);
            }

            return new PushResult(document.Role, path, outcome, publish, null);
        }
        catch (UmbracoManagementException exception)
        {
            if (!exists)
            {
                absent.Add(document.Key);
            }

            return new PushResult(document.Role, path, PushOutcome.Failed, false, exception.Message);
        }
    }

    /// <summary>
    /// Puts the pushed children of <paramref name="parent"/> in the folder's order, as Umbraco appends
    /// a new item at the end. Children an editor added keep their places; nothing is sent when the
    /// order is right already, so a second push writes nothing.
    /// </summary>
    /// <returns>Null when the order was right, or the parent is not in Umbraco.</returns>
    public async Task<PushResult?> SortChildrenAsync(UmbracoDocument parent, IReadOnlyList<UmbracoDocument> all)
    {
        var wanted = all.Where(document => document.ParentKey == parent.Key).OrderBy(document => document.SortOrder).Select(document => document.Key).ToList();
        if (wanted.Count < 2 || absent.Contains(parent.Key) || onlyPlanned.Contains(parent.Key))
        {
            return null;
        }

        var path = PathOf(parent, all);
        try
        {
            var current = await client.ChildrenAsync(parent.Key, CancellationToken.None);
            var ours = wanted.Where(current.Contains).ToList();
            var next = 0;
            var sorted = current.Select(child => ours.Contains(child) ? ours[next++] : child).ToList();
            if (sorted.SequenceEqual(current))
            {
                return null;
            }

            if (!DryRun)
            {
                await client.SortAsync(parent.Key, sorted, CancellationToken.None);
            }

            return new PushResult(parent.Role, path, PushOutcome.Sorted, false, null);
        }
        catch (UmbracoManagementException exception)
        {
            return new PushResult(parent.Role, path, PushOutcome.Failed, false, "sorting its children: " + exception.Message);
        }
    }

    private string PathOf(UmbracoDocument document, IReadOnlyList<UmbracoDocument> all)
    {
        if (!paths.TryGetValue(document.Key, out var path))
        {
            var parent = document.ParentKey is { } key ? all.FirstOrDefault(candidate => candidate.Key == key) : null;
            path = parent is null || parent.ParentKey is null ? document.Slug : $"{PathOf(parent, all)}/{document.Slug}";
            paths[document.Key] = path;
        }

        return path;
    }
}

internal enum PushOutcome
{
    Created,
    Updated,
    Unchanged,
    Failed,

    /// <summary>Its children were put in the folder's order.</summary>
    Sorted,
}

internal sealed record PushResult(ContentTypeRole Role, string Path, PushOutcome Outcome, bool Published, string? Problem)
{
    public string Describe(bool dryRun)
    {
        var verb = (Outcome, dryRun) switch
        {
            (PushOutcome.Created, true) => "create",
            (PushOutcome.Updated, true) => "update",
            (PushOutcome.Created, false) => "created",
            (PushOutcome.Updated, false) => "updated",
            (PushOutcome.Unchanged, _) => "unchanged",
            (PushOutcome.Sorted, true) => "sort",
            (PushOutcome.Sorted, false) => "sorted",
            _ => "FAILED",
        };
        var role = Role.ToString().ToLowerInvariant();
        var published = Published ? " (published)" : "";
        return Problem is null ? $"{verb,-9} {role,-14} {Path}{published}" : $"{verb,-9} {role,-14} {Path}: {Problem}";
    }
}
