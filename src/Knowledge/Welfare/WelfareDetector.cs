using System.Globalization;
using FamilyServices.Knowledge.Routing;

namespace FamilyServices.Knowledge.Welfare;

/// <summary>
/// Looks for signs that someone is at risk, in every message, in every language's cues at once (a worried parent
/// may switch language). Tuned for recall: a risk to life is an emergency, unless the words around it say it is past
/// or denied, and then it is still a concern, never nothing.
/// </summary>
internal sealed class WelfareDetector
{
    private const int MaxGap = 2;
    private const int SoftenerWindow = 10;

    /// <summary>How near a weaker worry's own "now" must be (see UrgentNear).</summary>
    private const int UrgentWindow = 4;

    /// <summary>How far after a threat its own time may be told ("will kill my son today on the yard", see TimedThreat).</summary>
    private const int ThreatTimeWindow = 3;

    /// <summary>
    /// In a `past` phrase, any year from <see cref="FirstPastYear"/> to last year: "back in {past year}" is past whichever
    /// year it names, without anyone adding a year to the content each January. This year is not: "in 2026" may be now.
    /// </summary>
    public const string PastYear = "{past year}";

    /// <summary>Older than any event a family would date.</summary>
    public const int FirstPastYear = 1980;

    /// <summary>The one word <see cref="PastYear"/> stands as in a phrase, read by <see cref="Matches"/> as any past year.</summary>
    private const string PastYearWord = "pastyear";

    /// <summary>How near a harm a word of its going on must be ("he is still self harming", "cuts himself now and then").</summary>
    private const int GoingOnWindow = 3;

    /// <summary>A denial of several words ("do not think") must end at most this many words before the risk word.</summary>
    private const int DenialWindow = 1;

    private readonly List<Cue> _cues = [];
    private readonly HashSet<string> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _peopleByLanguage = new(StringComparer.Ordinal);
    private readonly List<string[]> _negations = [];
    private readonly List<string[]> _negationsAfter = [];
    private readonly List<string[]> _conditions = [];
    private readonly List<string[]> _past = [];
    private readonly List<string[]> _urgent = [];
    private readonly Dictionary<string, List<Term[]>> _concepts = new(StringComparer.Ordinal);

    /// <summary>The language of each concept phrase, in the order of <see cref="_concepts"/>' phrases.</summary>
    private readonly Dictionary<string, List<string>> _conceptLanguages = new(StringComparer.Ordinal);

    /// <summary>
    /// Per concept phrase (as numbered in <see cref="_allConceptPhrases"/>): the language whose messages alone it is looked
    /// for in, or null for every message. A short word of one language is an everyday word of another: Welsh "to" (a roof)
    /// is English "to", Arabic "والا" (or else) Urdu "والا", Polish "list" (a letter) English "list". English words are
    /// looked for everywhere: families put them in every language ("wing", "cut").
    /// </summary>
    private readonly string?[] _conceptPhraseOnlyIn;

    /// <summary>A one-word phrase this short, of a language other than English, is looked for only in its own language.</summary>
    private const int LongestOwnLanguageWord = 4;
    private readonly List<WelfareRule> _rules = [];

    /// <summary>Each concept's phrases, by number: a message looks each concept up once, in an array, not a dictionary.</summary>
    private readonly List<Term[]>[] _conceptPhrases;

    /// <summary>Per rule (as in <see cref="_rules"/>): its concepts' numbers, and whether it carries its own negation.</summary>
    private readonly int[][] _ruleConcepts;
    private readonly bool[] _ruleNegates;

    /// <summary>
    /// Per rule: whether it tells of a risk that stands once told (a "standing" concept of welfare-rules.yaml: a farewell,
    /// a last message, means put by), so that only a long past, not "yesterday", softens it. Told "yesterday" they are
    /// still a risk to life today ("he wrote me a goodbye letter yesterday"), unlike a cut or a beating that is over.
    /// </summary>
    private readonly bool[] _ruleStanding;

    /// <summary>Per cue (as in <see cref="_cues"/>): a risk to life in words that tell a standing risk alone ("goodbye letter").</summary>
    private readonly bool[] _cueStanding;

    /// <summary>The past words that are not also recent ones ("last year", not "yesterday"): what softens a standing risk.</summary>
    private readonly List<string[]> _longPast;

    /// <summary>
    /// Rules for what a message asks instead of a worry ("he rings me with threats" + "block him": unwanted-contact), by
    /// the intent that answers it, with their concepts' numbers.
    /// </summary>
    private readonly (string Intent, int[] Concepts)[] _instead;

    /// <summary>Words that make distress a risk to life tonight; -1 when no language names them.</summary>
    private readonly int _tonight;

    /// <summary>A means, a plan or a farewell, which makes hopelessness a risk to life; -1 when no language names them.</summary>
    private readonly int _resolve;

    /// <summary>"Not tonight", "dim heno": a time said not to be when it happens; -1 when no language names them.</summary>
    private readonly int _notNow;

    /// <summary>"Now", "tonight", "teraz": when a harm is happening; -1 when no language names them.</summary>
    private readonly int _now;

    /// <summary>"Or they'll", "otherwise": just before a beating, it is threatened rather than happening; -1 when none.</summary>
    private readonly int _threatened;
    private readonly int _menace;

    /// <summary>"Or else", "otherwise": a demand with a threat; -1 when no language names them.</summary>
    private readonly int _orElse;

    /// <summary>
    /// Urgent words that are only "now" ("now", "teraz"): after a past beating "now he is scared" tells how he is, not that
    /// it is happening again, so they do not undo a past word. "Right now", "bleeding" and the like do.
    /// </summary>
    private readonly HashSet<string> _plainNow;

    /// <summary>
    /// Words that say a body's state is now ("now", "today") or goes on ("still", "nadal"): a faint or a fit with one of
    /// them is a risk to life however long ago it began ("had a fit yesterday and still hasn't come round").
    /// </summary>
    private readonly List<string[]> _stillHappening;

    /// <summary>A faint, a fall or a fit ("fainted", "a lesinat"): an event that can be over, unlike "not breathing".</summary>
    private readonly List<string[]> _fainting;

    /// <summary>Words that a harm goes on ("still", "nadal", "sometimes"): next to it, it is not over.</summary>
    private readonly List<string[]> _goingOn;
    private readonly List<string[]> _asking = [];
    private readonly List<string[]> _wellNow = [];

    /// <summary>The first words of <see cref="_wellNow"/> (see MayTellWellNow).</summary>
    private readonly HashSet<string> _wellNowFirstWords = new(StringComparer.Ordinal);
    private readonly List<string[]> _recent = [];
    private readonly List<string[]> _questions = [];
    private readonly List<Term[]> _ordinary = [];

    // The cues, each concept's phrases and the everyday phrases by their first words: a message has a dozen
    // words and these lists thousands of phrases, so it looks only at the phrases that may start in it.
    private readonly FirstWords _cueFirstWords;
    private readonly FirstWords _conceptFirstWords; // over every concept's phrases, numbered concept after concept
    private readonly Term[][] _allConceptPhrases;
    private readonly int[] _conceptStarts; // the number of each concept's first phrase, and one past the last
    private readonly FirstWords _ordinaryFirstWords;

    /// <summary>The words of a rule's concepts must all lie within this many words for each concept.</summary>
    private const int RuleWindowPerConcept = 4;

    /// <summary>
    /// A risk to life told in a longer sentence ("he said to tell the kids, when they are older, that he is sorry"):
    /// the words of an emergency rule's concepts may lie this many words apart for each concept.
    /// </summary>
    private const int EmergencyWindowPerConcept = 6;

    /// <summary>
    /// What is asked instead of a worry is often told at length ("he rings me every night shouting threats, can you
    /// please block his calls"): its concepts' words may lie this many words apart for each concept.
    /// </summary>
    private const int InsteadWindowPerConcept = 8;

    /// <summary>After "not ... just asking" a denial may stand this many words before what it denies.</summary>
    private const int AskingDenialWindow = 3;

    /// <summary>
    /// When set (by `eval --explain`, on its own thread), each cue or rule found is written here with the words it
    /// was found in, so whoever corrects the content can see why a message was read as a worry.
    /// </summary>
    [ThreadStatic]
    internal static List<string>? Explaining;

    /// <summary>
    /// The words that end in "*" ("suicid*"), and the Welsh ones' mutation keys: a message finds which of them
    /// begin its words once, so a phrase that starts with one is looked for only when it may be there.
    /// </summary>
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _welshPrefixKeys = new(StringComparer.Ordinal);
    private readonly int _longestPrefix;

    public WelfareDetector(IEnumerable<(LanguageRouting Routing, Func<string, List<string>> Normalise)> languages)
    {
        var standing = new StandingRisk(new HashSet<string>(), new HashSet<string>());
        foreach (var (routing, normalise) in languages)
        {
            standing = routing.Standing;
            foreach (var cue in routing.WelfareCues)
            {
                var parsed = Parse(normalise(cue.Phrase.Replace("*", " ENDSWITHSTAR")), routing.Language == "cy");
                if (parsed.Length > 0 && cue.Level == WelfareLevel.None)
                {
                    _urgent.Add(parsed.Select(t => t.Word).ToArray());
                }
                else if (parsed.Length > 0)
                {
                    _cues.Add(new Cue(parsed, cue.Level, cue.Category, cue.Vague, OnlyIn(routing.Language, parsed)));
                }
            }

            foreach (var person in routing.People)
            {
                _people.UnionWith(normalise(person));
                if (!_peopleByLanguage.TryGetValue(routing.Language, out var own))
                {
                    _peopleByLanguage[routing.Language] = own = new HashSet<string>(StringComparer.Ordinal);
                }

                own.UnionWith(normalise(person));
            }

            foreach (var negation in routing.Negations.Select(n => normalise(n).ToArray()).Where(w => w.Length > 0))
            {
                // Urdu puts "not" after what it denies ("خودکشی والا نہیں"): a one-word denial there follows the cue.
                (routing.Language == "ur" && negation.Length == 1 ? _negationsAfter : _negations).Add(negation);
            }

            _past.AddRange(routing.Past.Select(n => normalise(n.Replace(PastYear, PastYearWord, StringComparison.Ordinal)).ToArray()).Where(w => w.Length > 0));
            _asking.AddRange(routing.Asking.Select(n => normalise(n).ToArray()).Where(w => w.Length > 0));
            _wellNow.AddRange(routing.WellNow.Select(n => normalise(n).ToArray()).Where(w => w.Length > 0));
            _wellNowFirstWords.UnionWith(_wellNow.Select(p => p[0]));
            _recent.AddRange(routing.Recent.Select(n => normalise(n).ToArray()).Where(w => w.Length > 0));
            _questions.AddRange(routing.Questions.Select(n => normalise(n).ToArray()).Where(w => w.Length > 0));
            _conditions.AddRange(routing.Conditions.Select(n => normalise(n).ToArray()).Where(w => w.Length > 0));
            _ordinary.AddRange(routing.Ordinary.Select(p => Parse(normalise(p.Replace("*", " ENDSWITHSTAR")), routing.Language == "cy")).Where(t => t.Length > 0));

            // Every language's words join one concept: a parent who mixes languages is still heard.
            foreach (var (concept, phrases) in routing.Concepts)
            {
                if (!_concepts.TryGetValue(concept, out var terms))
                {
                    _concepts[concept] = terms = [];
                    _conceptLanguages[concept] = [];
                }

                var parsed = phrases.Select(p => Parse(normalise(p.Replace("*", " ENDSWITHSTAR")), routing.Language == "cy")).Where(t => t.Length > 0).ToList();
                terms.AddRange(parsed);
                _conceptLanguages[concept].AddRange(parsed.Select(_ => routing.Language));
            }

            foreach (var rule in routing.Rules.Where(r => !_rules.Any(o => o.Level == r.Level && o.Category == r.Category && o.Concepts.SequenceEqual(r.Concepts))))
            {
                _rules.Add(rule);
            }
        }

        var numbers = _concepts.Keys.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i, StringComparer.Ordinal);
        _conceptPhrases = _concepts.Values.ToArray();
        int[] Numbers(WelfareRule rule) => rule.Concepts.Select(c => numbers.TryGetValue(c, out var n) ? n : -1).ToArray();
        _instead = _rules.Where(r => r.Level == WelfareLevel.None).Select(r => (r.Category, Numbers(r))).ToArray();
        _rules.RemoveAll(r => r.Level == WelfareLevel.None);
        _ruleConcepts = _rules.Select(Numbers).ToArray();

        // "not" and the concepts named "no-..." ("no-waking": "will not wake up") carry their own negation.
        _ruleNegates = _rules.Select(r => r.Concepts.Any(c => c == "not" || c.StartsWith("no-", StringComparison.Ordinal))).ToArray();
        _ruleStanding = _rules.Select(r => r.Level == WelfareLevel.Emergency && r.Concepts.Any(standing.Contains)).ToArray();
        _cueStanding = _cues.Select(c => c.Level == WelfareLevel.Emergency
            && standing.Alone.Any(a => _concepts.TryGetValue(a, out var phrases) && phrases.Any(p => Holds(c.Terms, p)))).ToArray();

        // Whether a cue's words hold a concept's phrase, word for word ("goodbye letter" holds "goodbye").
        static bool Holds(Term[] cue, Term[] phrase) =>
            Enumerable.Range(0, Math.Max(0, cue.Length - phrase.Length + 1))
                .Any(i => phrase.Select(t => t.Word).SequenceEqual(cue.Skip(i).Take(phrase.Length).Select(t => t.Word)));
        _longPast = _past.Where(p => !_recent.Any(r => r.AsSpan().SequenceEqual(p))).ToList();
        _now = numbers.GetValueOrDefault("now", -1);
        _tonight = numbers.GetValueOrDefault("tonight", -1);
        _resolve = numbers.GetValueOrDefault("resolve", -1);
        _notNow = numbers.GetValueOrDefault("not-now", -1);
        _threatened = numbers.GetValueOrDefault("threatened", -1);
        _menace = numbers.GetValueOrDefault("menace", -1);
        _orElse = numbers.GetValueOrDefault("or-else", -1);
        var nowWords = numbers.TryGetValue("now", out var now) ? _conceptPhrases[now].Where(p => p.Length == 1).Select(p => p[0].Word).ToHashSet(StringComparer.Ordinal) : [];
        _plainNow = _urgent.Where(u => u.Length == 1 && nowWords.Contains(u[0])).Select(u => u[0]).ToHashSet(StringComparer.Ordinal);
        _stillHappening = Phrases("now", "ongoing");
        _fainting = Phrases("faint");
        _goingOn = Phrases("ongoing");
        List<string[]> Phrases(params string[] concepts) => concepts.Where(numbers.ContainsKey).SelectMany(c => _conceptPhrases[numbers[c]])
            .Where(p => p.All(t => !t.Prefix)).Select(p => p.Select(t => t.Word).ToArray()).ToList();

        foreach (var term in _cues.SelectMany(c => c.Terms).Concat(_ordinary.SelectMany(t => t)).Concat(_conceptPhrases.SelectMany(p => p).SelectMany(t => t)))
        {
            if (term.Prefix)
            {
                _prefixes.Add(term.Word);
                if (term.Welsh)
                {
                    _welshPrefixKeys.Add(term.Key);
                }
            }
        }

        _longestPrefix = _prefixes.Concat(_welshPrefixKeys).Select(p => p.Length).DefaultIfEmpty(0).Max();
        _cueFirstWords = new FirstWords(_cues.Select(c => c.Terms[0]));
        _allConceptPhrases = _conceptPhrases.SelectMany(phrases => phrases).ToArray();
        _conceptPhraseOnlyIn = _conceptLanguages.Values.SelectMany(languages => languages)
            .Zip(_allConceptPhrases, OnlyIn)
            .ToArray();
        _conceptStarts = [0, .. _conceptPhrases.Select(phrases => phrases.Count)];
        for (var c = 1; c < _conceptStarts.Length; c++)
        {
            _conceptStarts[c] += _conceptStarts[c - 1];
        }

        _conceptFirstWords = new FirstWords(_allConceptPhrases.Select(p => p[0]));
        _ordinaryFirstWords = new FirstWords(_ordinary.Select(p => p[0]));
    }

    /// <summary>The language a phrase is looked for only in: a single short word of a language other than English.</summary>
    private static string? OnlyIn(string language, Term[] phrase) =>
        language != "en" && phrase is [{ Word.Length: <= LongestOwnLanguageWord }] ? language : null;

    /// <summary>A phrase's words; a "*" makes the word before it match any ending ("suicid*").</summary>
    private static Term[] Parse(List<string> words, bool welsh)
    {
        var parsed = new List<Term>();
        foreach (var word in words)
        {
            if (word == "endswithstar" && parsed.Count > 0)
            {
                parsed[^1] = parsed[^1] with { Prefix = true };
            }
            else if (word != "endswithstar")
            {
                parsed.Add(new Term(word, false, welsh));
            }
        }

        return parsed.ToArray();
    }

    /// <summary>True when the message names or points to a person in its own language ("he", "my son").</summary>
    public bool MentionsPerson(List<string> tokens, string language) =>
        _peopleByLanguage.TryGetValue(language, out var people) && tokens.Any(people.Contains);

    /// <summary>"Just asking", "tylko pytam": the person says the message is a question, not a worry.</summary>
    public bool SaysJustAsking(List<string> tokens) => Near(tokens, _asking, 0, tokens.Count);

    /// <summary>Whether a phrase saying he is well now ("he's fine now"), not denied, ends before tokens[at].</summary>
    private bool AfterWellNow(List<string> tokens, int at) =>
        MayTellWellNow(tokens) && AnyPhrase(tokens, _wellNow, null, (start, end) => end <= at && !NegatedAt(tokens, start, end));

    /// <summary>
    /// A word as near as "yesterday" beside the worry at tokens[at..end), looked for after it only up to a phrase saying he
    /// is well now: "cut himself a month ago but he's fine now, I spoke to him yesterday" tells when he was fine, not hurt.
    /// </summary>
    private bool RecentNear(List<string> tokens, int at, int end)
    {
        var to = end + SoftenerWindow;
        if (MayTellWellNow(tokens))
        {
            AnyPhrase(tokens, _wellNow, null, (start, phraseEnd) =>
            {
                if (start >= end && start < to && !NegatedAt(tokens, start, phraseEnd))
                {
                    to = start;
                }

                return false;
            });
        }

        return Near(tokens, _recent, at - SoftenerWindow, to, andJoined: true);
    }

    /// <summary>
    /// Whether a word of the message starts a phrase saying he is well now: most messages have none, and need not be
    /// searched for them. Arabic "and" joined to a first word ("والحين بخير") is looked for as it is written, too.
    /// </summary>
    private bool MayTellWellNow(List<string> tokens) =>
        tokens.Exists(t => _wellNowFirstWords.Contains(t) || (CarriesAnd(t) && _wellNowFirstWords.Contains(t[1..])));

    /// <summary>
    /// "Last year he had a hard time": the message tells something as gone by (a past phrase other than one saying he is
    /// well now), and nothing in it is as near as "yesterday".
    /// </summary>
    public bool ToldAsOver(List<string> tokens) =>
        AnyPhrase(tokens, _past, null, (start, end) => !InPhrase(tokens, _wellNow, start, end))
        && !Near(tokens, _recent, 0, tokens.Count, andJoined: true);

    /// <summary>
    /// When the message says someone is well again ("he's fine now, thank God", "ab bilkul theek hai"; not "not better
    /// now"), the words that say so and those that tell when it was ("years ago"): they ask nothing. Null when nothing
    /// says he is well.
    /// </summary>
    public HashSet<string>? WellNowWords(List<string> tokens)
    {
        if (!MayTellWellNow(tokens))
        {
            return null;
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        AnyPhrase(tokens, _wellNow, null, (start, end) => !NegatedAt(tokens, start, end) && Collect(start, end));
        if (words.Count == 0)
        {
            return null;
        }

        AnyPhrase(tokens, _past, null, Collect);
        return words;

        // Keeps looking: every phrase's words are wanted, not only the first one found.
        bool Collect(int start, int end)
        {
            words.UnionWith(tokens.GetRange(start, end - start));
            return false;
        }
    }

    /// <summary>"Not tonight, he says", "zice ca nu acum": the message says what it tells of is not for now.</summary>
    public bool SaysNotNow(List<string> tokens) => NotNowSpans(tokens).Count > 0;

    /// <summary>"Can i", "will they", "czy": the message asks about a rule or how something is done.</summary>
    public bool AsksQuestion(List<string> tokens) => Near(tokens, _questions, 0, tokens.Count);

    /// <summary>Words that say who or deny ("he", "not"): they tell nothing of what a question is about.</summary>
    public bool IsPersonOrDenial(string word) => _people.Contains(word) || _negations.Any(n => n.Contains(word)) || _negationsAfter.Any(n => n[0] == word);

    public WelfareSignal Detect(params List<string>[] readings) => Detect(readings, out _, null, out _);

    /// <summary>
    /// The words of everyday phrases about the family's own feelings ("worried I'll be late", "my panic attacks"), which
    /// are not read for risk: a question asked with them is asked without them.
    /// </summary>
    public HashSet<string> OwnWords(List<string> tokens)
    {
        var own = new HashSet<string>(StringComparer.Ordinal);
        var (_, stems, keys, words) = Read(tokens);
        foreach (var p in _ordinaryFirstWords.MayStartIn(words))
        {
            for (var from = 0; from < tokens.Count;)
            {
                var (at, end) = Find(tokens, stems, keys, _ordinary[p], from, others: _people);
                if (at < 0)
                {
                    break;
                }

                own.UnionWith(tokens.Skip(at).Take(end - at));
                from = end;
            }
        }

        return own;
    }

    /// <summary>
    /// The welfare signal, and whether every cue that was found is denied just before it ("he is not suicidal") or,
    /// in a language that puts the verb last, just after it: then the message may be a question that only mentions it.
    /// The words of denied cues, and of those told as gone by, are added to <paramref name="deniedWords"/>. <paramref name="askedFor"/> is the intent of
    /// an "instead" rule that held ("he keeps ringing me with threats, block his calls"): its words are not read for risk,
    /// so the signal is None unless other words tell of one.
    /// </summary>
    /// <param name="language">The message's language, when known.</param>
    public WelfareSignal Detect(List<string>[] readings, out bool denied, HashSet<string>? deniedWords, out string? askedFor, string? language = null)
    {
        var level = WelfareLevel.None;
        var anyFound = false;
        var allDenied = true;
        var allPast = true;
        string? category = null;
        var strength = 0;
        var softened = false;
        foreach (var reading in WithoutOrdinary(readings, language, out askedFor))
        {
            var (tokens, stems, keys, words) = reading;
            Explaining?.Add($"reading \"{string.Join(' ', tokens)}\"");
            var aboutSomeone = tokens.Any(_people.Contains);
            var asking = Near(tokens, _asking, 0, tokens.Count);
            foreach (var c in _cueFirstWords.MayStartIn(words))
            {
                var cue = _cues[c];
                // The highest level wins; within a level, the most specific cue (most words) names the topic.
                var counts = cue.Level > level || (cue.Level == level && cue.Terms.Length > strength);
                // A weaker cue still matters while every cue so far is denied or gone by: "he's fine now but I'm worried".
                if (!counts && !allDenied && !allPast && !MayBeImmediate(cue.Level, cue.Category))
                {
                    continue;
                }

                var (at, end) = Find(tokens, stems, keys, cue.Terms);
                if (at < 0 || (cue.NeedsPerson && !aboutSomeone) || (words.Language is { } own && cue.OnlyIn is { } onlyIn && onlyIn != own))
                {
                    continue;
                }

                var isDenied = Denied(tokens, at, end, asking) || DeniedWithin(tokens, at, end, cue.Terms);
                if (Weigh(reading, at, end, cue.Level, cue.Category, isDenied, ref counts) is not { } found)
                {
                    continue;
                }

                Explaining?.Add($"{cue.Level}/{cue.Category} cue \"{string.Join(' ', cue.Terms.Select(t => t.Prefix ? t.Word + "*" : t.Word))}\" in \"{string.Join(' ', tokens.Skip(at).Take(end - at))}\"{(isDenied ? " (denied)" : "")}");
                Take(tokens, at, end, isDenied, counts, found, cue.Category, cue.Terms.Length, _cueStanding[c], TimedThreat(reading, at, end, found, cue.Category));
            }

            // Concept rules: "she has tablets saved up", "nie widzi juz sensu". A rule that names the "not" concept
            // carries its own negation ("no point"), so a "not" in front of it does not deny it.
            // By concept number: a dictionary per message was a large share of a turn's allocations. Those the
            // "instead" rules already looked for in this reading are kept.
            var spans = reading.ConceptSpans;
            for (var r = 0; r < _rules.Count; r++)
            {
                var rule = _rules[r];
                var ruleStrength = rule.Concepts.Count + 1;
                var counts = rule.Level > level || (rule.Level == level && ruleStrength > strength);
                if (!counts && !allDenied && !allPast && !MayBeImmediate(rule.Level, rule.Category))
                {
                    continue;
                }

                var window = (rule.Level == WelfareLevel.Emergency ? EmergencyWindowPerConcept : RuleWindowPerConcept) * _ruleConcepts[r].Length;
                var (at, end) = FindRule(tokens, stems, keys, words, _ruleConcepts[r], spans, window);
                if (at < 0 || NowOnlyOfBeingWell(tokens, _ruleConcepts[r], spans, at, end))
                {
                    continue;
                }

                // "They say it's not over" is no farewell ("said" + "the end"): a denial in front of any of a risk to
                // life's ideas makes it a worry, never nothing.
                // Nor is "he's safe tonight" a risk tonight: one of its ideas inside a phrase of not now ("saff heno").
                var isDenied = !_ruleNegates[r] && (Denied(tokens, at, end, asking)
                    || (rule.Level == WelfareLevel.Emergency && _ruleConcepts[r].Any(c => c >= 0 && spans[c]!.Any(s => s.Start >= at && s.End <= end
                        && (NegatedAt(tokens, s.Start, s.End) || (_notNow >= 0 && Within(spans[_notNow] ??= Spans(tokens, stems, keys, words, _notNow), s.Start, s.End)))))));
                if (Weigh(reading, at, end, rule.Level, rule.Category, isDenied, ref counts) is not { } found)
                {
                    continue;
                }

                Explaining?.Add($"{rule.Level}/{rule.Category} rule \"{string.Join(" + ", rule.Concepts)}\" in \"{string.Join(' ', tokens.Skip(at).Take(end - at))}\"{(isDenied ? " (denied)" : "")}");
                Take(tokens, at, end, isDenied, counts, found, rule.Category, ruleStrength, _ruleStanding[r], TimedThreat(reading, at, end, found, rule.Category));
            }
        }

        denied = anyFound && allDenied;
        return level == WelfareLevel.None ? WelfareSignal.None : new WelfareSignal(level, category) { Softened = softened, AllPast = allPast };

        // What a cue or rule found at [at, end) weighs: its level made immediate where it counts (or may rise to a risk to
        // life), or null when it neither counts nor rises and nothing found so far was denied or gone by, so it changes nothing.
        WelfareLevel? Weigh(Reading reading, int at, int end, WelfareLevel foundLevel, string foundCategory, bool isDenied, ref bool counts)
        {
            var (tokens, stems, keys, words) = reading;
            // The cheap nearness check first: most weaker worries have no "now" beside them.
            // Beside a worry of mood or silence only ("he's crying, they're outside his cell now coming to beat him"), a
            // beating is weighed as if it were alone: another worry does not make a risk to life less of one.
            var mayRise = !counts && MayBeImmediate(foundLevel, foundCategory) && (category is "emotional-wellbeing" or "silence" || UrgentNear(tokens, at, end));
            var found = counts || mayRise ? Immediate(readings, tokens, stems, keys, words, at, end, foundLevel, foundCategory, isDenied) : foundLevel;
            if (!counts && !allDenied && !allPast && found != WelfareLevel.Emergency)
            {
                return null;
            }

            counts |= found > level;
            return found;
        }

        // A beating weaker than the worry already found may still be a risk to life told with "now" ("they're beating him
        // now, I heard him screaming before the line went quiet": the beating, not the quiet, is what matters). Not
        // hopelessness: "now he's saying the same again, no point" tells when he said it, not that harm is being done.
        bool MayBeImmediate(WelfareLevel found, string foundCategory) =>
            found == WelfareLevel.Concern && level == WelfareLevel.Concern && foundCategory is "bullying" or "violence";

        // A cue or rule found at tokens[at..end): note its denied words; a past or denied emergency is still
        // worth a family worker's look, so it counts as a concern; keep it if it is the strongest so far.
        void Take(List<string> tokens, int at, int end, bool isDenied, bool counts, WelfareLevel found, string foundCategory, int foundStrength, bool standing, bool timed)
        {
            // Whether it is gone by matters for the strongest cue, and for the others only while every cue so far is.
            // A threat told with its own time ("will kill him today") is not gone by for a beating yesterday beside it.
            var soft = isDenied || (!timed && (counts || allPast) && Past(readings, tokens, at, end, foundCategory, standing));
            // Told as gone by, and not as lately as "yesterday" next to it ("self-harmed yesterday, he's ok now" stays a worry),
            // nor told after he is said to be well ("he's fine now but I'm still worried about him": the worry is now).
            // Nor self-harm said to go on ("he still cuts himself, but he's fine now").
            allPast &= soft && (isDenied || (!RecentNear(tokens, at, end) && !AfterWellNow(tokens, at)
                && !(foundCategory == "self-harm" && GoesOn(tokens, at, end))));
            if (soft && deniedWords is not null)
            {
                for (var i = at; i < end; i++)
                {
                    deniedWords.Add(tokens[i]);
                }
            }

            anyFound = true;
            allDenied &= isDenied;
            if (!counts)
            {
                return;
            }

            if (found == WelfareLevel.Emergency && soft)
            {
                found = WelfareLevel.Concern;
            }

            if (found > level || (found == level && foundStrength > strength))
            {
                level = found;
                category = foundCategory;
                strength = foundStrength;
                softened = soft;
            }
        }
    }

    /// <summary>
    /// The readings with the words of everyday phrases ("panic attack", "threatening letter from the council") blanked
    /// out, so no cue is found in them. A phrase found in one reading blanks its words in all of them: "scares me" is
    /// what was written even when spelling makes it "scars me". The same readings when there are none, as in most messages.
    /// </summary>
    private Reading[] WithoutOrdinary(List<string>[] readings, string? language, out string? askedFor)
    {
        bool[]? blank = null;
        askedFor = null;
        var read = readings.Select(r => Read(r, language)).ToArray();
        foreach (var reading in read)
        {
            var (tokens, stems, keys, words) = reading;
            // "He rings me every night with threats, block his calls": a threat to the writer with a wish for no contact
            // asks for the contact to stop. Every word of the rule's ideas is set aside, so any other risk is still heard.
            var spans = reading.ConceptSpans;
            foreach (var (intent, concepts) in _instead)
            {
                if (FindRule(tokens, stems, keys, words, concepts, spans, InsteadWindowPerConcept * concepts.Length).Start < 0)
                {
                    continue;
                }

                askedFor ??= intent;
                Explaining?.Add($"instead of a worry, asks for {intent}");
                blank ??= new bool[tokens.Count];
                foreach (var (start, end) in concepts.SelectMany(c => spans[c]!))
                {
                    Array.Fill(blank, true, start, end - start);
                }
            }

            foreach (var p in _ordinaryFirstWords.MayStartIn(words))
            {
                var phrase = _ordinary[p];

                for (var from = 0; from < tokens.Count;)
                {
                    var (at, end) = Find(tokens, stems, keys, phrase, from, others: _people);
                    if (at < 0)
                    {
                        break;
                    }

                    blank ??= new bool[tokens.Count];
                    Array.Fill(blank, true, at, end - at);
                    from = end;
                }
            }
        }

        // Every reading has the same words in the same places (spelling corrects word by word).
        return blank is null ? read : readings.Select(r => Read(r.Select((w, i) => blank[i] ? "" : w).ToList(), language)).ToArray();
    }

    /// <summary>A reading's words with their stems and Welsh mutation keys, worked out once for every phrase.</summary>
    private Reading Read(List<string> tokens, string? language = null)
    {
        var stems = tokens.Select(Stem).ToList();
        var keys = tokens.Select(WelshMutations.Key).ToList();
        return new Reading(tokens, stems, keys, Words(tokens, stems, keys, language)) { ConceptSpans = new List<(int Start, int End)>?[_conceptPhrases.Length] };
    }

    /// <param name="Words">The words as phrases' first words are looked up in them.</param>
    private sealed record Reading(List<string> Tokens, List<string> Stems, List<string> Keys, MessageWords Words)
    {
        /// <summary>Where each concept's phrases are in this reading, by concept number, filled as rules first ask.</summary>
        public required List<(int Start, int End)>?[] ConceptSpans { get; init; }
    }

    /// <summary>
    /// A worry of harm found with a word that makes it immediate anywhere in the message ("they are beating him right
    /// now", "he cut himself, there is blood everywhere", "he harms himself when the lights go off") is a risk to
    /// life, and so is distress put with tonight ("tonight's the night, he has had enough") or hopelessness put with a
    /// means, a plan or a farewell ("he has a rope, we'd be better off without him"): unless denied or past. Hopelessness
    /// alone ("he keeps saying what's the point") is a worry for a family worker, not a 999 call.
    /// </summary>
    private WelfareLevel Immediate(List<string>[] readings, List<string> tokens, List<string> stems, List<string> keys, MessageWords words, int at, int end, WelfareLevel level, string category, bool isDenied)
    {
        if (level != WelfareLevel.Concern || isDenied || Past(readings, tokens, at, end, category))
        {
            return level;
        }

        var immediate = category switch
        {
            // "Now they want money or they'll beat him", "and now they threaten him": a beating threatened, not happening,
            // unless it is for tonight.
            "bullying" or "violence" when Threatened() || Menacing() => Tonight(),
            // "They beat him, and now they want money from us or else": with a demand, a plain "now" tells the story.
            "bullying" or "violence" when Has(_orElse) => Urgent(tokens, Denials(), _plainNow) || Tonight(),
            "bullying" or "self-harm" or "violence" => Urgent(tokens, Denials()) || Tonight(),
            "emotional-wellbeing" => Tonight() || Has(_resolve),
            _ => false,
        };
        return immediate ? WelfareLevel.Emergency : level;

        bool Tonight() => Has(_tonight);
        // Sharing a word with a phrase of not now denies it too: "ما قالش غادي يدير شي" (he did not say he is going to do anything).
        bool Has(int concept) =>
            concept >= 0 && Spans(tokens, stems, keys, words, concept).Any(s => !NegatedAt(tokens, s.Start, s.End) && !Denials().Any(d => d.Start < s.End && s.Start < d.End));
        bool Threatened() => _threatened >= 0 && Spans(tokens, stems, keys, words, _threatened).Any(s => s.End <= at && s.End >= at - 1);
        // The worry found is itself a word of threatening ("groza", "threatens him"): told, not done.
        bool Menacing() => _menace >= 0 && Spans(tokens, stems, keys, words, _menace).Any(s => s.Start < end && s.End > at);
        List<(int Start, int End)> Denials() => _notNow >= 0 ? Spans(tokens, stems, keys, words, _notNow) : NoSpans;
    }

    private static bool Within(List<(int Start, int End)> spans, int start, int end) => spans.Any(s => s.Start <= start && end <= s.End);

    /// <summary>
    /// An urgent word ("now", "tonight") anywhere in the message that is not denied ("not tonight, he says"), by a
    /// denial word or inside a phrase of <paramref name="notNow"/> ("dim heno"), and does not say he is all right now
    /// (a past phrase: "he's ok now", "ابھی ٹھیک ہے"); not one of <paramref name="except"/>.
    /// </summary>
    private bool Urgent(List<string> tokens, List<(int Start, int End)> notNow, HashSet<string>? except = null) =>
        AnyUrgent(tokens, except, (start, end) => !NegatedAt(tokens, start, end) && !Within(notNow, start, end) && !InPhrase(tokens, _past, start, end));

    /// <summary>Whether an urgent word or phrase (not one of <paramref name="except"/>'s single words) stands where <paramref name="counts"/> says it counts.</summary>
    private bool AnyUrgent(List<string> tokens, HashSet<string>? except, Func<int, int, bool> counts) => AnyPhrase(tokens, _urgent, except, counts);

    /// <summary>Whether one of the phrases (not one of <paramref name="except"/>'s single words) stands where <paramref name="counts"/> says it counts.</summary>
    private static bool AnyPhrase(List<string> tokens, List<string[]> phrases, HashSet<string>? except, Func<int, int, bool> counts)
    {
        foreach (var phrase in phrases)
        {
            if (except is not null && phrase.Length == 1 && except.Contains(phrase[0]))
            {
                continue;
            }

            for (var i = 0; i + phrase.Length <= tokens.Count; i++)
            {
                if (Matches(tokens, i, phrase) && counts(i, i + phrase.Length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A denial just in front of tokens [start, end) ("not right now", "nie teraz", "nu acum"), or in Urdu just after
    /// them ("ابھی نہیں"): what they name is said not to be so.
    /// </summary>
    private bool NegatedAt(List<string> tokens, int start, int end) =>
        _negations.Any(n => start >= n.Length && Matches(tokens, start - n.Length, n) && !Conditional(tokens, start - n.Length))
        || _negationsAfter.Any(n => end + n.Length <= tokens.Count && Matches(tokens, end, n));

    /// <summary>
    /// "Someone says they will kill my son today on the yard, they already beat him yesterday": a threat to his life told
    /// with its own time of today or tonight, in it or just after it with no past word between, is a risk now, whatever
    /// else the message tells as gone by. So is a plan against his own life with its night ("his cellmate got out yesterday,
    /// says he means to kill himself tonight"). Not a time inside a past phrase or a denied one ("not tonight").
    /// </summary>
    private bool TimedThreat(Reading reading, int at, int end, WelfareLevel found, string category)
    {
        if (found != WelfareLevel.Emergency || category is not ("violence" or "self-harm"))
        {
            return false;
        }

        // Only "tonight" times a plan against his own life: "cut himself last year, now he's much better" tells of now.
        var (tokens, stems, keys, words) = reading;
        foreach (var concept in category == "violence" ? (ReadOnlySpan<int>)[_now, _tonight] : [_tonight])
        {
            if (concept < 0)
            {
                continue;
            }

            foreach (var (start, stop) in reading.ConceptSpans[concept] ??= Spans(tokens, stems, keys, words, concept))
            {
                if (start >= at && start <= end + ThreatTimeWindow && !InPhrase(tokens, _past, start, stop) && !InPhrase(tokens, _wellNow, start, stop)
                    && !NegatedAt(tokens, start, stop)
                    && !AnyPhrase(tokens, _past, null, (pastStart, _) => pastStart >= end && pastStart < start))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A past word near the risk ("beaten last week, he is ok now") makes it a worry, unless the message also says it is
    /// happening now ("stabbed yesterday and he is bleeding", "and now he has a rope"). Of the body in danger, only a faint
    /// or a fit can be over ("fainted once last week" is a health worry), and not when it goes on ("still", "now"): breathing
    /// trouble is a risk to life whenever it was.
    /// The past word is looked for in every reading at the same place (each has the same words in the same places): the
    /// spelling corrector may make "السنة الماضية" (last year) something else, and the risk words are still there.
    /// </summary>
    private bool Past(List<string>[] readings, List<string> tokens, int at, int end, string category, bool standing = false) =>
        readings.Any(reading => reading.Count == tokens.Count && Near(reading, standing ? _longPast : _past, at - SoftenerWindow, end + SoftenerWindow, andJoined: true))
        && !NowOutsidePast(tokens)
        && (category != "medical" || (Near(tokens, _fainting, at, end, andJoined: true) && !StillHappening(tokens)));

    /// <summary>
    /// "He still cuts himself but he's fine now", "he self-harms now and then", "sometimes at night": a rule's "now" whose
    /// every word in the match is part of a phrase saying he is well, it is gone by or it comes and goes (or stands right
    /// beside one) tells no time of harm, so the rule does not hold.
    /// </summary>
    private bool NowOnlyOfBeingWell(List<string> tokens, int[] concepts, List<(int Start, int End)>?[] spans, int at, int end) =>
        _now >= 0 && Array.IndexOf(concepts, _now) >= 0 && spans[_now] is { } nows
        && nows.Where(s => s.Start >= at && s.End <= end)
            .All(s => InPhrase(tokens, _past, s.Start, s.End) || InPhrase(tokens, _wellNow, s.Start, s.End) || InPhrase(tokens, _goingOn, s.Start, s.End)
                || AnyPhrase(tokens, _goingOn, null, (start, stop) => stop == s.Start || start == s.End));

    /// <summary>
    /// "He still cuts himself", "nadal sie tnie", "he cuts himself sometimes": a word of going on right beside self-harm
    /// says it is not over (a bruise "still" there is not a beating going on), whatever else the message tells as past
    /// ("but he's fine now"), so the worry is not put aside for a question. Not one inside a phrase of
    /// being well or gone by ("still doing well").
    /// </summary>
    private bool GoesOn(List<string> tokens, int at, int end) =>
        AnyPhrase(tokens, _goingOn, null, (start, stop) => start >= at - GoingOnWindow && stop <= end + GoingOnWindow
            && !InPhrase(tokens, _past, start, stop) && !InPhrase(tokens, _wellNow, start, stop));

    /// <summary>A word of now or of still going on, outside a past phrase ("ok now"): the body is in danger now.</summary>
    private bool StillHappening(List<string> tokens) => AnyPhrase(tokens, _stillHappening, null, (start, end) => !InPhrase(tokens, _past, start, end));

    /// <summary>
    /// An urgent word next to tokens [start, end) ("ei guro fo rwan", beating him now), not denied nor in a past phrase:
    /// a weaker worry found beside a stronger one is a risk to life only when its own words say it is happening now.
    /// </summary>
    private bool UrgentNear(List<string> tokens, int start, int end) =>
        AnyUrgent(tokens, null, (s, e) => s >= start - UrgentWindow && e <= end + UrgentWindow && !NegatedAt(tokens, s, e) && !InPhrase(tokens, _past, s, e));

    /// <summary>
    /// An urgent word ("right now", "bleeding") that is not part of a past phrase ("ok now") nor of one saying it is
    /// not for now ("I don't think he's in danger right now"): a harm gone by is not made present by being denied now.
    /// </summary>
    private bool NowOutsidePast(List<string> tokens)
    {
        List<(int Start, int End)>? notNow = null;
        return AnyUrgent(tokens, _plainNow, (start, end) => !InPhrase(tokens, _past, start, end) && !Within(notNow ??= NotNowSpans(tokens), start, end));
    }

    private List<(int Start, int End)> NotNowSpans(List<string> tokens)
    {
        if (_notNow < 0)
        {
            return NoSpans;
        }

        var reading = Read(tokens);
        return Spans(reading.Tokens, reading.Stems, reading.Keys, reading.Words, _notNow);
    }

    /// <summary>True when one of the phrases covers tokens [from, to).</summary>
    private static bool InPhrase(List<string> tokens, List<string[]> phrases, int from, int to)
    {
        foreach (var phrase in phrases)
        {
            for (var i = Math.Max(0, to - phrase.Length); i <= from && i + phrase.Length <= tokens.Count; i++)
            {
                if (Matches(tokens, i, phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A denial ends just before the cue ("he is not suicidal", "nie ma mysli samobojczych"), or, in Urdu,
    /// follows it ("خودکشی والا نہیں"). A denial further away ("I do not know what to do, he wants to die") is not one.
    /// </summary>
    private bool Denied(List<string> tokens, int at, int end, bool asking)
    {
        // A cue that is itself a denial ("ddim yn anadlu", not breathing) is denied only by one touching it: in "ddim yn
        // ymateb, ddim yn anadlu" (not responding, not breathing) the first "ddim yn" denies the responding, not the breath.
        var ownDenial = _negations.Exists(n => at + n.Length <= end && Matches(tokens, at, n));
        foreach (var phrase in _negations)
        {
            // "not suicidal" must touch; "do not think he is suicidal" may leave a pronoun between; "he has no
            // suicidal thoughts, I only want to know ..." puts the worry aside from further away.
            var window = ownDenial ? 0 : asking ? AskingDenialWindow : phrase.Length > 1 ? DenialWindow : 0;
            for (var i = Math.Max(0, at - window - phrase.Length); i + phrase.Length <= at; i++)
            {
                if (Matches(tokens, i, phrase) && !Conditional(tokens, i))
                {
                    return true;
                }
            }

        }

        foreach (var phrase in _negationsAfter)
        {
            for (var i = end; i <= end + (asking ? AskingDenialWindow : 1) && i + phrase.Length <= tokens.Count; i++)
            {
                if (Matches(tokens, i, phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A denial at <paramref name="at"/> that is part of a condition ("if I don't bring it in", "daca nu platesc"): a
    /// word of condition just before it, or up to two words before that ("if he does not").
    /// </summary>
    private bool Conditional(List<string> tokens, int at)
    {
        foreach (var condition in _conditions)
        {
            for (var i = Math.Max(0, at - condition.Length - 2); i + condition.Length <= at; i++)
            {
                if (Matches(tokens, i, condition))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"I am not worried": a denial in a gap the cue's words leave ("i am ... worried") denies it too.</summary>
    private bool DeniedWithin(List<string> tokens, int at, int end, Term[] terms)
    {
        for (var i = at + 1; i < end - 1; i++)
        {
            // Urdu's "not" follows what it denies, so in the gap of "پریشان ... ہوں" it denies the cue too.
            if ((_negations.Any(n => n.Length == 1 && n[0] == tokens[i]) || _negationsAfter.Any(n => n.Length == 1 && n[0] == tokens[i]))
                && !terms.Any(t => t.Word == tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(List<string> tokens, int at, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            // Arabic joins "and" to the word after it: "وقبل شهر" (and a month ago) starts "قبل شهر", "وما" is "ما".
            if (tokens[at + k] != phrase[k] && !(k == 0 && tokens[at].StartsWith('و') && AndJoined(tokens[at], phrase[0]))
                && !(phrase[k].Length == PastYearWord.Length && phrase[k] == PastYearWord && IsPastYear(tokens[at + k])))
            {
                return false;
            }
        }

        return true;
    }

    // Last year as of today, not as of start-up: a service running over New Year hears the year just gone as past.
    private static bool IsPastYear(string token) =>
        token.Length == 4 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= FirstPastYear && year < DateTime.UtcNow.Year;

    /// <summary>A word that may be Arabic "and" joined to another ("والحين", "ومش"): "و" and at least two letters more.</summary>
    private static bool CarriesAnd(string token) => token.Length > 2 && token[0] == 'و';

    // Not "ولا": in the dialects it is mostly "or" ("ادفعوا ولا بيأذوه", pay or they hurt him), and a worry read as denied is lost.
    private static bool AndJoined(string token, string word) =>
        token.Length == word.Length + 1 && word.Length > 0 && TextNormaliser.IsArabicScript(word[0]) && token.AsSpan(1).SequenceEqual(word) && word != "لا";

    /// <summary>True when one of the phrases lies within tokens [from, to).</summary>
    /// <param name="andJoined">Whether a phrase's first word may carry Arabic "and" ("وقبل شهر" for a past "قبل شهر").</param>
    private static bool Near(List<string> tokens, List<string[]> phrases, int from, int to, bool andJoined = false)
    {
        from = Math.Max(0, from);
        to = Math.Min(tokens.Count, to);
        foreach (var softener in phrases)
        {
            for (var i = from; i + softener.Length <= to; i++)
            {
                if (andJoined ? Matches(tokens, i, softener) : System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens).Slice(i, softener.Length).SequenceEqual(softener))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Where the cue's words start and end, in order with at most two other words between each; -1 if absent.</summary>
    /// <param name="others">
    /// For an everyday phrase of the family's own, the words that name someone else: a word of the phrase is not heard in
    /// a word that tells of him ("على ديني", on my debt, is not "عليه دين", he owes a debt), and a little first word
    /// ("fy", my) belongs to one of them right after it ("fy nhabledi", my tablets, is not "fy mrawd dabledi", my brother's).
    /// </param>
    private static (int Start, int End) Find(List<string> tokens, List<string> stems, List<string> keys, Term[] terms, int from = 0, HashSet<string>? others = null)
    {
        var ownPhrase = others is not null;
        for (var start = from; start < tokens.Count; start++)
        {
            if ((!terms[0].Matches(tokens[start], stems[start], keys[start]) && !(terms.Length > 1 && terms[0].MatchesAndJoined(tokens[start])))
                || (ownPhrase && TellsOfHim(tokens[start], terms[0])))
            {
                continue;
            }

            var position = start;
            var matched = !(ownPhrase && terms.Length > 1 && terms[0].Word.Length <= LittleWord && start + 1 < tokens.Count
                && others!.Contains(tokens[start + 1]) && !terms[1].Matches(tokens[start + 1], stems[start + 1], keys[start + 1]));
            for (var k = 1; k < terms.Length && matched; k++)
            {
                matched = false;
                for (var next = position + 1; next <= position + 1 + MaxGap && next < tokens.Count; next++)
                {
                    if (terms[k].Matches(tokens[next], stems[next], keys[next]) && !(ownPhrase && TellsOfHim(tokens[next], terms[k])))
                    {
                        position = next;
                        matched = true;
                        break;
                    }
                }
            }

            if (matched)
            {
                return (start, position + 1);
            }
        }

        return (-1, -1);
    }

    /// <summary>A word this short at the head of a phrase is a little word ("my", "fy", "mi"), not the thing named.</summary>
    private const int LittleWord = 3;

    /// <summary>
    /// "عليه" (on him) for "علي" (on me), "ديونه" (his debts) for "ديون": a word with "his", "her" or "their" joined to it
    /// where the phrase's word has none; or "يقتل" (kills) for "قتلني" (it killed me): a word without the phrase's "me".
    /// Arabic stems drop the ending, and with it who the words are about.
    /// </summary>
    private static bool TellsOfHim(string token, Term term) =>
        !term.Prefix && token != term.Word && token.Length > 0 && TextNormaliser.IsArabicScript(token[0])
        && ((ThirdPersonEnding(token) is { Length: > 0 } ending && !term.Word.EndsWith(ending, StringComparison.Ordinal))
            || (term.Word.EndsWith(Me, StringComparison.Ordinal) && !token.EndsWith(Me, StringComparison.Ordinal)));

    /// <summary>"Me" joined to a verb ("قتلني", it killed me), as text is folded.</summary>
    private const string Me = "نی";

    private static string ThirdPersonEnding(string word) =>
        word.EndsWith("ہا", StringComparison.Ordinal) ? "ہا" : word.EndsWith("ہم", StringComparison.Ordinal) ? "ہم" : word.EndsWith('ہ') ? "ہ" : "";

    /// <summary>Where a rule holds: one phrase of each of its concepts, all close together.</summary>
    private (int Start, int End) FindRule(
        List<string> tokens, List<string> stems, List<string> keys, MessageWords words, int[] concepts,
        List<(int Start, int End)>?[] found, int window)
    {
        foreach (var concept in concepts)
        {
            // Rules share concepts ("self", "not"): each concept is looked for once per message.
            var conceptSpans = concept < 0 ? NoSpans : found[concept] ??= Spans(tokens, stems, keys, words, concept);
            if (conceptSpans.Count == 0)
            {
                return (-1, -1); // most messages stop here, at the first concept
            }
        }

        foreach (var (start, end) in found[concepts[0]]!)
        {
            int from = start, to = end;
            var all = true;
            for (var c = 1; c < concepts.Length && all; c++)
            {
                all = false;
                foreach (var (s, e) in found[concepts[c]]!)
                {
                    // Two concepts never share a word: "himself" is not both "self" and "harm".
                    if (Math.Max(to, e) - Math.Min(from, s) <= window && (e <= start || s >= end))
                    {
                        from = Math.Min(from, s);
                        to = Math.Max(to, e);
                        all = true;
                        break;
                    }
                }
            }

            if (all)
            {
                return (from, to);
            }
        }

        return (-1, -1);
    }

    /// <summary>Where the phrases of one concept are in the message, in the order of the concept's phrases.</summary>
    private List<(int Start, int End)> Spans(
        List<string> tokens, List<string> stems, List<string> keys, MessageWords words, int concept)
    {
        List<(int Start, int End)>? spans = null;
        // Every concept's phrases that may start in the message are found once, in one pass over its words.
        var candidates = words.ConceptPhrases ??= _conceptFirstWords.MayStartIn(words);
        var first = candidates.BinarySearch(_conceptStarts[concept]);
        for (var c = first < 0 ? ~first : first; c < candidates.Count && candidates[c] < _conceptStarts[concept + 1]; c++)
        {
            var phrase = _allConceptPhrases[candidates[c]];
            if (words.Language is { } language && _conceptPhraseOnlyIn[candidates[c]] is { } onlyIn && onlyIn != language)
            {
                continue;
            }

            for (var i = 0; i + phrase.Length <= tokens.Count; i++)
            {
                var k = 0;
                while (k < phrase.Length && (phrase[k].Matches(tokens[i + k], stems[i + k], keys[i + k]) || (k == 0 && phrase.Length > 1 && phrase[0].MatchesAndJoined(tokens[i]))))
                {
                    k++;
                }

                if (k == phrase.Length)
                {
                    (spans ??= []).Add((i, i + k));
                }
            }
        }

        return spans ?? NoSpans;
    }

    private static readonly List<(int Start, int End)> NoSpans = [];

    /// <summary>A message's words as the phrases' first words are looked up in them.</summary>
    private MessageWords Words(List<string> tokens, List<string> stems, List<string> keys, string? language)
    {
        var words = new HashSet<string>(tokens.Count * 2, StringComparer.Ordinal);
        words.UnionWith(tokens);
        words.UnionWith(stems);
        // "ومش بيتحرك" (and not moving) starts a phrase "مش بيتحرك": a phrase's first word may carry Arabic "and".
        foreach (var token in tokens)
        {
            if (CarriesAnd(token))
            {
                words.Add(token[1..]);
            }
        }

        return new MessageWords(words, new HashSet<string>(keys, StringComparer.Ordinal), Beginnings(tokens, _prefixes), Beginnings(keys, _welshPrefixKeys)) { Language = language };
    }

    /// <summary>Which of <paramref name="prefixes"/> begin one of the words.</summary>
    private HashSet<string>? Beginnings(List<string> words, HashSet<string> prefixes)
    {
        HashSet<string>? found = null;
        var lookup = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in words)
        {
            for (var length = 1; length <= Math.Min(word.Length, _longestPrefix); length++)
            {
                if (lookup.TryGetValue(word.AsSpan(0, length), out var prefix))
                {
                    (found ??= new HashSet<string>(StringComparer.Ordinal)).Add(prefix);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Phrases by their first word: which of them may start in a message (none other can match any of its words),
    /// found by a lookup per word of the message rather than a look at every phrase. In the phrases' order.
    /// </summary>
    private sealed class FirstWords
    {
        private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal); // a word or its stem
        private readonly Dictionary<string, List<int>> _byWelshKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<int>> _byBeginning = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<int>> _byWelshBeginning = new(StringComparer.Ordinal);
        private readonly List<int> _always = [];

        public FirstWords(IEnumerable<Term> firstWords)
        {
            var phrase = 0;
            foreach (var term in firstWords)
            {
                term.Index(phrase++, _byWord, _byWelshKey, _byBeginning, _byWelshBeginning, _always);
            }
        }

        public List<int> MayStartIn(MessageWords words)
        {
            var found = new List<int>(_always);
            void Add(Dictionary<string, List<int>> index, IEnumerable<string>? keys)
            {
                if (keys is null || index.Count == 0)
                {
                    return;
                }

                foreach (var key in keys)
                {
                    if (index.TryGetValue(key, out var phrases))
                    {
                        found.AddRange(phrases);
                    }
                }
            }

            Add(_byWord, words.Words);
            Add(_byWelshKey, words.Keys);
            Add(_byBeginning, words.Beginnings);
            Add(_byWelshBeginning, words.WelshBeginnings);
            if (found.Count < 2)
            {
                return found;
            }

            // A phrase found by its word and its stem is looked at once, and phrases keep their order.
            found.Sort();
            var distinct = 1;
            for (var i = 1; i < found.Count; i++)
            {
                if (found[i] != found[distinct - 1])
                {
                    found[distinct++] = found[i];
                }
            }

            found.RemoveRange(distinct, found.Count - distinct);
            return found;
        }
    }

    /// <param name="Words">The words and their stems.</param>
    /// <param name="Keys">The words' Welsh mutation keys.</param>
    /// <param name="Beginnings">The "*" words that begin a word; null for none.</param>
    /// <param name="WelshBeginnings">The Welsh "*" words' keys that begin a word's key; null for none.</param>
    private sealed record MessageWords(HashSet<string> Words, HashSet<string> Keys, HashSet<string>? Beginnings, HashSet<string>? WelshBeginnings)
    {
        /// <summary>The message's language, when known: a short word of another language is not looked for in it.</summary>
        public string? Language { get; init; }

        /// <summary>The concept phrases that may start in these words, by number; found when a rule first asks.</summary>
        public List<int>? ConceptPhrases { get; set; }
    }

    /// <param name="OnlyIn">The one language the cue is looked for in (a short word, "نیل" a bruise in Urdu, is part of
    /// Arabic "فنيلة", a shirt); null for all.</param>
    private sealed record Cue(Term[] Terms, WelfareLevel Level, string Category, bool NeedsPerson, string? OnlyIn);

    // Arabic and Urdu attach articles and pronouns to words ("الانتحار"): compare stems as well.
    private static string Stem(string token)
    {
        if (token.Length == 0 || !TextNormaliser.IsArabicScript(token[0]))
        {
            return token;
        }

        // "And" joins the word after it, even one with a prefix of its own ("وبيهددوه", and they threaten him): the
        // stem is the word's without it, as the cue's is.
        var stem = IntentClassifier.ArabicStem(token.Length >= 5 && token[0] == 'و' && !token.StartsWith("وال", StringComparison.Ordinal) ? token[1..] : token);
        // Moroccan marks a verb said of now with a ک in front ("كيودعني", "كيضربوه"), as Levantine does with the ب the
        // stem already drops: the same verb as the cue's. Not the future's ه and ح ("هيضربوه" is a threat, not a beating).
        return stem.Length >= 4 && stem[0] == 'ک' && stem[1] == 'ی' ? stem[1..] : stem;
    }

    // Welsh cues hear every mutation of their words ("dyled", "ddyled"; "crogi", "grogi", "chrogi").
    private readonly record struct Term(string Word, bool Prefix, bool Welsh = false)
    {
        private readonly string _stem = Stem(Word);
        private readonly string _key = Welsh ? WelshMutations.Key(Word) : Word;

        public string Key => _key;

        /// <summary>
        /// Files a phrase starting with this word under every key by which <see cref="Matches"/> could hold for some word
        /// of a message: the word and its stem, its Welsh mutation key, or for a "*" word the beginnings it matches.
        /// </summary>
        public void Index(
            int phrase, Dictionary<string, List<int>> byWord, Dictionary<string, List<int>> byWelshKey,
            Dictionary<string, List<int>> byBeginning, Dictionary<string, List<int>> byWelshBeginning, List<int> always)
        {
            static void File(Dictionary<string, List<int>> index, string key, int phrase)
            {
                if (!index.TryGetValue(key, out var phrases))
                {
                    index[key] = phrases = [];
                }

                phrases.Add(phrase);
            }

            if (Prefix)
            {
                if (Word.Length == 0 || (Welsh && _key.Length == 0))
                {
                    always.Add(phrase);
                    return;
                }

                File(byBeginning, Word, phrase);
                if (Welsh)
                {
                    File(byWelshBeginning, _key, phrase);
                }

                return;
            }

            File(byWord, Word, phrase);
            if (!ReferenceEquals(_stem, Word))
            {
                File(byWord, _stem, phrase);
            }

            if (Welsh)
            {
                File(byWelshKey, _key, phrase);
            }
        }

        /// <summary>
        /// "ومش بيتحرك" for "مش بيتحرك": the first word of a phrase of several with Arabic "and" joined to it (not "ولا",
        /// "or"). A phrase of one word is not heard so: "اتصلت وما رد حد" (I rang and nobody answered) is not "he has not rung".
        /// </summary>
        public bool MatchesAndJoined(string token) => !Prefix && CarriesAnd(token) && AndJoined(token, Word);

        public bool Matches(string token, string stem, string key) =>
            Prefix
                ? token.StartsWith(Word, StringComparison.Ordinal) || (Welsh && key.StartsWith(_key, StringComparison.Ordinal))
                // Two little words are not one under their mutations: "nad" (that not) is not "dad" (father); "ddod" is "dod".
                : token == Word || stem == _stem || (Welsh && key == _key && (token.Length > 3 || Word.Length > 3));
    }
}
