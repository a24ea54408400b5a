using Academy.Content.Umbraco;
using Academy.Umbraco.DocumentTypes;
using Academy.Umbraco.Notifications;
using Academy.Umbraco.Publishing;
using Academy.Umbraco.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;

namespace Academy.Umbraco;

/// <summary>Everything the package adds to an Umbraco site; Umbraco finds it by type scanning.</summary>
public sealed class AcademyComposer : IComposer
{
    public void Compose(IUmbracoBuilder builder)
    {
        builder.Services.AddOptions<AcademyUmbracoOptions>()
            .BindConfiguration(AcademyUmbracoOptions.Section)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AcademyUmbracoOptions>, AcademyUmbracoOptionsValidation>();
        builder.Services.AddSingleton<UmbracoAliases>(services => services.GetRequiredService<IOptions<AcademyUmbracoOptions>>().Value.ToAliases());

        builder.Services.AddTransient<DocumentTypeInstaller>();
        builder.AddNotificationAsyncHandler<UmbracoApplicationStartedNotification, InstallDocumentTypesOnStart>();

        builder.Services.AddTransient<PublishedContentReader>();
        builder.AddNotificationHandler<ContentPublishingNotification, PublishValidation>();

        builder.AddNotificationAsyncHandler<UmbracoApplicationStartedNotification, RegisterWebhookOnStart>();
        builder.AddAcademyNotifications();
    }
}
