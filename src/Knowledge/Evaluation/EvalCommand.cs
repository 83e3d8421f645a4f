using System.Text.Json;
using FamilyServices.Knowledge.Welfare;
using System.Text.Json.Nodes;

namespace FamilyServices.Knowledge.Evaluation;

/// <summary>
/// `eval FILE [--jsonl]`: routes each line of a TSV (lang, text, intent; header first) as the first message of a new
/// conversation, prints each miss, then one JSON summary line. With --jsonl, one JSON object per line instead of misses.
/// With --explain, each miss is followed by what the ranking made of it, the words as the router read them (after
/// text-speak and romanised spelling) and the welfare words found in them. The router is passed in, built once by the
/// caller: building one trains the ranking, which takes far longer than routing a file of a few lines.
/// </summary>
public static class EvalCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string[] args, TextWriter output, Router router)
    {
        var jsonl = args.Contains("--jsonl");
        var explain = args.Contains("--explain");
        var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (files.Count != 1)
        {
            output.WriteLine("usage: eval FILE [--jsonl] [--explain]   (FILE: tab-separated lang, text, intent with a header line)");
            return 2;
        }

        if (!File.Exists(files[0]))
        {
            output.WriteLine($"eval: file not found: {files[0]}");
            return 2;
        }

        var results = new List<(EvalLine Line, RouteResult Route)>();
        foreach (var line in ReadLines(files[0]))
        {
            // Each line is the first message of a new conversation: nothing is known yet.
            var found = new List<string>();
            WelfareDetector.Explaining = explain ? found : null;
            var route = router.Route(line.Text, new RoutingContext());
            WelfareDetector.Explaining = null;
            results.Add((line, route));
            if (jsonl)
            {
                output.WriteLine(new JsonObject
                {
                    ["text"] = line.Text,
                    ["expected"] = line.Intent,
                    ["intent"] = route.Intent,
                    ["expected_language"] = line.Language,
                    ["language"] = route.Language,
                    ["confidence"] = route.Confidence,
                    ["runner_up"] = route.RunnerUp,
                    ["runner_up_confidence"] = route.RunnerUpConfidence,
                    ["welfare_category"] = route.Welfare.Category,
                }.ToJsonString(Json));
            }
            else if (route.Intent != line.Intent || route.Language != line.Language)
            {
                output.WriteLine($"MISS\t{line.Text}\texpected={line.Intent}\tgot={route.Intent}\tlanguage={line.Language}\tgot_language={route.Language}");
                if (explain)
                {
                    output.WriteLine($"  ranked {route.Intent} {route.Confidence:F2}, then {route.RunnerUp} {route.RunnerUpConfidence:F2}; welfare {route.Welfare.Level}/{route.Welfare.Category}{(route.Welfare.Softened ? ", softened" : "")}");
                    found.ForEach(f => output.WriteLine("  " + f));
                }
            }
        }

        output.WriteLine(Summarise(results).ToJsonString(Json));
        return 0;
    }

    public static IEnumerable<EvalLine> ReadLines(string path)
    {
        var first = true;
        foreach (var raw in File.ReadLines(path))
        {
            if (first)
            {
                first = false;
                continue; // header
            }

            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var columns = raw.Split('\t');
            if (columns.Length < 3)
            {
                throw new FormatException($"{path}: expected lang, text and intent separated by tabs: {raw}");
            }

            yield return new EvalLine(columns[0].Trim(), columns[1].Trim(), columns[2].Trim());
        }
    }

    private static JsonObject Summarise(List<(EvalLine Line, RouteResult Route)> results)
    {
        static bool IsWelfare(string intent) => intent is Router.Concern or Router.Emergency;
        double? Rate(Func<(EvalLine Line, RouteResult Route), bool> among, Func<(EvalLine Line, RouteResult Route), bool> hit)
        {
            var pool = results.Where(among).ToList();
            return pool.Count == 0 ? null : Math.Round(pool.Count(hit) / (double)pool.Count, 4);
        }

        var byLanguage = new JsonObject();
        foreach (var group in results.GroupBy(r => r.Line.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            byLanguage[group.Key] = Math.Round(group.Count(r => r.Route.Intent == r.Line.Intent) / (double)group.Count(), 4);
        }

        return new JsonObject
        {
            ["total"] = results.Count,
            ["intent_accuracy"] = Rate(_ => true, r => r.Route.Intent == r.Line.Intent),
            ["language_accuracy"] = Rate(_ => true, r => r.Route.Language == r.Line.Language),
            ["by_language"] = byLanguage,
            ["emergency_recall"] = Rate(r => r.Line.Intent == Router.Emergency, r => r.Route.Intent == Router.Emergency),
            ["concern_recall"] = Rate(r => IsWelfare(r.Line.Intent), r => IsWelfare(r.Route.Intent)),
            ["false_concern_rate"] = Rate(r => !IsWelfare(r.Line.Intent), r => IsWelfare(r.Route.Intent)),
            ["fallback_recall"] = Rate(r => r.Line.Intent == Router.Fallback, r => r.Route.Intent == Router.Fallback),
        };
    }
}

public sealed record EvalLine(string Language, string Text, string Intent);
