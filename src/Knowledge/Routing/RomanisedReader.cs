using System.Collections.Concurrent;
using System.Text;

namespace FamilyServices.Knowledge.Routing;

/// <summary>
/// Reads a word of Arabic or Urdu written in Latin letters ("yakol", "ya2kol", "yaakol"; "khudkushi") as the
/// script word of the language's own content it sounds like, the way transliteration tools do: both are reduced to
/// their consonants (short vowels are not written in the script, and Latin spellings of them vary endlessly), letters
/// that sound alike are compared as one, and the most used word of that sound wins. Which Latin letters stand for which
/// script letters, and which sound alike, is the language's content (language.yaml), so a family worker can correct it.
/// Built once per content load; thread-safe.
/// </summary>
internal sealed class RomanisedReader
{
    /// <summary>Consonants a reading needs: two-letter sounds ("kl", "mn") match too many words to mean one.</summary>
    private const int ShortestSound = 3;

    /// <summary>
    /// ...unless its vowels fall where the word writes them ("dam" دم, "deen" دین: at most one short vowel more), or it
    /// writes a letter Latin lacks as a digit ("m3a", "ma3i"): then a little more leeway.
    /// </summary>
    private const int ShortestClearSound = 2;

    private const double ShortWordSlips = 0.5;
    private const double ShortWordWithDigitSlips = 1.5;

    /// <summary>Vowels written at the end of a word in Arabic and Urdu alike (ا, or ة ہ said as it; ی), as text is folded.</summary>
    private const char Alif = 'ا';

    private const char LongI = 'ی';

    /// <summary>A word whose letters each may stand for several is read at most this many ways.</summary>
    private const int MostReadings = 16;

    private readonly Dictionary<string, char[]> _letters = new(StringComparer.Ordinal);
    private readonly string _silent;
    private readonly string _vowels;
    private readonly string _consonantsAtStart;
    private readonly HashSet<char> _vowelSounds = [];
    private readonly int _longestGroup;
    private readonly Dictionary<char, char> _sound = [];
    private readonly string _silentAtEnd;
    private readonly string[] _prefixes;
    private readonly Dictionary<string, string[]> _littleWords;
    private readonly string[] _articles;
    private readonly Dictionary<string, string> _articleWords;
    private readonly string[] _suffixes;
    private readonly HashSet<string> _negatingSuffixes;
    private readonly string _negation;
    private readonly string _digits;
    private readonly Dictionary<string, Candidate[]> _bySound = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string[]? Read, bool Whole)> _cache = new(StringComparer.Ordinal);

    private readonly record struct Candidate(string Word, int Count, string Full);

    /// <param name="spelling">The language's romanised spelling (letters already folded like the messages).</param>
    /// <param name="vocabulary">Every script word of the language's content, once per use: the more used, the likelier.</param>
    /// <param name="articles">Script prefixes ("ال") a word may carry that a Latin spelling may leave off.</param>
    /// <param name="digits">Digits that stand for letters in this language ("3" for ع).</param>
    public RomanisedReader(RomanisedSpelling spelling, IEnumerable<string> vocabulary, IReadOnlyList<string> articles, string digits)
    {
        foreach (var group in spelling.Alike)
        {
            var folded = TextNormaliser.Fold(group);
            foreach (var c in folded)
            {
                _sound[c] = folded[0];
            }
        }

        _silent = TextNormaliser.Fold(spelling.Silent);
        _vowels = TextNormaliser.Fold(spelling.Vowels);
        _consonantsAtStart = TextNormaliser.Fold(spelling.ConsonantsAtStart);
        _silentAtEnd = TextNormaliser.Fold(spelling.SilentAtEnd);
        _vowelSounds.UnionWith(_vowels.Select(Sound));
        foreach (var (latin, script) in spelling.Letters)
        {
            _letters[latin] = script.Select(s => TextNormaliser.Fold(s)).Where(s => s.Length > 0).Select(s => s[0]).Distinct().ToArray();
            _longestGroup = Math.Max(_longestGroup, latin.Length);
        }

        // Longest first, so "wel7abs" loses "wel" before "w" is tried.
        _prefixes = spelling.Prefixes.OrderByDescending(p => p.Length).ToArray();
        _littleWords = spelling.LittleWords.ToDictionary(w => w.Key, w => new[] { TextNormaliser.Fold(w.Value) }, StringComparer.Ordinal);
        _suffixes = spelling.Suffixes.Concat(spelling.NegatingSuffixes).OrderByDescending(p => p.Length).ToArray();
        _negatingSuffixes = spelling.NegatingSuffixes.ToHashSet(StringComparer.Ordinal);
        _negation = TextNormaliser.Fold(spelling.Negation);
        _digits = digits;
        _articles = articles.Select(TextNormaliser.Fold).Where(a => a.Length > 0).ToArray();
        _articleWords = _littleWords.Where(w => w.Value.Length == 1 && _articles.Contains(w.Value[0]))
            .ToDictionary(w => w.Key, w => w.Value[0], StringComparer.Ordinal);

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in vocabulary)
        {
            if (word.Length > 1 && word.All(TextNormaliser.IsArabicScript))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        var bySound = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        foreach (var (word, count) in counts)
        {
            Index(word, word, count, bySound);
            foreach (var article in articles.Select(TextNormaliser.Fold))
            {
                // "7abs" is "الحبس" said without its article.
                if (word.Length > article.Length + 2 && word.StartsWith(article, StringComparison.Ordinal))
                {
                    Index(word[article.Length..], word, count, bySound);
                }
            }
        }

        foreach (var (sound, candidates) in bySound)
        {
            _bySound[sound] = candidates.OrderByDescending(c => c.Count).ToArray();
        }
    }

    /// <summary>"bil", "fel": a little word of the language, read as it even where another language uses the same letters.</summary>
    public bool IsLittleWord(string word) => _littleWords.ContainsKey(word);

    /// <summary>"el", "l": a little word that is the article alone, or null.</summary>
    public string? ArticleOf(string word) => _articleWords.GetValueOrDefault(word);

    /// <summary>"ال" + "السنة" is "السنة"; "ال" + "سجن" is "السجن".</summary>
    public string JoinArticle(string article, string scriptWord) =>
        _articles.Any(a => scriptWord.StartsWith(a, StringComparison.Ordinal)) ? scriptWord : article + scriptWord;

    /// <summary>
    /// The script word(s) a Latin-letter word reads as, or null when it reads as none of the content's words: "wldi" →
    /// "ولدی"; "makaykoulch" → "ما", "یاکل" (the negation is kept, so "not eating" is still heard).
    /// </summary>
    public string[]? Read(string word) => Read(word, out _);

    /// <param name="whole">Whether the word was read as it stands, not as a little word run on to another ("ma" + "wdoo3").</param>
    public string[]? Read(string word, out bool whole)
    {
        whole = false;
        if (word.Length < 1 || word.Any(TextNormaliser.IsArabicScript) || word.All(char.IsDigit))
        {
            return null;
        }

        if (_littleWords.TryGetValue(word, out var little))
        {
            whole = true;
            return little;
        }

        if (!_cache.TryGetValue(word, out var read))
        {
            read = ReadUncached(word);
            if (_cache.Count < 50_000)
            {
                _cache[word] = read;
            }
        }

        whole = read.Whole;
        return read.Read;
    }

    private (string[]? Read, bool Whole) ReadUncached(string word)
    {
        var shortSlips = word.Any(c => _digits.Contains(c)) ? ShortWordWithDigitSlips : ShortWordSlips;
        if (Best(word, shortSlips) is { } whole)
        {
            return ([whole], true);
        }

        // Little words run on ("wel7abs", "fl7abs"), pronouns ("ydrbouh") and the negation ("makaykoulch"): the word
        // without them, tried only when the whole word reads as nothing.
        foreach (var suffix in _suffixes.Prepend(""))
        {
            if (suffix.Length > 0 && (!word.EndsWith(suffix, StringComparison.Ordinal) || word.Length - suffix.Length < 2))
            {
                continue;
            }

            var stem = word[..^suffix.Length];
            foreach (var prefix in _prefixes.Prepend(""))
            {
                if ((prefix.Length == 0 && suffix.Length == 0) || !stem.StartsWith(prefix, StringComparison.Ordinal) || stem.Length - prefix.Length < 2)
                {
                    continue;
                }

                // What is left must be a clear word: "kay" + "goul" is not "کل".
                if (Best(stem[prefix.Length..], shortSlips: -1) is { } found)
                {
                    return (_negatingSuffixes.Contains(suffix) && _negation.Length > 0 ? [_negation, found] : [found], false);
                }
            }
        }

        return (null, false);
    }

    /// <summary>
    /// The content word that sounds like the Latin spelling, or null: of the words with its consonants, the most used,
    /// counting less the further its written vowels are from the spelling's ("ktir" is "كتير" rather than "قطار").
    /// </summary>
    private string? Best(string latin, double shortSlips)
    {
        string? best = null;
        var bestWeight = 0.0;
        foreach (var (sound, full) in LatinSounds(latin))
        {
            if (sound.Length < ShortestClearSound || !_bySound.TryGetValue(sound, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                var slips = Distance(full, candidate.Full);
                if (sound.Length < ShortestSound && slips > shortSlips)
                {
                    continue;
                }

                var weight = candidate.Count / ((1 + 2 * slips) * (1 + 2 * slips));
                if (weight > bestWeight)
                {
                    (best, bestWeight) = (candidate.Word, weight);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// How far a Latin spelling's full form is from a word's: a Latin vowel the word does not write costs half (short
    /// vowels are not written), anything else one.
    /// </summary>
    private double Distance(string latin, string word)
    {
        Span<double> row = stackalloc double[word.Length + 1];
        for (var j = 0; j <= word.Length; j++)
        {
            row[j] = j;
        }

        for (var i = 1; i <= latin.Length; i++)
        {
            // ...but a vowel at the end is written ("minni" is "منی", me, not "مین", who; "khata" is "کھاتا", eats, not "کاٹ", cut).
            var dropped = _vowelSounds.Contains(latin[i - 1]) && !(i == latin.Length && latin[i - 1] is Alif or LongI) ? 0.5 : 1;
            var diagonal = row[0];
            row[0] = i * dropped;
            for (var j = 1; j <= word.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + dropped, row[j - 1] + 1), diagonal + (latin[i - 1] == word[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[word.Length];
    }

    /// <summary>The ways a Latin spelling may sound: its consonants, and its consonants with its vowels.</summary>
    private List<(string Sound, string Full)> LatinSounds(string latin)
    {
        // "bala3" and "balla3", "ziyara" and "ziyaarah": doubled letters and a closing h after a vowel change nothing.
        var letters = new StringBuilder(latin.Length);
        foreach (var c in latin)
        {
            if (letters.Length == 0 || letters[^1] != c || "aeiou".Contains(c))
            {
                letters.Append(c);
            }
        }

        if (letters.Length > 2 && letters[^1] == 'h' && "aeiou".Contains(letters[^2]))
        {
            letters.Length--;
        }

        var text = letters.ToString();
        var readings = new List<(StringBuilder Sound, StringBuilder Full)> { (new StringBuilder(), new StringBuilder()) };
        for (var i = 0; i < text.Length;)
        {
            var length = Math.Min(_longestGroup, text.Length - i);
            char[]? sounds = null;
            for (; length > 0; length--)
            {
                if (_letters.TryGetValue(text.Substring(i, length), out sounds))
                {
                    break;
                }
            }

            if (sounds is null)
            {
                return []; // a letter the language's table does not have ("x" in Roman Urdu): not this language
            }

            // "usbu3", "ibni": a Latin vowel is a vowel even at the start, where a written و or ی would be a consonant.
            var latinVowel = text.AsSpan(i, length).IndexOfAnyExcept("aeiou") < 0;
            // "dawa", "ziyara": a w or y between vowels may be a consonant, however the word writes it.
            var glide = !latinVowel && i > 0 && i + length < text.Length && "aeiou".Contains(text[i + length]);
            i += length;
            Extend(readings, sounds.SelectMany(sound => glide && _consonantsAtStart.Contains(sound) ? new[] { (sound, false), (sound, true) } : [(sound, false)]).ToArray(), latinVowel);
        }

        return readings.Select(r => (r.Sound.ToString(), r.Full.ToString())).ToList();
    }

    /// <summary>Each reading so far, once per way the next letter may be read (up to <see cref="MostReadings"/> in all).</summary>
    private void Extend(List<(StringBuilder Sound, StringBuilder Full)> readings, (char Letter, bool Consonant)[] choices, bool latinVowel = false)
    {
        var count = readings.Count;
        for (var r = 0; r < count; r++)
        {
            for (var c = choices.Length - 1; c >= 0; c--)
            {
                var (sound, full) = c == 0 ? readings[r] : (new StringBuilder(readings[r].Sound.ToString()), new StringBuilder(readings[r].Full.ToString()));
                Append(choices[c].Letter, sound, full, latinVowel, choices[c].Consonant);
                if (c > 0 && readings.Count < MostReadings)
                {
                    readings.Add((sound, full));
                }
            }
        }
    }

    private void Index(string word, string original, int count, Dictionary<string, List<Candidate>> bySound)
    {
        var readings = new List<(StringBuilder Sound, StringBuilder Full)> { (new StringBuilder(), new StringBuilder()) };
        for (var i = 0; i < word.Length; i++)
        {
            if (i == word.Length - 1 && i > 1 && _silentAtEnd.Contains(word[i]))
            {
                continue;
            }

            // "دواء", "زيارة": a و or ی before alif may be a consonant.
            var glide = i > 0 && i + 1 < word.Length && word[i + 1] == Alif && _consonantsAtStart.Contains(word[i]);
            Extend(readings, glide ? [(word[i], false), (word[i], true)] : [(word[i], false)]);
        }

        foreach (var (sound, full) in readings)
        {
            var key = sound.ToString();
            if (!bySound.TryGetValue(key, out var list))
            {
                bySound[key] = list = [];
            }

            list.Add(new Candidate(original, count, full.ToString()));
        }
    }

    /// <summary>
    /// One letter onto a word's consonants and its full form. A vowel letter (ا و ی, or a Latin vowel read as one) goes
    /// only into the full form, except و ی at the start of a word, where they are consonants ("wldi", "yakol").
    /// </summary>
    private void Append(char letter, StringBuilder consonants, StringBuilder full, bool latinVowel = false, bool consonant = false)
    {
        if (_silent.Contains(letter))
        {
            return;
        }

        var sound = Sound(letter);
        if (_vowels.Contains(letter) && !consonant && (latinVowel || full.Length > 0 || !_consonantsAtStart.Contains(letter)))
        {
            if (full.Length == 0 || full[^1] != sound)
            {
                full.Append(sound);
            }

            return;
        }

        consonants.Append(sound);
        full.Append(sound);
    }

    private char Sound(char letter) => _sound.TryGetValue(letter, out var sound) ? sound : letter;
}
