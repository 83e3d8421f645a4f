using System.Text.Json;
using Microsoft.Playwright;

namespace FamilyServices.EndToEnd.Tests.Console;

/// <summary>axe-core from npm, injected into the page, checking WCAG 2.2 A and AA.</summary>
public static class Axe
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Console", "node_modules", "axe-core", "axe.min.js");

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var path = Path.GetFullPath(Script);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing: building the test project runs npm ci in tests/EndToEnd.Tests/Console.");
        }

        // Evaluated by the browser's debugger, which the pages' content security policy rightly does not allow a script tag to do.
        await page.EvaluateAsync(await File.ReadAllTextAsync(path));
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join('; ')}`);
            }
            """);
        return json.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"axe-core found on {page.Url}:\n{string.Join("\n", violations)}");
    }
}
