using System.Text.Json;
using FamilyServices.EndToEnd.Tests.Channels;
using Microsoft.Playwright;

namespace FamilyServices.EndToEnd.Tests;

/// <summary>axe-core from the repository's npm packages, run in the page, checking WCAG 2.2 A and AA.</summary>
public static class Axe
{
    private static readonly string[] Wcag22 = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, bool bestPractice = false)
    {
        // Evaluated by the browser's debugger, which the pages' content security policy rightly does not allow a script tag to do.
        await page.EvaluateAsync(await File.ReadAllTextAsync(Browser.NodeModule("axe-core/axe.min.js")));
        var tags = bestPractice ? [.. Wcag22, "best-practice"] : Wcag22;
        var json = await page.EvaluateAsync<JsonElement>("""
            async tags => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join('; ')}`);
            }
            """, tags);
        return json.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"axe-core found on {page.Url}:\n{string.Join("\n", violations)}");
    }
}
