using System.Text.Json;
using FamilyServices.Knowledge;

// `dotnet run -c Release --project tools/RouterCrossValidation [-- --misses] [--split NAME]`
// Holds out a fifth of the example phrasings of every intent in every language (three folds, fixed seed), builds the
// router on the rest and routes the held-out ones as first messages. Prints accuracy overall and per language.
// --split NAME draws other folds: a change that helps on one split only is noise.
const int Folds = 3;
const int Parts = 5;
var showMisses = args.Contains("--misses");
var split = args.SkipWhile(a => a != "--split").Skip(1).FirstOrDefault() ?? "";

var full = KnowledgeBase.Load(KnowledgeBase.DefaultContentRoot);
var held = new List<(int Fold, string Language, string Intent, string Text)>();
foreach (var routing in full.Routing)
{
    foreach (var (intent, phrasings) in routing.Examples)
    {
        // Seeded per language and intent, so adding a phrasing to one intent leaves the others' folds as they were.
        var order = phrasings.ToArray();
        new Random(Seed(routing.Language + "/" + intent + split)).Shuffle(order);
        for (var i = 0; i < order.Length; i++)
        {
            held.Add((i % Parts, routing.Language, intent, order[i]));
        }
    }
}

var correct = new Dictionary<string, (int Right, int Total)>();
for (var fold = 0; fold < Folds; fold++)
{
    var root = Path.Combine(Path.GetTempPath(), "router-cv-" + Environment.ProcessId + "-" + fold);
    CopyFolder(full.ContentRoot, root);
    try
    {
        foreach (var routing in full.Routing)
        {
            var kept = held.Where(h => h.Language == routing.Language && h.Fold != fold).GroupBy(h => h.Intent);
            using var writer = new StreamWriter(Path.Combine(root, routing.Language, "examples.yaml"));
            foreach (var intent in kept)
            {
                writer.WriteLine(intent.Key + ":");
                foreach (var phrasing in intent)
                {
                    writer.WriteLine("  - " + JsonSerializer.Serialize(phrasing.Text)); // a JSON string is a YAML double-quoted one
                }
            }
        }

        var router = new Router(KnowledgeBase.Load(root));
        foreach (var (_, language, intent, text) in held.Where(h => h.Fold == fold))
        {
            var route = router.Route(text, new RoutingContext());
            var right = route.Intent == intent;
            foreach (var key in new[] { "all", language })
            {
                var (r, t) = correct.GetValueOrDefault(key);
                correct[key] = (r + (right ? 1 : 0), t + 1);
            }

            if (!right && showMisses)
            {
                Console.WriteLine($"MISS\t{language}\t{text}\texpected={intent}\tgot={route.Intent}\trunner_up={route.RunnerUp}");
            }
        }
    }
    finally
    {
        Directory.Delete(root, recursive: true);
    }
}

Console.WriteLine(string.Join(" ", correct.OrderBy(c => c.Key == "all" ? "" : c.Key)
    .Select(c => $"{c.Key}={(double)c.Value.Right / c.Value.Total:0.0000}")) + $" (n={correct["all"].Total})");
return 0;

static int Seed(string text) => text.Aggregate(17, (hash, c) => unchecked(hash * 31 + c));

static void CopyFolder(string from, string to)
{
    foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
    {
        var target = Path.Combine(to, Path.GetRelativePath(from, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target, overwrite: true);
    }
}
