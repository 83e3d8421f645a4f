using System.Collections.Concurrent;
using FuzzySharp;

namespace FamilyServices.Knowledge.Routing;

/// <summary>
/// Maps a misspelt word ("leicster", "vistng") to the closest word the content uses, with FuzzySharp's ratio.
/// Only words the content does not know are corrected, and answers are cached: families repeat the same typos.
/// </summary>
internal sealed class SpellingCorrector
{
    private readonly HashSet<string> _vocabulary;
    private readonly Dictionary<char, string[]> _byFirstLetter;
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    public SpellingCorrector(IEnumerable<string> vocabulary)
    {
        _vocabulary = vocabulary.Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
        _byFirstLetter = _vocabulary.Where(w => w.Length >= 3).GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public bool Knows(string word) => _vocabulary.Contains(word);

    public string Correct(string word)
    {
        if (word.Length < 4 || _vocabulary.Contains(word) || char.IsDigit(word[0]))
        {
            return word;
        }

        if (_cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        // Arabic joins "and", "so", "with", "to" to the next word: "ويبي" is "and" + "يبي" (wants), not "ويبكي" (and cries).
        if (TextNormaliser.IsArabicScript(word[0]) && word[0] is 'و' or 'ف' or 'ب' or 'ل' && _vocabulary.Contains(word[1..]))
        {
            return word[1..];
        }

        var best = word;
        var bestScore = word.Length >= 7 ? 77 : 83; // short words need a closer match: "qwerty" is not "property"
        foreach (var first in new[] { word[0], word[1] })
        {
            if (!_byFirstLetter.TryGetValue(first, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (Math.Abs(candidate.Length - word.Length) > 2)
                {
                    continue;
                }

                var score = Fuzz.Ratio(word, candidate);
                if (score > bestScore)
                {
                    best = candidate;
                    bestScore = score;
                }
            }
        }

        if (_cache.Count < 50_000)
        {
            _cache[word] = best;
        }

        return best;
    }
}
