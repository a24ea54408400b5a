using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;

namespace Academy.Umbraco.Notifications;

public static class NotificationsRegistration
{
    /// <summary>The signed notifications to Academy: settings, the background sender and the handlers.</summary>
    public static IUmbracoBuilder AddAcademyNotifications(this IUmbracoBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<NotifyOptions>()
            .BindConfiguration(NotifyOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotifyOptions>, NotifyOptionsValidation>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(AcademyNotifier.HttpClientName);
        services.AddSingleton<AcademyNotifier>();
        services.AddHostedService(provider => provider.GetRequiredService<AcademyNotifier>());

        builder.AddNotificationHandler<ContentPublishedNotification, NotifyAcademy>();
        builder.AddNotificationHandler<ContentUnpublishedNotification, NotifyAcademy>();
        builder.AddNotificationHandler<ContentMovedNotification, NotifyAcademy>();
        builder.AddNotificationHandler<ContentMovedToRecycleBinNotification, NotifyAcademy>();
        builder.AddNotificationHandler<ContentSortedNotification, NotifyAcademy>();
        return builder;
    }
}
