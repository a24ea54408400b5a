using System.Text.Json;

namespace Academy.Content.Umbraco;

/// <summary>
/// A package must not be sold with a course missing. Umbraco's MultiNodeTreePickerValueConverter
/// leaves a picked course out of the published package when the course is not published
/// (WhereNotNull), and says nothing. Preview still sees the course, so a package whose preview is
/// its published version (the same updateDate) but whose preview picker holds more courses has
/// lost one to the picker.
/// </summary>
internal static class UmbracoPickerCheck
{
    private const string Courses = "courses";

    /// <param name="published">The published items, as read for the catalogue.</param>
    /// <param name="previewPackages">The packages as preview serves them.</param>
    public static List<ContentError> UnpublishedCourses(IReadOnlyList<JsonElement> published, IReadOnlyList<JsonElement> previewPackages, UmbracoAliases aliases)
    {
        var drafts = previewPackages
            .Select(raw => (Raw: raw, Item: UmbracoItem.Read(raw)))
            .Where(entry => entry.Item is not null)
            .GroupBy(entry => entry.Item!.Id)
            .ToDictionary(group => group.Key, group => group.First());
        var errors = new List<ContentError>();
        foreach (var raw in published)
        {
            if (UmbracoItem.Read(raw) is not { } package || aliases.RoleOf(package.ContentType) != ContentTypeRole.Package
                || !drafts.TryGetValue(package.Id, out var draft)
                || UpdateDate(raw) is not { } date || UpdateDate(draft.Raw) != date)
            {
                // A package with unpublished edits may pick other courses on purpose; its publish is checked when it happens.
                continue;
            }

            var kept = Picked(package).Select(course => course.Id).ToHashSet();
            foreach (var lost in Picked(draft.Item!).Where(course => !kept.Contains(course.Id)))
            {
                errors.Add(new ContentError(package.Location.Path, 0,
                    $"'{Courses}' wählt den Kurs „{lost.Name}“ ({lost.Id}), der nicht veröffentlicht ist; Umbraco lässt ihn dann stillschweigend weg, "
                    + "und das Paket würde ohne ihn verkauft. Veröffentliche den Kurs oder nimm ihn aus dem Paket"));
            }
        }

        return errors;
    }

    private static string? UpdateDate(JsonElement item) =>
        item.TryGetProperty("updateDate", out var date) && date.ValueKind == JsonValueKind.String ? date.GetString() : null;

    private static IEnumerable<UmbracoItem> Picked(UmbracoItem package) =>
        package.Properties.TryGetValue(Courses, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(UmbracoItem.Read).OfType<UmbracoItem>()
            : [];
}
