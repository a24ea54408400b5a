using Academy.Umbraco.DocumentTypes;
using Academy.Umbraco.Notifications;
using Academy.Umbraco.Publishing;
using Academy.Umbraco.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace Academy.Umbraco.Tests;

public sealed class AcademyComposerTests
{
    [Fact]
    public void The_composer_registers_the_installer_the_publish_check_and_the_webhook()
    {
        var services = new ServiceCollection();
        var builder = Substitute.For<IUmbracoBuilder>();
        builder.Services.Returns(services);
        builder.Config.Returns(new ConfigurationBuilder().Build());

        new AcademyComposer().Compose(builder);

        Assert.Contains(services, service => service.ServiceType == typeof(INotificationAsyncHandler<UmbracoApplicationStartedNotification>) && service.ImplementationType == typeof(InstallDocumentTypesOnStart));
        Assert.Contains(services, service => service.ServiceType == typeof(INotificationAsyncHandler<UmbracoApplicationStartedNotification>) && service.ImplementationType == typeof(RegisterWebhookOnStart));
        Assert.Contains(services, service => service.ServiceType == typeof(INotificationHandler<ContentPublishingNotification>) && service.ImplementationType == typeof(PublishValidation));
    }

    [Fact]
    public void The_composer_registers_the_notifier_for_the_five_content_notifications()
    {
        var services = new ServiceCollection();
        var builder = Substitute.For<IUmbracoBuilder>();
        builder.Services.Returns(services);
        builder.Config.Returns(new ConfigurationBuilder().Build());

        new AcademyComposer().Compose(builder);

        foreach (var handled in new[]
        {
            typeof(INotificationHandler<ContentPublishedNotification>), typeof(INotificationHandler<ContentUnpublishedNotification>),
            typeof(INotificationHandler<ContentMovedNotification>), typeof(INotificationHandler<ContentMovedToRecycleBinNotification>),
            typeof(INotificationHandler<ContentSortedNotification>),
        })
        {
            Assert.Contains(services, service => service.ServiceType == handled && service.ImplementationType == typeof(NotifyAcademy));
        }

        Assert.Contains(services, service => service.ServiceType == typeof(AcademyNotifier));
    }
}
