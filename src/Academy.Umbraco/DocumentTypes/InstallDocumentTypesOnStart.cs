using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace Academy.Umbraco.DocumentTypes;

/// <summary>
/// Runs the installer once the site has started. Only at runtime level Run: while Umbraco installs
/// or upgrades, its database is not ready for types.
/// </summary>
public sealed class InstallDocumentTypesOnStart(IRuntimeState runtime, DocumentTypeInstaller installer, ILogger<InstallDocumentTypesOnStart> logger)
    : INotificationAsyncHandler<UmbracoApplicationStartedNotification>
{
    public async Task HandleAsync(UmbracoApplicationStartedNotification notification, CancellationToken cancellationToken)
    {
        if (runtime.Level != RuntimeLevel.Run)
        {
            logger.LogInformation("Academy document types are installed at runtime level Run; this start is at {Level}.", runtime.Level);
            return;
        }

        try
        {
            var changes = await installer.InstallAsync();
            if (changes.Count == 0)
            {
                logger.LogInformation("Academy document types are up to date.");
            }
            else
            {
                logger.LogInformation("Academy document types installed: {Changes}.", string.Join("; ", changes));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The agency's site must keep serving its own pages; the log says what to fix before the next start.
            logger.LogError(exception, "Installing the Academy document types failed; the site runs on without them until the next start.");
        }
    }
}
