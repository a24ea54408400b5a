using System.Text.Json;
using Academy.Content;
using Academy.Content.Umbraco;
using Academy.Content.Validation;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;

namespace Academy.Umbraco.Publishing;

/// <summary>
/// Stops the publishing of an Academy document that Academy could not use, with the messages the
/// Markdown source gives for the same mistake. The document is read as the Delivery API will serve
/// it and judged by the catalogue's own rules (<see cref="ItemValidation"/>), item by item: whether
/// a course has modules or is in a package is judged by Academy.Web once the whole site is read,
/// because Umbraco publishes a course before its modules exist.
/// </summary>
public sealed class PublishValidation(PublishedContentReader reader, UmbracoAliases aliases, ILogger<PublishValidation> logger)
    : INotificationHandler<ContentPublishingNotification>
{
    private static readonly IReadOnlyDictionary<string, JsonElement> NoProperties = new Dictionary<string, JsonElement>();

    public void Handle(ContentPublishingNotification notification)
    {
        // A course published together with its package (publishing the catalogue with its descendants) counts as published.
        var publishingNow = notification.PublishedEntities.Select(content => content.Key).ToHashSet();
        foreach (var content in notification.PublishedEntities)
        {
            var problems = Problems(content, publishingNow);
            if (problems.Count == 0)
            {
                continue;
            }

            logger.LogInformation("Publishing {Name} ({Key}) was stopped: {Problems}", content.Name, content.Key, string.Join(" | ", problems));
            var heading = $"„{content.Name}“ wurde nicht veröffentlicht";
            notification.CancelOperation(new EventMessage(heading, problems[0], EventMessageType.Error));
            foreach (var problem in problems.Skip(1))
            {
                notification.Messages.Add(new EventMessage(heading, problem, EventMessageType.Error));
            }
        }
    }

    /// <summary>What is wrong with the document, in the catalogue's words; empty when it may be published.</summary>
    /// <param name="publishingNow">Documents published in the same operation, which count as published.</param>
    public IReadOnlyList<string> Problems(IContent content, IReadOnlySet<Guid>? publishingNow = null)
    {
        // The start node, the package folder and element types carry nothing the rules judge.
        if (reader.RoleOf(content) is not ({ } role and (ContentTypeRole.Course or ContentTypeRole.Module or ContentTypeRole.Lesson
            or ContentTypeRole.Quiz or ContentTypeRole.Package or ContentTypeRole.Assessment)))
        {
            return [];
        }

        var slug = reader.Slug(content);
        var isPracticePool = role == ContentTypeRole.Quiz && reader.Parent(content) is { } parent && reader.RoleOf(parent) == ContentTypeRole.Course;

        // The reader places items by their routes, so the document gets stand-in parents of the
        // kind it sits below. Their own (empty) fields are never judged.
        var (path, parents) = role switch
        {
            ContentTypeRole.Module => ($"/kurs/{slug}/", new[] { ContentTypeRole.Course }),
            ContentTypeRole.Lesson => ($"/kurs/modul/{slug}/", [ContentTypeRole.Course, ContentTypeRole.Module]),
            ContentTypeRole.Quiz when isPracticePool => ($"/kurs/{slug}/", [ContentTypeRole.Course]),
            ContentTypeRole.Quiz => ($"/kurs/modul/{slug}/", [ContentTypeRole.Course, ContentTypeRole.Module]),
            _ => ($"/{slug}/", []),
        };
        var item = reader.Item(content, path);
        var standIns = parents.Select((parentRole, depth) => new UmbracoItem(Guid.NewGuid(), aliases[parentRole], "", depth == 0 ? "/kurs/" : "/kurs/modul/", NoProperties));
        var (catalogue, readErrors) = new UmbracoCatalogueReader(aliases).Read([.. standIns, item]);

        var course = catalogue.Courses.FirstOrDefault();
        var module = course?.Modules.FirstOrDefault();
        var validation = role switch
        {
            ContentTypeRole.Course when course is not null => ItemValidation.Course(course),
            ContentTypeRole.Module when module is not null => ItemValidation.Module(module),
            ContentTypeRole.Lesson when module?.Lessons.FirstOrDefault() is { } lesson => ItemValidation.Lesson(lesson),
            ContentTypeRole.Quiz when (isPracticePool ? course?.Practice : module?.Quiz) is { } quiz => ItemValidation.Quiz(quiz, isPracticePool),
            ContentTypeRole.Package when catalogue.Packages?.Packages?.FirstOrDefault() is { } package => ItemValidation.Package(package),
            ContentTypeRole.Assessment when catalogue.Assessments?.FirstOrDefault() is { } assessment => ItemValidation.Assessment(assessment),
            _ => (IReadOnlyList<ContentError>)[],
        };

        var unpublished = role == ContentTypeRole.Package ? UnpublishedCourses(content, publishingNow ?? new HashSet<Guid>()) : [];
        return [.. readErrors.Where(error => error.Path == item.Location.Path).Concat(validation).Select(error => error.Message).Concat(unpublished).Distinct()];
    }

    /// <summary>
    /// The Delivery API leaves unpublished and trashed documents out of a picker
    /// (MultiNodeTreePickerValueConverter), so Academy would sell the package without those courses.
    /// </summary>
    private List<string> UnpublishedCourses(IContent package, IReadOnlySet<Guid> publishingNow)
    {
        var problems = new List<string>();
        foreach (var (key, course) in reader.Picked(package, "courses"))
        {
            if (course is null)
            {
                problems.Add($"Ein gewählter Kurs ({key}) existiert nicht mehr; entferne ihn aus 'courses'.");
            }
            else if (course.Trashed)
            {
                problems.Add($"Der Kurs „{course.Name}“ liegt im Papierkorb; stelle ihn wieder her oder entferne ihn aus 'courses', sonst wird das Paket ohne ihn verkauft.");
            }
            else if (!course.Published && !publishingNow.Contains(course.Key))
            {
                problems.Add($"Der Kurs „{course.Name}“ ist nicht veröffentlicht; veröffentliche ihn zuerst, sonst wird das Paket ohne ihn verkauft.");
            }
        }

        return problems;
    }
}
