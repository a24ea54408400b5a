using Academy.Content.Umbraco;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;

namespace Academy.Umbraco.Notifications;

/// <summary>
/// Tells Academy when an editor publishes, unpublishes, moves, trashes or sorts Academy items, so the
/// change is live within seconds instead of waiting for Umbraco's webhook queue. Umbraco publishes
/// these "…ed" notifications when the outermost scope exits, after its transaction committed
/// (Scope.DisposeLastScope, then ScopedNotificationPublisher.ScopeExit), so Academy never asks before
/// the change is stored. Items of the agency's other types are left out.
/// </summary>
public sealed class NotifyAcademy(AcademyNotifier notifier, UmbracoAliases aliases, TimeProvider clock)
    : INotificationHandler<ContentPublishedNotification>,
      INotificationHandler<ContentUnpublishedNotification>,
      INotificationHandler<ContentMovedNotification>,
      INotificationHandler<ContentMovedToRecycleBinNotification>,
      INotificationHandler<ContentSortedNotification>
{
    public void Handle(ContentPublishedNotification notification) => Notify(ContentNotification.Published, notification.PublishedEntities);

    public void Handle(ContentUnpublishedNotification notification) => Notify(ContentNotification.Unpublished, notification.UnpublishedEntities);

    public void Handle(ContentMovedNotification notification) => Notify(ContentNotification.Moved, notification.MoveInfoCollection.Select(move => move.Entity));

    public void Handle(ContentMovedToRecycleBinNotification notification) =>
        Notify(ContentNotification.MovedToRecycleBin, notification.MoveInfoCollection.Select(move => move.Entity));

    public void Handle(ContentSortedNotification notification) => Notify(ContentNotification.Sorted, notification.SortedEntities);

    private void Notify(string name, IEnumerable<IContent> items)
    {
        var ids = items.Where(item => aliases.RoleOf(item.ContentType.Alias) is not null).Select(item => item.Key).Distinct().ToList();
        if (ids.Count > 0)
        {
            notifier.Enqueue(new ContentNotification(name, ids, clock.GetUtcNow()));
        }
    }
}
