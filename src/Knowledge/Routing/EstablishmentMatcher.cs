using FuzzySharp;

namespace FamilyServices.Knowledge.Routing;

/// <summary>Finds a prison named in a message, by its name, the aliases in its content file, or a misspelling of them.</summary>
internal sealed class EstablishmentMatcher
{
    private readonly List<(string Id, string[] Tokens)> _aliases;

    public EstablishmentMatcher(IEnumerable<EstablishmentInfo> establishments)
    {
        _aliases = establishments
            .SelectMany(e => e.Aliases.Append(e.Name).Select(a => (e.Id, TextNormaliser.Tokens(TextNormaliser.Fold(a)).ToArray())))
            .Where(a => a.Item2.Length > 0)
            // Longer aliases first, so "little hey" is taken whole.
            .OrderByDescending(a => a.Item2.Length)
            .ToList();
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
            foreach (var (id, alias) in _aliases)
            {
                var name = string.Concat(alias);
                if (name.Length < 6 || alias.Length > 2)
                {
                    continue;
                }

                if (one.Length >= 5)
                {
                    var score = Fuzz.Ratio(one, name);
                    if (score >= 82 && score > bestScore)
                    {
                        (bestId, bestScore, bestPositions) = (id, score, [t]);
                    }
                }

                if (two is not null && two.Length >= 6)
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
}
