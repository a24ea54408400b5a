using System.Diagnostics;
using Academy.Content.Umbraco;
using Academy.Umbraco.Notifications;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;

namespace Academy.Umbraco.Tests.Notifications;

public sealed class NotifyAcademyTests
{
    public static TheoryData<string> Notifications => [
        ContentNotification.Published, ContentNotification.Unpublished, ContentNotification.Moved, ContentNotification.MovedToRecycleBin, ContentNotification.Sorted];

    [Theory]
    [MemberData(nameof(Notifications))]
    public async Task Each_notification_posts_the_academy_items_signed_and_leaves_the_agencys_other_pages_out(string name)
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var course = site.Document(ContentTypeRole.Course, "Strategie");
        var lesson = site.Document(ContentTypeRole.Lesson, "Ziele setzen", site.Document(ContentTypeRole.Module, "Ziele", course));
        var blogPost = OtherPage("Sommerfest");
        var receiver = new AcademyReceiver();
        using var notifier = receiver.Notifier();
        await notifier.StartAsync(CancellationToken.None);

        Handle(new NotifyAcademy(notifier, site.Aliases, TimeProvider.System), name, [lesson, blogPost, course]);
        var deliveries = await receiver.WaitForAsync(1);
        await notifier.StopAsync(CancellationToken.None);

        var delivery = Assert.Single(deliveries);
        Assert.Equal(AcademyReceiver.Url, delivery.Url.ToString());
        Assert.True(delivery.IsSignedWith(AcademyReceiver.Secret), $"the signature '{delivery.Signature}' does not verify");
        Assert.False(delivery.IsSignedWith(AcademyReceiver.Secret + "x"), "the signature verifies with another secret");
        Assert.Equal(name, delivery.Notification?.Event);
        Assert.Equal([lesson.Key, course.Key], delivery.Notification!.Ids);
        Assert.True((DateTimeOffset.UtcNow - delivery.Notification.Timestamp).Duration() < TimeSpan.FromSeconds(10));
    }

    [Theory]
    [MemberData(nameof(Notifications))]
    public async Task Only_pages_of_other_types_post_nothing(string name)
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var receiver = new AcademyReceiver();
        using var notifier = receiver.Notifier();
        await notifier.StartAsync(CancellationToken.None);

        Handle(new NotifyAcademy(notifier, site.Aliases, TimeProvider.System), name, [OtherPage("Sommerfest"), OtherPage("Impressum")]);
        await Task.Delay(300);
        await notifier.StopAsync(CancellationToken.None);

        Assert.Empty(receiver.Deliveries);
    }

    [Fact]
    public async Task A_publish_returns_at_once_while_academy_hangs()
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var receiver = new AcademyReceiver { Hang = TimeSpan.FromSeconds(30) };
        using var notifier = receiver.Notifier();
        await notifier.StartAsync(CancellationToken.None);
        var handler = new NotifyAcademy(notifier, site.Aliases, TimeProvider.System);
        await Task.Delay(50);

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 5; i++)
        {
            handler.Handle(new ContentPublishedNotification(site.Document(ContentTypeRole.Course, $"Kurs {i}"), new EventMessages()));
        }

        var took = clock.Elapsed;
        Assert.NotEmpty(await receiver.WaitForAsync(1));
        await notifier.StopAsync(CancellationToken.None);
        Assert.True(took < TimeSpan.FromMilliseconds(200), $"five publishes waited {took.TotalMilliseconds:0} ms for Academy");
    }

    [Fact]
    public async Task Nothing_is_posted_while_no_url_is_set()
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var receiver = new AcademyReceiver();
        var clients = Substitute.For<IHttpClientFactory>();
        using var notifier = new AcademyNotifier(clients, Options.Create(new NotifyOptions()), TimeProvider.System, NullLogger<AcademyNotifier>.Instance);
        await notifier.StartAsync(CancellationToken.None);

        new NotifyAcademy(notifier, site.Aliases, TimeProvider.System).Handle(new ContentPublishedNotification(site.Document(ContentTypeRole.Course, "Kurs"), new EventMessages()));
        await Task.Delay(200);
        await notifier.StopAsync(CancellationToken.None);

        Assert.Empty(clients.ReceivedCalls());
    }

    private static void Handle(NotifyAcademy handler, string name, IContent[] items)
    {
        var messages = new EventMessages();
        switch (name)
        {
            case ContentNotification.Published:
                handler.Handle(new ContentPublishedNotification(items, messages));
                break;
            case ContentNotification.Unpublished:
                handler.Handle(new ContentUnpublishedNotification(items, messages));
                break;
            case ContentNotification.Moved:
                handler.Handle(new ContentMovedNotification(items.Select(item => new MoveEventInfo<IContent>(item, item.Path, 1234)), messages));
                break;
            case ContentNotification.MovedToRecycleBin:
                handler.Handle(new ContentMovedToRecycleBinNotification(items.Select(item => new MoveToRecycleBinEventInfo<IContent>(item, item.Path)), messages));
                break;
            case ContentNotification.Sorted:
                handler.Handle(new ContentSortedNotification(items, messages));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, null);
        }
    }

    private static global::Umbraco.Cms.Core.Models.Content OtherPage(string name) =>
        new(name, Constants.System.Root, new ContentType(UmbracoSite.ShortStrings, Constants.System.Root) { Alias = "blogPost", Name = "Blog post" }) { Key = Guid.NewGuid() };
}
