using System.Text.Json;
using Academy.Content.Umbraco;
using Academy.Umbraco.DocumentTypes;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace Academy.Umbraco.Tests.DocumentTypes;

public sealed class DocumentTypeInstallerTests
{
    [Fact]
    public async Task An_empty_site_gets_every_Academy_type_from_the_content_model()
    {
        var site = new UmbracoSite();

        var changes = await site.Installer().InstallAsync();

        Assert.NotEmpty(changes);
        Assert.Equal(
            UmbracoContentModel.Types.Select(type => type.Alias).Order(StringComparer.Ordinal),
            site.AllContentTypes.Select(type => type.Alias).Order(StringComparer.Ordinal));
        foreach (var definition in UmbracoContentModel.Types)
        {
            var type = site.ContentType(definition.Role);
            Assert.Equal(definition.Name, type.Name);
            Assert.Equal(definition.IsElement, type.IsElement);
            Assert.Equal(definition.AllowedAtRoot, type.AllowedAsRoot);
            Assert.Equal(definition.Properties.Select(property => property.Alias), type.PropertyTypes.OrderBy(property => property.SortOrder).Select(property => property.Alias));
            Assert.Equal(
                definition.Properties.Where(property => property.Mandatory).Select(property => property.Alias),
                type.PropertyTypes.Where(property => property.Mandatory).OrderBy(property => property.SortOrder).Select(property => property.Alias));
            Assert.Equal(definition.AllowedChildren.Select(child => site.ContentType(child).Key), type.AllowedContentTypes!.Select(child => child.Key));
        }
    }

    [Fact]
    public async Task Each_type_gets_the_stable_key_the_CLI_reads_it_by()
    {
        var site = new UmbracoSite(new UmbracoAliases(new Dictionary<string, string> { ["Course"] = "kurs" }));

        await site.Installer().InstallAsync();

        foreach (var definition in UmbracoContentModel.Types)
        {
            Assert.Equal(site.Aliases.TypeKey(definition.Role), site.ContentType(definition.Role).Key);
        }

        Assert.Equal(UmbracoContentModel.TypeKey("kurs"), site.ContentType(ContentTypeRole.Course).Key);
        Assert.NotEqual(UmbracoContentModel.TypeKey("academyCourse"), UmbracoContentModel.TypeKey("academyLesson"));
    }

    [Fact]
    public async Task Each_property_is_edited_with_the_editor_the_content_model_names()
    {
        var site = await new UmbracoSite().WithAcademyTypes();

        foreach (var definition in UmbracoContentModel.Types)
        {
            foreach (var property in definition.Properties)
            {
                var propertyType = site.ContentType(definition.Role).PropertyTypes.Single(type => type.Alias == property.Alias);
                var dataType = site.AllDataTypes.Single(dataType => dataType.Id == propertyType.DataTypeId);
                Assert.Equal(property.EditorAlias, dataType.EditorAlias);
                Assert.StartsWith("Umb.PropertyEditorUi.", dataType.EditorUiAlias, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task The_questions_block_list_offers_the_question_element_type()
    {
        var site = await new UmbracoSite().WithAcademyTypes();

        var blocks = Configuration(site, ContentTypeRole.Quiz, "questions").GetProperty("blocks");

        var block = Assert.Single(blocks.EnumerateArray());
        Assert.Equal(site.ContentType(ContentTypeRole.Question).Key, block.GetProperty("contentElementTypeKey").GetGuid());
    }

    [Fact]
    public async Task The_rich_text_toolbar_has_heading_buttons_for_the_heading_extension()
    {
        var site = await new UmbracoSite().WithAcademyTypes();

        var configuration = Configuration(site, ContentTypeRole.Lesson, "bodyRichText");
        var buttons = configuration.GetProperty("toolbar").EnumerateArray()
            .SelectMany(row => row.EnumerateArray()).SelectMany(group => group.EnumerateArray()).Select(button => button.GetString()).ToList();

        Assert.Contains("Umb.Tiptap.Heading", configuration.GetProperty("extensions").EnumerateArray().Select(extension => extension.GetString()));
        Assert.Contains("Umb.Tiptap.Toolbar.Heading2", buttons);
        Assert.Contains("Umb.Tiptap.Toolbar.Heading3", buttons);
    }

    [Fact]
    public async Task A_dropdown_offers_the_words_quiz_yml_uses()
    {
        var site = await new UmbracoSite().WithAcademyTypes();

        var items = Configuration(site, ContentTypeRole.Question, "type").GetProperty("items");

        Assert.Equal(["single", "multiple", "truefalse", "text", "number", "order", "match", "cloze"], items.EnumerateArray().Select(item => item.GetString()));
    }

    [Fact]
    public async Task The_package_course_picker_only_offers_courses()
    {
        var site = await new UmbracoSite().WithAcademyTypes();

        var filter = Configuration(site, ContentTypeRole.Package, "courses").GetProperty("filter").GetString();

        Assert.Equal(site.ContentType(ContentTypeRole.Course).Key.ToString(), filter);
    }

    [Fact]
    public async Task A_second_run_saves_nothing()
    {
        var site = await new UmbracoSite().WithAcademyTypes();

        var changes = await site.Installer().InstallAsync();

        Assert.Empty(changes);
        await site.ContentTypes.DidNotReceiveWithAnyArgs().CreateAsync(default!, default);
        await site.ContentTypes.DidNotReceiveWithAnyArgs().UpdateAsync(default!, default);
        await site.DataTypes.DidNotReceiveWithAnyArgs().CreateAsync(default!, default);
        await site.DataTypes.DidNotReceiveWithAnyArgs().UpdateAsync(default!, default);
    }

    [Fact]
    public async Task A_missing_property_is_added_and_an_editors_own_property_stays()
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var quiz = site.ContentType(ContentTypeRole.Quiz);
        quiz.RemovePropertyType("timeLimit");
        var editorsOwn = new PropertyType(UmbracoSite.ShortStrings, site.AllDataTypes.First(), "internalNote") { Name = "Interne Notiz" };
        quiz.AddPropertyType(editorsOwn, "notes", "Notizen");

        var changes = await site.Installer().InstallAsync();

        Assert.Equal(["added to 'academyQuiz': property 'timeLimit'"], changes);
        Assert.Contains(quiz.PropertyTypes, property => property.Alias == "timeLimit");
        Assert.Contains(quiz.PropertyTypes, property => property.Alias == "internalNote");
        await site.ContentTypes.Received(1).UpdateAsync(quiz, Arg.Any<Guid>());
        await site.ContentTypes.ReceivedWithAnyArgs(1).UpdateAsync(default!, default);
    }

    [Fact]
    public async Task An_editors_extra_allowed_child_and_renamed_type_stay()
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var module = site.ContentType(ContentTypeRole.Module);
        module.Name = "Kapitel";
        module.AllowedContentTypes = [.. module.AllowedContentTypes!, new ContentTypeSort(Guid.NewGuid(), 9, "editorsPage")];

        var changes = await site.Installer().InstallAsync();

        Assert.Empty(changes);
        Assert.Equal("Kapitel", module.Name);
        Assert.Contains(module.AllowedContentTypes!, child => child.Alias == "editorsPage");
    }

    [Fact]
    public async Task A_removed_allowed_child_is_allowed_again()
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var course = site.ContentType(ContentTypeRole.Course);
        course.AllowedContentTypes = course.AllowedContentTypes!.Where(child => child.Alias != "academyQuiz").ToList();

        var changes = await site.Installer().InstallAsync();

        Assert.Equal(["added to 'academyCourse': allowed child 'academyQuiz'"], changes);
        Assert.Contains(course.AllowedContentTypes!, child => child.Key == site.ContentType(ContentTypeRole.Quiz).Key);
    }

    [Fact]
    public async Task A_dropdown_word_an_editor_removed_is_added_back_and_their_own_word_stays()
    {
        var site = await new UmbracoSite().WithAcademyTypes();
        var dataType = DataTypeOf(site, ContentTypeRole.Quiz, "mode");
        dataType.ConfigurationData = new Dictionary<string, object> { ["multiple"] = false, ["items"] = new[] { "exam", "pruefung" } };

        var changes = await site.Installer().InstallAsync();

        Assert.Equal([$"completed the configuration 'items' of data type '{dataType.Name}'"], changes);
        Assert.Equal(["exam", "pruefung", "practice"], Configuration(site, ContentTypeRole.Quiz, "mode").GetProperty("items").EnumerateArray().Select(item => item.GetString()));
    }

    [Fact]
    public async Task Overridden_aliases_name_the_types()
    {
        var site = new UmbracoSite(new UmbracoAliases(new Dictionary<string, string> { ["Course"] = "kurs" }));

        await site.Installer().InstallAsync();

        Assert.Contains(site.AllContentTypes, type => type.Alias == "kurs");
        Assert.DoesNotContain(site.AllContentTypes, type => type.Alias == "academyCourse");
        Assert.Contains(site.ContentType(ContentTypeRole.Catalogue).AllowedContentTypes!, child => child.Alias == "kurs");
    }

    [Theory]
    [InlineData(RuntimeLevel.Install, false)]
    [InlineData(RuntimeLevel.Upgrade, false)]
    [InlineData(RuntimeLevel.Run, true)]
    public async Task Types_are_installed_only_once_Umbraco_runs(RuntimeLevel level, bool installs)
    {
        var site = new UmbracoSite();
        var runtime = Substitute.For<IRuntimeState>();
        runtime.Level.Returns(level);

        await new InstallDocumentTypesOnStart(runtime, site.Installer(), NullLogger<InstallDocumentTypesOnStart>.Instance)
            .HandleAsync(new UmbracoApplicationStartedNotification(isRestarting: false), CancellationToken.None);

        Assert.Equal(installs ? UmbracoContentModel.Types.Count : 0, site.AllContentTypes.Count);
    }

    private static IDataType DataTypeOf(UmbracoSite site, ContentTypeRole role, string alias) =>
        site.AllDataTypes.Single(dataType => dataType.Id == site.ContentType(role).PropertyTypes.Single(property => property.Alias == alias).DataTypeId);

    private static JsonElement Configuration(UmbracoSite site, ContentTypeRole role, string alias) =>
        JsonSerializer.SerializeToElement(DataTypeOf(site, role, alias).ConfigurationData, new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
