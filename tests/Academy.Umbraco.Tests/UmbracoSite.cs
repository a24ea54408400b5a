using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Academy.Content.Umbraco;
using Academy.Umbraco.DocumentTypes;
using Academy.Umbraco.Publishing;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;
using Umbraco.Cms.Core.Strings;

namespace Academy.Umbraco.Tests;

/// <summary>
/// An Umbraco site in memory: its document, element and data types, and its documents, behind
/// substitutes of the Core services. It counts every save, so "a second run changes nothing" is
/// something a test can see.
/// </summary>
public sealed class UmbracoSite
{
    private readonly Dictionary<string, IContentType> contentTypes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, IDataType> dataTypes = [];
    private readonly Dictionary<Guid, IContent> documents = [];
    private int nextId = 1000;

    public UmbracoSite(UmbracoAliases? aliases = null)
    {
        Aliases = aliases ?? UmbracoAliases.Default;

        ContentTypes = Substitute.For<IContentTypeService>();
        ContentTypes.Get(Arg.Any<string>()).Returns(call => contentTypes.GetValueOrDefault(call.Arg<string>()));
        ContentTypes.Get(Arg.Any<Guid>()).Returns(call => contentTypes.Values.FirstOrDefault(type => type.Key == call.Arg<Guid>()));
        ContentTypes.CreateAsync(Arg.Any<IContentType>(), Arg.Any<Guid>()).Returns(call =>
        {
            var type = call.Arg<IContentType>();
            type.Id = nextId++;
            contentTypes.Add(type.Alias, type);
            return Attempt.Succeed(ContentTypeOperationStatus.Success);
        });
        ContentTypes.UpdateAsync(Arg.Any<IContentType>(), Arg.Any<Guid>()).Returns(Attempt.Succeed(ContentTypeOperationStatus.Success));

        DataTypes = Substitute.For<IDataTypeService>();
        DataTypes.GetAsync(Arg.Any<Guid>()).Returns(call => dataTypes.GetValueOrDefault(call.Arg<Guid>()));
        DataTypes.CreateAsync(Arg.Any<IDataType>(), Arg.Any<Guid>()).Returns(call =>
        {
            var dataType = call.Arg<IDataType>();
            dataType.Id = nextId++;
            dataTypes.Add(dataType.Key, dataType);
            return Attempt.SucceedWithStatus<IDataType, DataTypeOperationStatus>(DataTypeOperationStatus.Success, dataType);
        });
        DataTypes.UpdateAsync(Arg.Any<IDataType>(), Arg.Any<Guid>())
            .Returns(call => Attempt.SucceedWithStatus<IDataType, DataTypeOperationStatus>(DataTypeOperationStatus.Success, call.Arg<IDataType>()));

        Documents = Substitute.For<IContentService>();
        Documents.GetById(Arg.Any<int>()).Returns(call => documents.Values.FirstOrDefault(document => document.Id == call.Arg<int>()));
        Documents.GetById(Arg.Any<Guid>()).Returns(call => documents.GetValueOrDefault(call.Arg<Guid>()));
    }

    public static IShortStringHelper ShortStrings { get; } = new DefaultShortStringHelper(new DefaultShortStringHelperConfig().WithDefault(new RequestHandlerSettings()));

    public UmbracoAliases Aliases { get; }

    public IContentTypeService ContentTypes { get; }

    public IDataTypeService DataTypes { get; }

    public IContentService Documents { get; }

    public IReadOnlyCollection<IContentType> AllContentTypes => contentTypes.Values;

    public IReadOnlyCollection<IDataType> AllDataTypes => dataTypes.Values;

    public IContentType ContentType(ContentTypeRole role) => contentTypes[Aliases[role]];

    public DocumentTypeInstaller Installer() =>
        new(ContentTypes, DataTypes, Editors(), new ConfigurationSerializer(), ShortStrings, Aliases, NullLogger<DocumentTypeInstaller>.Instance);

    public PublishValidation PublishValidation() =>
        new(new PublishedContentReader(Documents, ContentTypes, ShortStrings, new UrlSegmentProviderCollection(() => []), Aliases), Aliases, NullLogger<PublishValidation>.Instance);

    /// <summary>Installs the Academy types, then forgets the saves, so a test counts only its own.</summary>
    public async Task<UmbracoSite> WithAcademyTypes()
    {
        await Installer().InstallAsync();
        ContentTypes.ClearReceivedCalls();
        DataTypes.ClearReceivedCalls();
        return this;
    }

    /// <summary>A document of an Academy type below <paramref name="parent"/>, with stored values as Umbraco keeps them.</summary>
    public IContent Document(ContentTypeRole role, string name, IContent? parent = null, IReadOnlyDictionary<string, object?>? values = null)
    {
        var document = parent is null
            ? new global::Umbraco.Cms.Core.Models.Content(name, Constants.System.Root, ContentType(role))
            : new global::Umbraco.Cms.Core.Models.Content(name, parent, ContentType(role));
        document.Id = nextId++;
        document.Key = Guid.NewGuid();
        foreach (var (alias, value) in values ?? new Dictionary<string, object?>())
        {
            document.SetValue(alias, value);
        }

        documents.Add(document.Key, document);
        return document;
    }

    private static PropertyEditorCollection Editors()
    {
        var editors = UmbracoContentModel.Types
            .SelectMany(type => type.Properties)
            .Select(property => property.EditorAlias)
            .Distinct()
            .Select(alias =>
            {
                var editor = Substitute.For<IDataEditor>();
                editor.Alias.Returns(alias);
                editor.DefaultConfiguration.Returns(new Dictionary<string, object>());
                return editor;
            })
            .ToList();
        return new PropertyEditorCollection(new DataEditorCollection(() => editors));
    }

    /// <summary>Umbraco's configuration serializer writes camelCase JSON, as System.Text.Json's web defaults do.</summary>
    private sealed class ConfigurationSerializer : IConfigurationEditorJsonSerializer
    {
        private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

        public string Serialize(object? input) => JsonSerializer.Serialize(input, Options);

        public T? Deserialize<T>(string input) => JsonSerializer.Deserialize<T>(input, Options);

        public bool TryDeserialize<T>(object input, [NotNullWhen(true)] out T? value)
            where T : class
        {
            value = input is string text ? Deserialize<T>(text) : default;
            return value is not null;
        }
    }
}
