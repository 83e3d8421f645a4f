using FuzzySharp;

namespace FamilyServices.Knowledge.Routing;

/// <summary>Finds a prison named in a message, by its name, the aliases in its content file, or a misspelling of them.</summary>
internal sealed class EstablishmentMatcher
{
    private readonly List<(string Id, string[] Tokens)> _aliases;

    // The names a misspelling is compared with, joined once rather than for every word of every message.
    private readonly List<(string Id, string Name)> _names;

    public EstablishmentMatcher(IEnumerable<EstablishmentInfo> establishments)
    {
        _aliases = establishments
            .SelectMany(e => e.Aliases.Append(e.Name).Select(a => (e.Id, TextNormaliser.Tokens(TextNormaliser.Fold(a)).ToArray())))
            .Where(a => a.Item2.Length > 0)
            // Longer aliases first, so "little hey" is taken whole.
            .OrderByDescending(a => a.Item2.Length)
            .ToList();
        _names = _aliases.Select(a => (a.Id, Name: string.Concat(a.Tokens))).Where((a, i) => a.Name.Length >= 6 && _aliases[i].Tokens.Length <= 2).ToList();
    }

    /// <summary>The establishment named, and which tokens named it (so they do not confuse the intent).</summary>
    public (string? Id, HashSet<int> Positions) Find(List<string> tokens)
    {
        foreach (var (id, alias) in _aliases)
        {
            for (var start = 0; start + alias.Length <= tokens.Count; start++)
            {
                var match = true;
                for (var k = 0; k < alias.Length && match; k++)
                {
                    match = tokens[start + k] == alias[k];
                }

                if (match)
                {
                    return (id, Enumerable.Range(start, alias.Length).ToHashSet());
                }
            }
        }

        // Misspellings: compare single words, and two words run together ("little hey" typed as two).
        string? bestId = null;
        var bestScore = 0;
        HashSet<int> bestPositions = [];
        for (var t = 0; t < tokens.Count; t++)
        {
            var one = tokens[t];
            var two = t + 1 < tokens.Count ? one + tokens[t + 1] : null;
            foreach (var (id, name) in _names)
            {
                if (one.Length >= 5 && CanReach(one, name, 82))
                {
                    var score = Fuzz.Ratio(one, name);
                    if (score >= 82 && score > bestScore)
                    {
                        (bestId, bestScore, bestPositions) = (id, score, [t]);
                    }
                }

                if (two is not null && two.Length >= 6 && CanReach(two, name, 85))
                {
                    var score = Fuzz.Ratio(two, name);
                    if (score >= 85 && score > bestScore)
                    {
                        (bestId, bestScore, bestPositions) = (id, score, [t, t + 1]);
                    }
                }
            }
        }

        return (bestId, bestPositions);
    }

    // Fuzz.Ratio counts matching letters: at most the shorter word's, so words of very different lengths
    // cannot reach the score (a point to spare for its rounding), and need not be compared letter by letter.
    private static bool CanReach(string word, string name, int score) =>
        200.0 * Math.Min(word.Length, name.Length) / (word.Length + name.Length) >= score - 1;
}
