using System.Text.Json;
using Academy.Content.Umbraco;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Strings;

namespace Academy.Umbraco.DocumentTypes;

/// <summary>
/// Creates or completes the Academy document types, element types and data types from
/// <see cref="UmbracoContentModel"/>. It only ever adds: a missing type, property, allowed child or
/// configuration entry. What editors added, renamed or relaxed stays as they left it, and a run
/// that finds everything in place saves nothing.
/// </summary>
public sealed class DocumentTypeInstaller(
    IContentTypeService contentTypes,
    IDataTypeService dataTypes,
    PropertyEditorCollection propertyEditors,
    IConfigurationEditorJsonSerializer serializer,
    IShortStringHelper shortStrings,
    UmbracoAliases aliases,
    ILogger<DocumentTypeInstaller> logger)
{
    private const string GroupAlias = "academy";
    private const string GroupName = "Academy";

    /// <returns>What was created or completed, one line each; empty when nothing was missing.</returns>
    public async Task<IReadOnlyList<string>> InstallAsync()
    {
        var changes = new List<string>();
        var keys = new Dictionary<ContentTypeRole, Guid>();
        var ensured = new Dictionary<string, IDataType>(StringComparer.Ordinal);

        // Types come children and elements first, so every block list, picker and allowed child
        // can name a type that already exists.
        foreach (var definition in UmbracoContentModel.Types)
        {
            var propertyDataTypes = new Dictionary<string, IDataType>(StringComparer.Ordinal);
            foreach (var property in definition.Properties)
            {
                var allowed = property.Allowed is { } role ? UmbracoContentModel.For(role) : null;
                var wanted = AcademyDataType.For(property, allowed, allowed is null ? Guid.Empty : keys[allowed.Role]);
                if (!ensured.TryGetValue(wanted.Id, out var dataType))
                {
                    dataType = await EnsureDataTypeAsync(wanted, changes);
                    ensured[wanted.Id] = dataType;
                }

                propertyDataTypes[property.Alias] = dataType;
            }

            keys[definition.Role] = await EnsureContentTypeAsync(definition, propertyDataTypes, keys, changes);
        }

        return changes;
    }

    private async Task<IDataType> EnsureDataTypeAsync(AcademyDataType wanted, List<string> changes)
    {
        var existing = await dataTypes.GetAsync(wanted.Key);
        if (existing is null)
        {
            if (!propertyEditors.TryGet(wanted.EditorAlias, out var editor))
            {
                throw new InvalidOperationException($"The property editor {wanted.EditorAlias} is not available in this Umbraco site, so the data type '{wanted.Name}' cannot be created.");
            }

            var dataType = new DataType(editor, serializer)
            {
                Key = wanted.Key,
                Name = wanted.Name,
                EditorUiAlias = wanted.EditorUiAlias,
                DatabaseType = wanted.Storage,
                ConfigurationData = new Dictionary<string, object>(wanted.Configuration),
            };
            var created = await dataTypes.CreateAsync(dataType, Constants.Security.SuperUserKey);
            if (!created.Success)
            {
                throw new InvalidOperationException($"Creating the data type '{wanted.Name}' failed: {created.Status}.", created.Exception);
            }

            changes.Add($"created data type '{wanted.Name}'");
            return created.Result ?? dataType;
        }

        if (wanted.Required is { } required && Completed(existing, required) is { } configuration)
        {
            existing.ConfigurationData = configuration;
            var updated = await dataTypes.UpdateAsync(existing, Constants.Security.SuperUserKey);
            if (!updated.Success)
            {
                throw new InvalidOperationException($"Completing the data type '{existing.Name}' failed: {updated.Status}.", updated.Exception);
            }

            changes.Add($"completed the configuration '{required.Entry}' of data type '{existing.Name}'");
        }

        return existing;
    }

    /// <summary>The configuration with the missing required entry added; null when nothing is missing.</summary>
    private Dictionary<string, object>? Completed(IDataType existing, RequiredEntries required)
    {
        using var document = JsonDocument.Parse(serializer.Serialize(existing.ConfigurationData));
        var current = document.RootElement.ValueKind == JsonValueKind.Object
            ? document.RootElement.EnumerateObject().FirstOrDefault(entry => string.Equals(entry.Name, required.Entry, StringComparison.OrdinalIgnoreCase)).Value
            : default;
        var key = existing.ConfigurationData.Keys.FirstOrDefault(name => string.Equals(name, required.Entry, StringComparison.OrdinalIgnoreCase)) ?? required.Entry;

        object? merged = required switch
        {
            RequiredEntries.Words words => Strings(current) is var items && words.All.Except(items, StringComparer.Ordinal).ToList() is { Count: > 0 } missing
                ? items.Concat(missing).ToArray()
                : null,
            RequiredEntries.FilterKey filter => WithKey(current.ValueKind == JsonValueKind.String ? current.GetString() : null, filter.Key),
            RequiredEntries.Block block => current.ValueKind == JsonValueKind.Array && current.EnumerateArray().Any(entry => ElementKey(entry) == block.ElementKey)
                ? null
                : (current.ValueKind == JsonValueKind.Array ? current.EnumerateArray().Select(entry => (object)entry.Clone()) : []).Append(block.Configuration).ToList(),
            _ => null,
        };

        return merged is null ? null : new Dictionary<string, object>(existing.ConfigurationData) { [key] = merged };
    }

    /// <summary>The picker's comma-separated type keys with <paramref name="key"/>; null when it is there.</summary>
    private static string? WithKey(string? filter, Guid key) =>
        (filter ?? "").Split(',').Any(part => Guid.TryParse(part.Trim(), out var named) && named == key)
            ? null
            : string.IsNullOrWhiteSpace(filter) ? key.ToString() : $"{filter},{key}";

    private static List<string> Strings(JsonElement list) =>
        list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Where(entry => entry.ValueKind == JsonValueKind.String).Select(entry => entry.GetString()!)]
            : [];

    private static Guid? ElementKey(JsonElement block) =>
        block.ValueKind == JsonValueKind.Object
            && block.EnumerateObject().FirstOrDefault(entry => string.Equals(entry.Name, "contentElementTypeKey", StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } key
            && Guid.TryParse(key.GetString(), out var guid)
                ? guid
                : null;

    private async Task<Guid> EnsureContentTypeAsync(
        ContentTypeDefinition definition,
        Dictionary<string, IDataType> propertyDataTypes,
        Dictionary<ContentTypeRole, Guid> keys,
        List<string> changes)
    {
        var alias = aliases[definition.Role];
        var existing = contentTypes.Get(alias);
        if (existing is null)
        {
            var created = new ContentType(shortStrings, Constants.System.Root)
            {
                // The CLI reads the type by this key; a type created before keys were stable keeps its own and is found by alias.
                Key = UmbracoContentModel.TypeKey(alias),
                Alias = alias,
                Name = definition.Name,
                Description = definition.Description,
                Icon = definition.Icon,
                IsElement = definition.IsElement,
                AllowedAsRoot = definition.AllowedAtRoot,
                Variations = ContentVariation.Nothing,
            };
            foreach (var property in definition.Properties)
            {
                AddProperty(created, property, propertyDataTypes[property.Alias]);
            }

            created.AllowedContentTypes = [.. definition.AllowedChildren.Select((child, index) => new ContentTypeSort(keys[child], index, aliases[child]))];
            var result = await contentTypes.CreateAsync(created, Constants.Security.SuperUserKey);
            if (!result.Success)
            {
                throw new InvalidOperationException($"Creating the document type '{alias}' failed: {result.Result}.", result.Exception);
            }

            changes.Add($"created {(definition.IsElement ? "element type" : "document type")} '{alias}'");
            return created.Key;
        }

        if (existing.IsElement != definition.IsElement)
        {
            logger.LogWarning(
                "The type {Alias} exists but is {Actual} where Academy needs {Expected}; give Academy's type another alias with Academy:Umbraco:Aliases:{Role}.",
                alias, Kind(existing.IsElement), Kind(definition.IsElement), definition.Role);
        }

        var added = new List<string>();
        foreach (var property in definition.Properties)
        {
            // An editor may have moved a property into a composition; that still counts as present.
            if (!existing.CompositionPropertyTypes.Any(present => string.Equals(present.Alias, property.Alias, StringComparison.OrdinalIgnoreCase)))
            {
                AddProperty(existing, property, propertyDataTypes[property.Alias]);
                added.Add($"property '{property.Alias}'");
            }
        }

        var allowed = existing.AllowedContentTypes?.ToList() ?? [];
        foreach (var child in definition.AllowedChildren.Where(child => allowed.All(sort => sort.Key != keys[child])))
        {
            allowed.Add(new ContentTypeSort(keys[child], allowed.Count, aliases[child]));
            added.Add($"allowed child '{aliases[child]}'");
        }

        if (definition.AllowedAtRoot && !existing.AllowedAsRoot)
        {
            existing.AllowedAsRoot = true;
            added.Add("allowed at root");
        }

        if (added.Count > 0)
        {
            existing.AllowedContentTypes = allowed;
            var result = await contentTypes.UpdateAsync(existing, Constants.Security.SuperUserKey);
            if (!result.Success)
            {
                throw new InvalidOperationException($"Completing the document type '{alias}' failed: {result.Result}.", result.Exception);
            }

            changes.Add($"added to '{alias}': {string.Join(", ", added)}");
        }

        return existing.Key;
    }

    private void AddProperty(IContentType type, PropertyDefinition property, IDataType dataType)
    {
        var propertyType = new PropertyType(shortStrings, dataType, property.Alias)
        {
            Name = property.Name,
            Description = property.Description,
            Mandatory = property.Mandatory,
            SortOrder = type.PropertyTypes.Count(),
            Variations = ContentVariation.Nothing,
        };
        type.AddPropertyType(propertyType, GroupAlias, GroupName);
    }

    private static string Kind(bool isElement) => isElement ? "an element type" : "a document type";
}
