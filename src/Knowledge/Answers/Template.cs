using System.Text;
using System.Text.RegularExpressions;

namespace FamilyServices.Knowledge.Answers;

/// <summary>
/// A line of text with {fact} placeholders. {?fact} shows nothing but keeps the line only when the fact is known,
/// so a line about a car park appears only for a prison whose documents mention one.
/// </summary>
internal sealed partial class Template
{
    private readonly string _text;

    public Template(string text, int line)
    {
        _text = text;
        Line = line;
        Names = Placeholder().Matches(text).Select(m => m.Groups["name"].Value).Distinct().ToList();
    }

    public int Line { get; }
    public IReadOnlyList<string> Names { get; }
    public string Text => _text;

    /// <summary>Fills the placeholders, or returns null when one of them has no value.</summary>
    public string? Render(Func<string, string?> valueOf)
    {
        var missing = false;
        var result = Placeholder().Replace(_text, m =>
        {
            var value = valueOf(m.Groups["name"].Value);
            if (value is null)
            {
                missing = true;
                return "";
            }

            return m.Groups["cond"].Success ? "" : value;
        });
        return missing ? null : result;
    }

    public static string Fill(string text, IReadOnlyDictionary<string, string>? values)
    {
        if (values is null || values.Count == 0)
        {
            return text;
        }

        return Placeholder().Replace(text, m => values.TryGetValue(m.Groups["name"].Value, out var v) ? v : m.Value);
    }

    public static IReadOnlyList<string> PlaceholdersIn(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups["name"].Value).Distinct().Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{(?<cond>\?)?(?<name>[a-z][a-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}

/// <summary>One line of an answer: alternatives tried in order, the first whose facts are all known is used.</summary>
internal sealed record AnswerLine(IReadOnlyList<Template> Alternatives)
{
    public string? Render(Func<string, string?> valueOf)
    {
        foreach (var alternative in Alternatives)
        {
            if (alternative.Render(valueOf) is { } text)
            {
                return text;
            }
        }

        return null;
    }

    public IEnumerable<string> Names => Alternatives.SelectMany(a => a.Names);
}

internal sealed record AnswerTemplate(
    string Intent,
    string Label,
    IReadOnlyList<AnswerLine> Short,
    IReadOnlyList<AnswerLine> Full,
    int Line)
{
    public IEnumerable<string> FactNames => Short.Concat(Full).SelectMany(l => l.Names).Distinct();

    /// <summary>Alternatives in a line of typed wording are separated by this.</summary>
    public const string Or = "||";

    /// <summary>The wording as a family worker edits it: a line each, alternatives separated by ||.</summary>
    public static string ToText(IReadOnlyList<AnswerLine> lines) =>
        string.Join("\n", lines.Select(l => string.Join($" {Or} ", l.Alternatives.Select(a => a.Text))));

    public static IReadOnlyList<AnswerLine> ParseText(string text, string form)
    {
        var lines = text.Replace("\r", "").Split('\n')
            .Select(l => l.Split(Or).Select(a => a.Trim()).Where(a => a.Length > 0).ToList())
            .Where(alternatives => alternatives.Count > 0)
            .Select(alternatives => new AnswerLine(alternatives.Select(a => new Template(a, 0)).ToList()))
            .ToList();
        return lines.Count > 0 ? lines : throw Editing.FactText.Problem($"The {form} is empty: write what families should read");
    }

    public static string Join(IEnumerable<string> parts, string separator)
    {
        var builder = new StringBuilder();
        foreach (var part in parts.Where(p => p.Length > 0))
        {
            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(part);
        }

        return builder.ToString();
    }
}
