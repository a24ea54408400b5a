using Academy.Umbraco.Webhooks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace Academy.Umbraco.Tests.Webhooks;

public sealed class RegisterWebhookOnStartTests
{
    private const string Url = "https://academy.example.com/webhooks/umbraco";

    private readonly List<IWebhook> registered = [];
    private readonly IWebhookService webhooks = Substitute.For<IWebhookService>();

    public RegisterWebhookOnStartTests()
    {
        webhooks.GetAllAsync(Arg.Any<int>(), Arg.Any<int>())
            .Returns(call => new PagedModel<IWebhook>(registered.Count, registered.Skip(call.ArgAt<int>(0)).Take(call.ArgAt<int>(1)).ToList()));
        webhooks.CreateAsync(Arg.Any<IWebhook>()).Returns(call =>
        {
            registered.Add(call.Arg<IWebhook>());
            return Attempt.SucceedWithStatus(WebhookOperationStatus.Success, call.Arg<IWebhook>());
        });
        webhooks.UpdateAsync(Arg.Any<IWebhook>()).Returns(call => Attempt.SucceedWithStatus(WebhookOperationStatus.Success, call.Arg<IWebhook>()));
    }

    [Fact]
    public async Task The_webhook_is_registered_with_the_events_and_the_secret_header()
    {
        await StartAsync(Url, "geheim");

        var webhook = Assert.Single(registered);
        Assert.Equal(Url, webhook.Url);
        Assert.True(webhook.Enabled);
        Assert.Equal(["Umbraco.ContentPublish", "Umbraco.ContentUnpublish", "Umbraco.ContentDelete"], webhook.Events);
        Assert.Equal("geheim", webhook.Headers["X-Academy-Webhook-Secret"]);
    }

    [Fact]
    public async Task A_second_start_changes_nothing()
    {
        await StartAsync(Url, "geheim");
        webhooks.ClearReceivedCalls();

        await StartAsync(Url, "geheim");

        Assert.Single(registered);
        await webhooks.DidNotReceiveWithAnyArgs().CreateAsync(default!);
        await webhooks.DidNotReceiveWithAnyArgs().UpdateAsync(default!);
    }

    [Fact]
    public async Task A_new_secret_updates_the_webhook_and_keeps_what_was_added_in_the_backoffice()
    {
        await StartAsync(Url, "alt");
        registered[0].Events = [.. registered[0].Events, "Umbraco.MediaSave"];
        registered[0].Headers = new Dictionary<string, string>(registered[0].Headers) { ["X-Trace"] = "1" };

        await StartAsync(Url, "neu");

        var webhook = Assert.Single(registered);
        Assert.Equal("neu", webhook.Headers["X-Academy-Webhook-Secret"]);
        Assert.Equal("1", webhook.Headers["X-Trace"]);
        Assert.Contains("Umbraco.MediaSave", webhook.Events);
        await webhooks.Received(1).UpdateAsync(webhook);
    }

    [Fact]
    public async Task Without_a_url_no_webhook_is_registered()
    {
        await StartAsync(url: null, secret: null);

        await webhooks.DidNotReceiveWithAnyArgs().GetAllAsync(default, default);
        Assert.Empty(registered);
    }

    private Task StartAsync(string? url, string? secret)
    {
        var runtime = Substitute.For<IRuntimeState>();
        runtime.Level.Returns(RuntimeLevel.Run);
        var options = Options.Create(new AcademyUmbracoOptions { Webhook = new WebhookOptions { Url = url, Secret = secret } });
        return new RegisterWebhookOnStart(runtime, webhooks, options, NullLogger<RegisterWebhookOnStart>.Instance)
            .HandleAsync(new UmbracoApplicationStartedNotification(isRestarting: false), CancellationToken.None);
    }
}
