using Academy.Content.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Academy.Content.Tests.Hosting;

public sealed class ContentRegistrationTests
{
    [Fact]
    public async Task Umbraco_config_json_at_the_repo_root_sets_the_source_and_missing_umbraco_settings_are_named()
    {
        using var repo = ContentFolder.Empty().With("umbraco.config.json", """{ "Academy": { "Content": { "Source": "Umbraco" } } }""");
        using var content = ContentFolder.WithOneCourse();
        var builder = BuilderIn(repo.PathOf("src/Academy.Web"));
        builder.AddCourseContent();
        builder.Configuration["Academy:Content:Path"] = content.Root;
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Academy:Umbraco:DeliveryApiUrl must be the Umbraco site's address", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Set Academy:Umbraco:StartItem", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Set Academy:Umbraco:WebhookSecret", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Set Academy:Umbraco:ApiKey", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_added_by_the_app_override_umbraco_config_json()
    {
        using var repo = ContentFolder.Empty().With("umbraco.config.json", """{ "Academy": { "Content": { "Source": "Umbraco" } } }""");
        using var content = ContentFolder.WithOneCourse();
        var builder = BuilderIn(repo.PathOf("src/Academy.Web"));
        // Stands in for appsettings.json and environment variables, which the host added before this call.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Academy:Content:Source"] = "Markdown" });
        builder.AddCourseContent();
        builder.Configuration["Academy:Content:Path"] = content.Root;
        using var host = builder.Build();

        await host.StartAsync();

        Assert.Equal("strategie", host.Services.GetRequiredService<CatalogueStore>().Current.Courses[0].Slug);
        await host.StopAsync();
    }

    [Fact]
    public async Task Without_a_path_the_content_folder_above_the_app_is_used()
    {
        using var repo = ContentFolder.WithOneCourse();
        Directory.CreateDirectory(repo.PathOf("content"));
        Directory.Move(repo.PathOf("courses"), repo.PathOf("content/courses"));
        var builder = BuilderIn(repo.PathOf("src/Academy.Web"));
        builder.AddCourseContent();
        using var host = builder.Build();

        await host.StartAsync();

        Assert.Equal(repo.PathOf("content"), host.Services.GetRequiredService<IOptions<ContentOptions>>().Value.Path);
        Assert.Equal("strategie", host.Services.GetRequiredService<CatalogueStore>().Current.Courses[0].Slug);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_second_umbraco_culture_fails_at_startup_because_the_document_types_are_invariant()
    {
        using var repo = ContentFolder.Empty().With("umbraco.config.json", """
            { "Academy": { "Content": { "Source": "Umbraco" }, "Umbraco": { "DeliveryApiUrl": "https://cms.example.com", "StartItem": "academy",
              "ApiKey": "key", "WebhookSecret": "secret", "Cultures": [ "de-DE", "en-US" ] } } }
            """);
        var builder = BuilderIn(repo.PathOf("src/Academy.Web"));
        builder.AddCourseContent();
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Academy:Umbraco:Cultures lists de-DE, en-US", exception.Message, StringComparison.Ordinal);
        Assert.Contains("invariant", exception.Message, StringComparison.Ordinal);
        Assert.Single(exception.Failures);
    }

    [Fact]
    public void The_startup_failure_message_lists_one_error_per_line()
    {
        var exception = new ContentLoadException([new ContentError("a.md", 2, "x"), new ContentError("b.yml", 3, "y")]);

        Assert.Equal(["The content has 2 error(s):", "a.md:2: x", "b.yml:3: y"], exception.Message.Split(Environment.NewLine));
    }

    private static HostApplicationBuilder BuilderIn(string contentRoot)
    {
        Directory.CreateDirectory(contentRoot);
        return Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot, DisableDefaults = true });
    }
}
