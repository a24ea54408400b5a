using System.Text.Json;
using Microsoft.Playwright;

namespace Academy.BrowserTests;

/// <summary>Runs axe-core's WCAG 2.2 A and AA rules on the page as it is now, and fails on any violation.</summary>
public static class Accessibility
{
    private static readonly Lazy<string> AxeSource = new(() =>
        File.ReadAllText(Path.Combine(BrowserSite.RepositoryRoot, "tests", "Academy.BrowserTests", "node_modules", "axe-core", "axe.min.js")));

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.EvaluateAsync(AxeSource.Value);
        }

        var result = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }))" +
            ".violations.map(v => ({ id: v.id, help: v.help, targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }))");
        var violations = result.EnumerateArray()
            .Select(v => $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} at {string.Join(", ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()))}")
            .ToList();
        Assert.True(violations.Count == 0, $"WCAG violations on {page.Url}:\n{string.Join('\n', violations)}");
    }
}
