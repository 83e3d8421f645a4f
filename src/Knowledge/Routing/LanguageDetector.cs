namespace FamilyServices.Knowledge.Routing;

/// <summary>What the detector learns about a language from its content.</summary>
internal sealed record LanguageEvidence(
    string Code, bool ArabicScript, string Letters, IReadOnlyList<string> Prefixes, IReadOnlyList<string> Corpus,
    IReadOnlySet<string>? Romanised = null, string RomanisedDigits = "", IReadOnlyList<string>? FunctionWords = null,
    RomanisedReader? Reader = null, IReadOnlyList<string>? BorrowedByEnglish = null);

/// <summary>
/// Guesses the language of a short message. Arabic-script messages are scored among the Arabic-script languages
/// by letters only that language uses (Urdu's ٹ ڈ ڑ ں ے ہ ...) and by known words; Latin-script messages by
/// character trigrams and known words learnt from each language's content, plus letters only one language uses
/// (when the sender typed them). An Arabic-script language written in Latin letters (Roman Urdu "mulaqat ka time kya
/// hai", Arabizi "3ayz a3raf el mawa3eed") is told by its own words and by digits standing for its letters.
/// All of it comes from the language's content files.
/// </summary>
internal sealed class LanguageDetector
{
    private readonly string[] _languages;
    private readonly Dictionary<string, int> _index;
    private readonly bool[] _arabicScript;
    private readonly IReadOnlyList<string>[] _prefixes;
    private readonly string _default;

    /// <summary>Arabic-script letters enough to read a message that mixes in English words as Arabic script.</summary>
    private const int MixedArabicScript = 4;
    private readonly Dictionary<string, double[]> _trigramLogProb = new(StringComparer.Ordinal);
    private readonly double[] _unseenLogProb;
    private readonly Dictionary<string, double[]> _wordWeight = new(StringComparer.Ordinal);
    private readonly Dictionary<char, int> _accentOwner = [];
    private readonly IReadOnlySet<string>[] _romanised;

    /// <summary>Romanised words English speakers borrow ("salam"): English content has them, yet they still say the language.</summary>
    private readonly HashSet<string>[] _borrowed;
    private readonly string[] _romanisedDigits;
    private readonly RomanisedReader?[] _readers;
    private readonly HashSet<string> _latinWords = new(StringComparer.Ordinal);

    /// <summary>
    /// Little words only one language has ("jak", "czy", "sie"): nobody writing English types them, so "jak zrobic booking
    /// na closed visit" is Polish however many English words it borrows.
    /// </summary>
    private readonly Dictionary<string, int> _ownFunctionWord = new(StringComparer.Ordinal);
    private const double FunctionWordWeight = 0.6;

    /// <summary>Words of its own (known in no Latin-script language) a romanised message needs at least.</summary>
    private const int RomanisedWords = 2;

    /// <summary>...and the share of the message's words that are the language's, its own or shared ("se", "hai").</summary>
    private const double RomanisedShare = 0.3;

    /// <summary>Words that read as the language by their sounds are evidence only from this long: "dar", "pe" are anyone's.</summary>
    private const int ShortestReadWord = 4;

    /// <summary>With no word of its own, at least this many words, and this share of the message, must read as the language.</summary>
    private const int ReadOnlyWords = 3;

    private const double ReadOnlyShare = 0.6;

    public LanguageDetector(IReadOnlyList<LanguageEvidence> evidence, string defaultLanguage)
    {
        _languages = evidence.Select(e => e.Code).ToArray();
        _index = _languages.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        _arabicScript = evidence.Select(e => e.ArabicScript).ToArray();
        _prefixes = evidence.Select(e => e.Prefixes).ToArray();
        _romanised = evidence.Select(e => e.Romanised ?? new HashSet<string>()).ToArray();
        _romanisedDigits = evidence.Select(e => e.RomanisedDigits).ToArray();
        _borrowed = evidence.Select(e => (e.BorrowedByEnglish ?? []).Select(TextNormaliser.Fold).ToHashSet(StringComparer.Ordinal)).ToArray();
        _readers = evidence.Select(e => e.Reader).ToArray();
        var corpusByLanguage = evidence.ToDictionary(e => e.Code, e => e.Corpus);
        _default = defaultLanguage;
        _unseenLogProb = new double[_languages.Length];

        var trigramCounts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var totals = new int[_languages.Length];
        var wordLanguages = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var (language, texts) in corpusByLanguage)
        {
            var li = _index[language];
            foreach (var text in texts)
            {
                var folded = TextNormaliser.Fold(text);
                foreach (var trigram in Trigrams(folded))
                {
                    if (!trigramCounts.TryGetValue(trigram, out var counts))
                    {
                        trigramCounts[trigram] = counts = new int[_languages.Length];
                    }

                    counts[li]++;
                    totals[li]++;
                }

                foreach (var word in TextNormaliser.Tokens(folded).Where(w => w.Length > 1 && !w.All(char.IsDigit)))
                {
                    if (!wordLanguages.TryGetValue(word, out var set))
                    {
                        wordLanguages[word] = set = [];
                    }

                    set.Add(li);
                    if (!_arabicScript[li] && !TextNormaliser.IsArabicScript(word[0]))
                    {
                        _latinWords.Add(word);
                    }
                }
            }
        }

        var vocabulary = trigramCounts.Count + 1;
        for (var li = 0; li < _languages.Length; li++)
        {
            _unseenLogProb[li] = Math.Log(1.0 / (totals[li] + vocabulary));
        }

        foreach (var (trigram, counts) in trigramCounts)
        {
            var probs = new double[_languages.Length];
            for (var li = 0; li < _languages.Length; li++)
            {
                probs[li] = Math.Log((counts[li] + 1.0) / (totals[li] + vocabulary));
            }

            _trigramLogProb[trigram] = probs;
        }

        // A word known in fewer languages says more about the language.
        foreach (var (word, set) in wordLanguages)
        {
            var weights = new double[_languages.Length];
            foreach (var li in set)
            {
                weights[li] = 1.0 / set.Count;
            }

            _wordWeight[word] = weights;
        }

        foreach (var language in evidence)
        {
            foreach (var word in (language.FunctionWords ?? []).Select(TextNormaliser.Fold))
            {
                if (wordLanguages.TryGetValue(word, out var set) && set.Count == 1 && set.Contains(_index[language.Code]))
                {
                    _ownFunctionWord[word] = _index[language.Code];
                }
            }
        }

        foreach (var language in evidence)
        {
            foreach (var c in language.Letters)
            {
                _accentOwner[c] = _index[language.Code];
            }
        }
    }

    public (string Language, double Confidence) Detect(string text, string? known)
    {
        var arabicScript = 0;
        var latin = 0;
        foreach (var c in text)
        {
            if (TextNormaliser.IsArabicScript(c))
            {
                arabicScript++;
            }
            else if (char.IsLetter(c))
            {
                latin++;
            }
        }

        // "جیل کا email address کیا ہے": English words mixed into Urdu or Arabic. Nobody writing English types
        // Arabic-script words, so a few of them make it an Arabic-script message, however many English letters.
        if (arabicScript > 0 && (arabicScript >= latin || (arabicScript >= MixedArabicScript && 3 * arabicScript >= latin)) && _arabicScript.Any(a => a))
        {
            return ArabicScript(text);
        }

        if (latin == 0)
        {
            return (known ?? _default, 0.3);
        }

        return Latin(text, known);
    }

    private (string, double) ArabicScript(string text)
    {
        var scores = new double[_languages.Length];
        foreach (var c in text)
        {
            if (_accentOwner.TryGetValue(c, out var owner))
            {
                scores[owner] += 1;
            }
        }

        // Words help when a phone's keyboard types the other language's forms of shared letters.
        var folded = TextNormaliser.Fold(text);
        foreach (var word in TextNormaliser.Tokens(folded))
        {
            if (_wordWeight.TryGetValue(word, out var weights))
            {
                for (var li = 0; li < scores.Length; li++)
                {
                    scores[li] += 2 * weights[li];
                }
            }

            for (var li = 0; li < scores.Length; li++)
            {
                if (_prefixes[li].Any(p => word.Length > p.Length + 1 && word.StartsWith(p, StringComparison.Ordinal)))
                {
                    scores[li] += 1;
                }
            }
        }

        var best = -1;
        var total = 0.0;
        for (var li = 0; li < scores.Length; li++)
        {
            if (!_arabicScript[li])
            {
                continue;
            }

            total += scores[li];
            if (best < 0 || scores[li] > scores[best])
            {
                best = li;
            }
        }

        return (_languages[best], total == 0 ? 0.5 : scores[best] / total);
    }

    private (string, double) Latin(string text, string? known)
    {
        var scores = new double[_languages.Length];
        var lowered = text.ToLowerInvariant();
        var folded = TextNormaliser.Fold(text);
        var trigramCount = 0;
        foreach (var trigram in Trigrams(folded))
        {
            trigramCount++;
            var probs = _trigramLogProb.GetValueOrDefault(trigram);
            for (var li = 0; li < scores.Length; li++)
            {
                scores[li] += probs?[li] ?? _unseenLogProb[li];
            }
        }

        // Average per trigram so long and short messages are comparable, then add evidence from words and accents.
        for (var li = 0; li < scores.Length; li++)
        {
            scores[li] /= Math.Max(1, trigramCount);
        }

        var words = TextNormaliser.Tokens(folded);
        if (Romanised(words, known) is { } romanised)
        {
            return (_languages[romanised], 0.8);
        }

        foreach (var word in words)
        {
            if (_wordWeight.TryGetValue(word, out var weights))
            {
                for (var li = 0; li < scores.Length; li++)
                {
                    // "menu" alone: four letters of trigrams say little; the languages whose content uses the word say more.
                    scores[li] += words.Count == 1 && weights[li] == 0 ? -0.6 : 0.6 * weights[li];
                }
            }
        }

        foreach (var word in words)
        {
            if (_ownFunctionWord.TryGetValue(word, out var owner))
            {
                scores[owner] += FunctionWordWeight;
            }
        }

        foreach (var c in lowered)
        {
            if (_accentOwner.TryGetValue(c, out var owner))
            {
                scores[owner] += 1.5;
            }
        }

        for (var li = 0; li < scores.Length; li++)
        {
            if (_arabicScript[li])
            {
                scores[li] = double.NegativeInfinity;
            }
        }

        if (known is not null && _index.TryGetValue(known, out var knownIndex))
        {
            scores[knownIndex] += 0.4; // the conversation's language wins a close call
        }

        if (_index.TryGetValue(_default, out var defaultIndex))
        {
            scores[defaultIndex] += 0.15; // most messages are English: it wins a tie
        }

        var best = 0;
        for (var li = 1; li < scores.Length; li++)
        {
            if (scores[li] > scores[best])
            {
                best = li;
            }
        }

        // Softmax over the scores gives a rough confidence.
        var sum = 0.0;
        for (var li = 0; li < scores.Length; li++)
        {
            if (!double.IsNegativeInfinity(scores[li]))
            {
                sum += Math.Exp(3 * (scores[li] - scores[best]));
            }
        }

        return (_languages[best], 1.0 / sum);
    }

    /// <summary>
    /// The Arabic-script language a Latin-script message is written in, if enough of its words are that language's:
    /// "mera beta jail mein hai" is Urdu, "my son Imran is in jail" stays English. A word of its own is one its
    /// text-speak lists or one writing a letter as a digit; a word no Latin-script language's content uses that reads,
    /// by its sounds, as a word of the language counts too, once one word of its own says which language it is.
    /// Null when none is.
    /// </summary>
    private int? Romanised(List<string> words, string? known)
    {
        // In a conversation already in the language, one word of its own is enough: "shukriya bhai". So is a message
        // that is nothing but words of its own ("salam", "shukriya"): no Latin-script language writes them.
        var knownIndex = known is not null && _index.TryGetValue(known, out var k) ? k : -1;
        int? best = null;
        var bestScore = 0;
        for (var li = 0; li < _languages.Length; li++)
        {
            if (_romanised[li].Count == 0)
            {
                continue;
            }

            var own = new HashSet<string>(StringComparer.Ordinal);
            var read = new HashSet<string>(StringComparer.Ordinal);
            var shared = 0;
            foreach (var word in words)
            {
                if (_romanised[li].Contains(word))
                {
                    if (_latinWords.Contains(word) && !_borrowed[li].Contains(word))
                    {
                        shared++;
                    }
                    else
                    {
                        own.Add(word);
                    }
                }
                else if (WritesLetterAsDigit(word, _romanisedDigits[li]))
                {
                    own.Add(word); // "a3raf", "a7gez": digits for letters Latin has not
                }
                else if (word.Length >= ShortestReadWord && !_latinWords.Contains(word) && _readers[li]?.Read(word) is not null)
                {
                    read.Add(word); // "kaykoulch", "yfatshoni": sounds like a word of the language
                }
            }

            // A word of its own weighs more than one that only sounds like the language: it tells Urdu from Arabic.
            var score = 2 * own.Count + read.Count;
            // With no word of its own, the words that read as the language must be most of the message ("akhoi yabi
            // yentaher, kateb wasiyeto").
            if ((own.Count >= 1 || (read.Count >= ReadOnlyWords && read.Count >= ReadOnlyShare * words.Count))
                && own.Count + read.Count >= (li == knownIndex || own.Count == words.Count ? 1 : RomanisedWords)
                && own.Count + read.Count + shared >= RomanisedShare * words.Count && score > bestScore)
            {
                (best, bestScore) = (li, score);
            }
        }

        return best;
    }

    private static bool WritesLetterAsDigit(string word, string digits) =>
        digits.Length > 0 && word.Count(char.IsLetter) >= 2 && word.Any(c => digits.Contains(c));

    private static IEnumerable<string> Trigrams(string folded)
    {
        foreach (var word in TextNormaliser.Tokens(folded))
        {
            if (word.All(char.IsDigit))
            {
                continue;
            }

            var padded = " " + word + " ";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                yield return padded.Substring(i, 3);
            }
        }
    }
}
