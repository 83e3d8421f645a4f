using System.Buffers;
using System.Collections.Concurrent;

namespace FamilyServices.Knowledge.Routing;

/// <summary>
/// Ranks intents for a message against every example phrasing in the content: TF-IDF over words, word pairs and
/// character 4-grams (which survive typos and word endings), scored by the nearest example and by the intent's
/// centre. All languages share one index, so a message that mixes languages still finds its intent.
/// </summary>
internal sealed class IntentClassifier
{
    private const float WordWeight = 1.0f;
    private const float PairWeight = 0.8f;
    private const float GramWeight = 0.45f;
    private const float StopwordWeight = 0.25f;
    private const float StemWeight = 0.8f;
    // With the layer trained to convergence, 0.35 to 0.6 route held-out example phrasings (tools/RouterCrossValidation) a
    // few tenths of a point better than 0.3, but lose the held-out families' lines in Urdu and Arabic that 0.3 keeps.
    private const double SoftmaxShare = 0.3;

    private readonly string[] _intents;
    private readonly int[] _exampleIntent;
    private readonly Dictionary<string, int> _featureIds = new(StringComparer.Ordinal);
    private readonly float[] _idf;
    private readonly (int Example, float Weight)[][] _examplePostings;
    private readonly (int Intent, float Weight)[][] _centroidPostings;
    private readonly HashSet<string> _stopwords;
    private readonly SoftmaxLayer _softmax;

    // Every message is scored: each word's own features are looked up once and kept (families use the same
    // words again and again), and word pairs are looked up without building their strings.
    private readonly ConcurrentDictionary<string, WordFeatures> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _featuresBySpan;
    private const int MaxCachedWords = 50_000;

    /// <summary>A word's known feature ids (-1: none), added as <see cref="Features"/> adds them: the word, its pair, the rest.</summary>
    private sealed record WordFeatures(bool Stop, int WordId, (int Id, float Weight)[] Rest);

    public IntentClassifier(IReadOnlyList<(string Intent, List<string> Tokens)> examples, IEnumerable<string> stopwords)
    {
        _stopwords = stopwords.ToHashSet(StringComparer.Ordinal);
        _featuresBySpan = _featureIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _intents = examples.Select(e => e.Intent).Distinct().ToArray();
        var intentIndex = _intents.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i);
        _exampleIntent = examples.Select(e => intentIndex[e.Intent]).ToArray();

        var raw = examples.Select(e => Features(e.Tokens)).ToList();
        var documentFrequency = new int[_featureIds.Count];
        foreach (var features in raw)
        {
            foreach (var id in features.Keys)
            {
                documentFrequency[id]++;
            }
        }

        _idf = documentFrequency.Select(df => (float)Math.Log(1.0 + examples.Count / (double)df)).ToArray();

        var examplePostings = Enumerable.Range(0, _featureIds.Count).Select(_ => new List<(int, float)>()).ToArray();
        var centroids = new Dictionary<int, float>[_intents.Length];
        for (var i = 0; i < centroids.Length; i++)
        {
            centroids[i] = [];
        }

        var vectors = new (int Id, float Weight)[raw.Count][];
        for (var e = 0; e < raw.Count; e++)
        {
            var vector = Weigh(raw[e]);
            vectors[e] = vector.ToArray();
            foreach (var (id, w) in vector)
            {
                examplePostings[id].Add((e, w));
                var centroid = centroids[_exampleIntent[e]];
                centroid[id] = centroid.GetValueOrDefault(id) + w;
            }
        }

        _examplePostings = examplePostings.Select(p => p.ToArray()).ToArray();
        var centroidPostings = Enumerable.Range(0, _featureIds.Count).Select(_ => new List<(int, float)>()).ToArray();
        for (var i = 0; i < centroids.Length; i++)
        {
            var norm = (float)Math.Sqrt(centroids[i].Values.Sum(v => (double)v * v));
            foreach (var (id, w) in centroids[i])
            {
                centroidPostings[id].Add((i, w / norm));
            }
        }

        _centroidPostings = centroidPostings.Select(p => p.ToArray()).ToArray();
        _softmax = new SoftmaxLayer(_featureIds.Count, _intents.Length, vectors, _exampleIntent);
    }

    public IReadOnlyList<string> Intents => _intents;

    /// <summary>True when some example phrasing has this word.</summary>
    public bool Knows(string word) => WordOf(word).WordId >= 0;

    /// <summary>A word the examples use that tells what is asked: not a stopword ("the", "sa", "و").</summary>
    public bool KnowsAsContent(string word) => !_stopwords.Contains(word) && Knows(word);

    /// <summary>Scores from 0 to 1 for every intent, in the order of <see cref="Intents"/>.</summary>
    public double[] Score(List<string> tokens) => Score(tokens, out _);

    /// <summary>Scores, and how many of the message's own words the examples know (character pieces alone are not enough).</summary>
    public double[] Score(List<string> tokens, out int knownWords)
    {
        var words = new WordFeatures[tokens.Count];
        knownWords = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            words[t] = WordOf(tokens[t]);
            if (!words[t].Stop && words[t].WordId >= 0)
            {
                knownWords++;
            }
        }

        var scores = new double[_intents.Length];
        var query = Weigh(QueryFeatures(tokens, words));
        if (query.Count == 0)
        {
            return scores;
        }

        // Rented: one score per example phrasing is a large array to allocate on every message.
        var exampleScores = ArrayPool<float>.Shared.Rent(_exampleIntent.Length);
        Array.Clear(exampleScores, 0, _exampleIntent.Length);
        var centroidScores = new float[_intents.Length];
        foreach (var (id, w) in query)
        {
            foreach (var (example, weight) in _examplePostings[id])
            {
                exampleScores[example] += w * weight;
            }

            foreach (var (intent, weight) in _centroidPostings[id])
            {
                centroidScores[intent] += w * weight;
            }
        }

        var best = new float[_intents.Length];
        var second = new float[_intents.Length];
        for (var e = 0; e < _exampleIntent.Length; e++)
        {
            var i = _exampleIntent[e];
            var s = exampleScores[e];
            if (s > best[i])
            {
                second[i] = best[i];
                best[i] = s;
            }
            else if (s > second[i])
            {
                second[i] = s;
            }
        }

        double topSimilarity = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            // The nearest two phrasings carry most weight; the centre keeps one odd example from dominating. Chosen by
            // holding out a fifth of the example phrasings (three folds): 0.55/0.2/0.25 beat 0.45/0.2/0.35 by a point.
            scores[i] = 0.55 * best[i] + 0.2 * second[i] + 0.25 * centroidScores[i];
            topSimilarity = Math.Max(topSimilarity, scores[i]);
        }

        // The trained layer says which of the shared words actually tell this intent from the others. Its
        // probabilities are put on the similarity's scale (its favourite gets the best similarity), so when both agree
        // the confidence is what it was and the fallback and welfare thresholds keep their meaning.
        var probabilities = new float[_intents.Length];
        _softmax.Probabilities(query, probabilities);
        var topProbability = probabilities.Max();
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = (1 - SoftmaxShare) * scores[i] + SoftmaxShare * topSimilarity * probabilities[i] / topProbability;
        }

        ArrayPool<float>.Shared.Return(exampleScores);
        return scores;
    }

    /// <summary>A message's features the examples have, added in the order <see cref="Features"/> adds them, from each word's cached ones.</summary>
    private Dictionary<int, float> QueryFeatures(List<string> tokens, WordFeatures[] words)
    {
        var features = new Dictionary<int, float>();
        void Add(int id, float weight)
        {
            if (id >= 0)
            {
                features[id] = features.GetValueOrDefault(id) + weight;
            }
        }

        for (var t = 0; t < tokens.Count; t++)
        {
            var word = words[t];
            Add(word.WordId, word.Stop ? StopwordWeight : WordWeight);
            if (t + 1 < tokens.Count && !(word.Stop && words[t + 1].Stop))
            {
                Add(PairId(tokens[t], tokens[t + 1]), PairWeight);
            }

            foreach (var (id, weight) in word.Rest)
            {
                Add(id, weight);
            }
        }

        return features;
    }

    private int PairId(string first, string second)
    {
        var length = 3 + first.Length + second.Length;
        var buffer = length <= 256 ? stackalloc char[length] : new char[length];
        "p:".CopyTo(buffer);
        first.CopyTo(buffer[2..]);
        buffer[2 + first.Length] = ' ';
        second.CopyTo(buffer[(3 + first.Length)..]);
        return _featuresBySpan.TryGetValue(buffer, out var id) ? id : -1;
    }

    private WordFeatures WordOf(string token)
    {
        if (_words.TryGetValue(token, out var cached))
        {
            return cached;
        }

        // Found by the same code that built the index; features no example has are left out, as they score nothing.
        var stop = _stopwords.Contains(token);
        var rest = new List<(int, float)>();
        OwnFeatures(token, stop, (feature, weight) =>
        {
            if (_featureIds.TryGetValue(feature, out var known))
            {
                rest.Add((known, weight));
            }
        });
        var word = new WordFeatures(stop, _featureIds.TryGetValue("w:" + token, out var id) ? id : -1, [.. rest]);
        if (_words.Count < MaxCachedWords)
        {
            _words[token] = word;
        }

        return word;
    }

    /// <summary>An example's features, each new one given the next id.</summary>
    private Dictionary<int, float> Features(List<string> tokens)
    {
        var features = new Dictionary<int, float>();
        void Add(string feature, float weight)
        {
            if (!_featureIds.TryGetValue(feature, out var id))
            {
                id = _featureIds.Count;
                _featureIds[feature] = id;
            }

            features[id] = features.GetValueOrDefault(id) + weight;
        }

        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var stop = _stopwords.Contains(token);
            Add("w:" + token, stop ? StopwordWeight : WordWeight);
            if (t + 1 < tokens.Count && !(stop && _stopwords.Contains(tokens[t + 1])))
            {
                Add("p:" + token + " " + tokens[t + 1], PairWeight);
            }

            OwnFeatures(token, stop, Add);
        }

        return features;
    }

    /// <summary>A word's features other than the word itself and its pair with the next.</summary>
    private static void OwnFeatures(string token, bool stop, Action<string, float> add)
    {
        if (!stop && token.Length >= 4)
        {
            var padded = "<" + token + ">";
            for (var i = 0; i + 4 <= padded.Length; i++)
            {
                add("g:" + padded.Substring(i, 4), GramWeight);
            }
        }

        if (char.IsDigit(token[0]) && token.All(char.IsDigit))
        {
            add("w:#number", StemWeight); // "my 14 year old", "16 yr old": any age or amount reads alike
        }

        if (!stop && token.Length >= 5 && token[^1] == 's' && token[^2] != 's' && !TextNormaliser.IsArabicScript(token[0]))
        {
            add("w:" + token[..^1], StemWeight); // plurals: "orders" also counts as "order"
        }

        if (!stop && TextNormaliser.IsArabicScript(token[0]))
        {
            // Arabic and Urdu glue articles, prepositions and pronouns onto words: match the stem too.
            var stem = ArabicStem(token);
            if (stem != token)
            {
                add("w:" + stem, StemWeight);
            }

            var padded = "<" + stem + ">";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                add("t:" + padded.Substring(i, 3), GramWeight);
            }
        }
    }

    private static readonly string[] ArabicPrefixes = ["وال", "بال", "فال", "كال", "کال", "لل", "ال", "و", "ف", "ب", "ل"];
    private static readonly string[] ArabicSuffixes = ["ہا", "ہم", "کم", "نا", "نی", "ون", "ین", "ات", "ہ", "ی", "ک"];

    internal static string ArabicStem(string token)
    {
        var stem = token;
        foreach (var prefix in ArabicPrefixes)
        {
            if (stem.StartsWith(prefix, StringComparison.Ordinal) && stem.Length - prefix.Length >= 3)
            {
                stem = stem[prefix.Length..];
                break;
            }
        }

        foreach (var suffix in ArabicSuffixes)
        {
            if (stem.EndsWith(suffix, StringComparison.Ordinal) && stem.Length - suffix.Length >= 3)
            {
                stem = stem[..^suffix.Length];
                break;
            }
        }

        return stem;
    }

    private List<(int Id, float Weight)> Weigh(Dictionary<int, float> features)
    {
        var vector = new List<(int, float)>(features.Count);
        double norm = 0;
        foreach (var (id, tf) in features)
        {
            var w = tf * _idf[id];
            vector.Add((id, w));
            norm += (double)w * w;
        }

        if (norm == 0)
        {
            return [];
        }

        var scale = (float)(1 / Math.Sqrt(norm));
        for (var i = 0; i < vector.Count; i++)
        {
            vector[i] = (vector[i].Item1, vector[i].Item2 * scale);
        }

        return vector;
    }
}
