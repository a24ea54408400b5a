using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Academy.Content.Rendering;

/// <summary>
/// Renders "- [ ]" as a drawn box instead of Markdig's disabled checkbox: an input nobody can use
/// and no label names is noise to a screen reader (WCAG 4.1.2), while the item's text says it all.
/// </summary>
internal sealed class TaskBoxRenderer : HtmlObjectRenderer<TaskList>
{
    protected override void Write(HtmlRenderer renderer, TaskList taskList) =>
        renderer.Write(taskList.Checked
            ? "<span class=\"task-box task-box-checked\" aria-hidden=\"true\"></span>"
            : "<span class=\"task-box\" aria-hidden=\"true\"></span>");
}
