using Academy.Content.Umbraco;
using Academy.Umbraco.Webhooks;
using Microsoft.Extensions.Configuration;
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
    private readonly UmbracoSite site = new();

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
        Assert.Equal(
            ["Umbraco.ContentPublish", "Umbraco.ContentUnpublish", "Umbraco.ContentDelete", "Umbraco.ContentMovedToRecycleBin", "Umbraco.ContentMoved", "Umbraco.ContentSorted"],
            webhook.Events);
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
    public async Task Configured_events_replace_the_defaults()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Academy:Umbraco:Webhook:Url"] = Url,
            ["Academy:Umbraco:Webhook:Secret"] = "geheim",
            ["Academy:Umbraco:Webhook:Events:0"] = "Umbraco.ContentPublish",
            ["Academy:Umbraco:Webhook:Events:1"] = "Umbraco.ContentSorted",
        }).Build();
        var bound = configuration.GetSection(AcademyUmbracoOptions.Section).Get<AcademyUmbracoOptions>()!;

        await StartAsync(bound);

        Assert.Equal(["Umbraco.ContentPublish", "Umbraco.ContentSorted"], Assert.Single(registered).Events);
    }

    [Fact]
    public async Task The_webhook_fires_only_for_Academys_document_types()
    {
        await StartAsync(Url, "geheim");

        var webhook = Assert.Single(registered);
        Assert.Equal(
            UmbracoContentModel.Types.Where(type => !type.IsElement).Select(type => site.ContentType(type.Role).Key).Order(),
            webhook.ContentTypeKeys.Order());
        Assert.Contains(UmbracoContentModel.TypeKey("academyLesson"), webhook.ContentTypeKeys);
    }

    [Fact]
    public async Task A_webhook_registered_for_every_type_is_limited_to_Academys()
    {
        registered.Add(new Webhook(Url, enabled: true, entityKeys: [], events: [.. WebhookOptions.DefaultEvents], headers: new Dictionary<string, string> { ["X-Academy-Webhook-Secret"] = "geheim" }));

        await StartAsync(Url, "geheim");

        var webhook = Assert.Single(registered);
        Assert.Contains(site.ContentType(ContentTypeRole.Course).Key, webhook.ContentTypeKeys);
        Assert.DoesNotContain(site.ContentType(ContentTypeRole.Question).Key, webhook.ContentTypeKeys);
        await webhooks.Received(1).UpdateAsync(webhook);
    }

    [Fact]
    public async Task Without_a_url_no_webhook_is_registered()
    {
        await StartAsync(url: null, secret: null);

        await webhooks.DidNotReceiveWithAnyArgs().GetAllAsync(default, default);
        Assert.Empty(registered);
    }

    private Task StartAsync(string? url, string? secret) =>
        StartAsync(new AcademyUmbracoOptions { Webhook = new WebhookOptions { Url = url, Secret = secret } });

    private async Task StartAsync(AcademyUmbracoOptions settings)
    {
        await site.WithAcademyTypes();
        var runtime = Substitute.For<IRuntimeState>();
        runtime.Level.Returns(RuntimeLevel.Run);
        await new RegisterWebhookOnStart(runtime, webhooks, site.ContentTypes, site.Aliases, Options.Create(settings), NullLogger<RegisterWebhookOnStart>.Instance)
            .HandleAsync(new UmbracoApplicationStartedNotification(isRestarting: false), CancellationToken.None);
    }
}
