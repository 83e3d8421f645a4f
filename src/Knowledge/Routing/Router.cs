using FamilyServices.Knowledge.Routing;
using FamilyServices.Knowledge.Welfare;

namespace FamilyServices.Knowledge;

/// <summary>
/// Reads one message and says what language it is in, what the person wants, which prison they named, and
/// whether someone may be at risk. Built from the content, so new phrasings or languages need no code.
/// Thread-safe; when built on a <see cref="KnowledgeStore"/> it rebuilds itself after the content is replaced.
/// </summary>
public sealed class Router
{
    /// <summary>Below this score no answer is good enough: the message is routed to fallback.</summary>
    public const double FallbackThreshold = 0.2;

    /// <summary>A runner-up within this much of the best means "ask which".</summary>
    public const double AmbiguityMargin = 0.03;

    /// <summary>A concern whose wording scores this close to the emergency phrasings is escalated.</summary>
    public const double EmergencyFromConcern = 0.55;

    /// <summary>Fewer words than this, none of them a welfare word, are never a worry on the ranking alone.</summary>
    public const int ShortestRankedWorry = 3;

    /// <summary>When every risk word is denied, the ranking must be this sure of another question to answer it.</summary>
    public const double DeniedQuestion = FallbackThreshold;

    /// <summary>
    /// A message that asks about a rule is answered rather than leaned to concern when its question ranks at least this
    /// close to the worry.
    /// </summary>
    public const double QuestionMargin = 0.05;

    /// <summary>
    /// Words the ranking knows (not stopwords), beside a worry told as over and a "he's fine now", that make a question
    /// without a question word ("chce mu wyslac troche kasy na urodziny").
    /// </summary>
    public const int AskedBesideWellNow = 3;

    /// <summary>A message about a person of at least this many words that matches nothing is taken as a worry.</summary>
    public const int UnknownWorryLength = 5;

    /// <summary>A message of at least this many words that matches nothing as a whole has its parts ranked on their own.</summary>
    public const int BuriedQuestionLength = 12;

    /// <summary>Words in one run when a long part of a message is ranked piece by piece.</summary>
    private const int BuriedRun = 8;

    private static readonly char[] PartBreaks = ['.', ',', '?', '!', ';', ':', '\n', '،', '؟', '؛', '۔'];

    public const string Fallback = "fallback";
    public const string Concern = "concern";
    public const string Emergency = "emergency";
    public const string Greeting = "greeting";

    private readonly KnowledgeStore? _store;
    private Model _model;

    public Router(KnowledgeBase knowledge) => _model = new Model(knowledge);

    /// <summary>A router that follows the store: after content is replaced the next message uses the new content.</summary>
    public Router(KnowledgeStore store)
    {
        _store = store;
        _model = new Model(store.Current);
    }

    public RouteResult Route(string text, RoutingContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        return CurrentModel().Route(text, context);
    }

    /// <summary>The words the router reads in a message of a known language, after text-speak and romanised words are rewritten.</summary>
    internal List<string> Words(string text, string language) => CurrentModel().Words(text, language);

    private Model CurrentModel()
    {
        var model = Volatile.Read(ref _model);
        if (_store is null || ReferenceEquals(model.Knowledge, _store.Current))
        {
            return model;
        }

        // One message builds the model for new content; the messages arriving meanwhile use the last one rather than
        // each build their own (a burst right after a content edit made every turn build one, seconds of work and
        // hundreds of megabytes each).
        if (!_building.TryEnter())
        {
            return model;
        }

        try
        {
            model = Volatile.Read(ref _model);
            var current = _store.Current;
            if (!ReferenceEquals(model.Knowledge, current))
            {
                model = new Model(current);
                Volatile.Write(ref _model, model);
                Interlocked.Increment(ref _built);
            }

            return model;
        }
        finally
        {
            _building.Exit();
        }
    }

    private readonly Lock _building = new();
    private int _built;

    /// <summary>How many times the router has been rebuilt for replaced content since it started.</summary>
    public int Rebuilds => Volatile.Read(ref _built);

    private sealed class Model
    {
        private readonly Dictionary<string, Dictionary<string, string[]>> _textSpeak = [];

        /// <summary>Two-word text-speak ("id like"), apart so a language without any pays nothing per word.</summary>
        private readonly Dictionary<string, Dictionary<string, string[]>> _textSpeakPairs = [];
        private readonly Dictionary<string, RomanisedReader> _romanised = new(StringComparer.Ordinal);
        private readonly LanguageDetector _languages;
        private readonly Dictionary<string, SpellingCorrector> _spelling; // by language, into its own words and English
        private readonly SpellingCorrector _spellingAnyLanguage;
        private readonly IntentClassifier _intents;
        private readonly EstablishmentMatcher _establishments;
        private readonly WelfareDetector _welfare;
        private readonly HashSet<string> _knownLanguages;
        private readonly string[] _intentNames;
        private readonly int _concernIndex;
        private readonly int _emergencyIndex;
        private readonly HashSet<string> _greetingWords = new(StringComparer.Ordinal);

        public Model(KnowledgeBase knowledge)
        {
            Knowledge = knowledge;
            _knownLanguages = knowledge.Languages.ToHashSet();
            foreach (var code in knowledge.Languages)
            {
                var rewrites = new Dictionary<string, string[]>(StringComparer.Ordinal);
                var pairs = new Dictionary<string, string[]>(StringComparer.Ordinal);
                foreach (var (from, to) in knowledge.Language(code).TextSpeak)
                {
                    // Spellings that differ only by accents or letter forms fold to one key: the first wins.
                    var key = TextNormaliser.Fold(from);
                    (key.Contains(' ') ? pairs : rewrites).TryAdd(key, TextNormaliser.Tokens(TextNormaliser.Fold(to)).ToArray());
                }

                _textSpeak[code] = rewrites;
                _textSpeakPairs[code] = pairs;
            }

            foreach (var routing in knowledge.Routing)
            {
                if (knowledge.Language(routing.Language) is { ArabicScript: true, Romanised: { } spelling } profile)
                {
                    _romanised[routing.Language] = new RomanisedReader(spelling, Vocabulary(knowledge, routing, profile), profile.Prefixes, profile.RomanisedDigits);
                }
            }

            _languages = new LanguageDetector(
                knowledge.Languages.Select(code =>
                {
                    var profile = knowledge.Language(code);
                    var routing = knowledge.Routing.First(r => r.Language == code);
                    var corpus = routing.Examples.Values.SelectMany(v => v)
                        .Concat(knowledge.Intents.SelectMany(i => new[] { knowledge.GetAnswer(i, code, null).Full, knowledge.IntentLabel(i, code) }))
                        .Concat(knowledge.TextKeys(code).Select(k => knowledge.Text(code, k)))
                        .ToList();
                    // An Arabic-script language's rewrites of Latin-script words, and its short little words ("fi", "el", "wla"),
                    // say how its speakers write it in Latin letters ("l" is anyone's "sa-l", "alla" a Welsh "I can").
                    var romanised = profile.ArabicScript
                        ? profile.TextSpeak.Keys.Concat(profile.Romanised?.LittleWords.Keys.Where(w => w.Length is 2 or 3) ?? []).Where(k => k.Length > 0 && !TextNormaliser.IsArabicScript(k[0])).Select(TextNormaliser.Fold).ToHashSet(StringComparer.Ordinal)
                        : [];
                    return new LanguageEvidence(code, profile.ArabicScript, profile.Letters, profile.Prefixes, corpus, romanised, profile.RomanisedDigits, profile.Stopwords,
                        _romanised.TryGetValue(code, out var reader) ? reader : null, profile.BorrowedByEnglish);
                }).ToList(),
                knowledge.Languages[0]);

            var examples = new List<(string Intent, List<string> Tokens)>();
            var wordsByLanguage = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var routing in knowledge.Routing)
            {
                var own = wordsByLanguage[routing.Language] = [];
                foreach (var (intent, phrasings) in routing.Examples)
                {
                    var tokens = phrasings.Select(p => (intent, Normalise(p, routing.Language))).ToList();
                    examples.AddRange(tokens);
                    own.AddRange(tokens.SelectMany(t => t.Item2));
                }
            }

            // Welfare words are in the vocabulary too, so "sucide" or "bulied" is still heard and "last year" is never
            // "corrected" into something else (it makes a risk a past one). Arabic-script words are short and differ by one letter ("يقبلونه", they accept him; "يقتلونه", they kill
            // him), so only Latin-script cue words are used to correct spelling. Urdu in Latin letters is not: its short,
            // freely spelt words ("mara", "ada") would turn Romanian and Polish ("moarte", "masakra") into beatings.
            foreach (var r in knowledge.Routing.Where(r => r.Language != "ur"))
            {
                wordsByLanguage[r.Language].AddRange(r.WelfareCues.Select(c => c.Phrase).Concat(r.Concepts.Values.SelectMany(v => v)).Concat(r.Negations).Concat(r.Past)
                    .Concat(r.People).Concat(r.Asking).Select(p => p.Replace("*", "").Replace(WelfareDetector.PastYear, "", StringComparison.Ordinal))
                    .SelectMany(p => Normalise(p, r.Language))
                    .Where(w => w.Length > 0 && !TextNormaliser.IsArabicScript(w[0])));
            }

            _greetingWords.UnionWith(examples.Where(e => e.Intent == Greeting).SelectMany(e => e.Tokens));
            // A Latin-script word is corrected only into a word of its message's language or English (families mix English
            // in): Polish "dresie" (a tracksuit) is not Romanian "depresie". A word any language knows is left as it is.
            // Arabic-script words may become a word of either Arabic-script language, as before: dialect spellings
            // ("حالو", himself) are often closest to a word the other one writes alike.
            var english = wordsByLanguage.GetValueOrDefault("en") ?? [];
            _spelling = wordsByLanguage.ToDictionary(l => l.Key, l => new SpellingCorrector(l.Value.Concat(english)), StringComparer.Ordinal);
            _spellingAnyLanguage = new SpellingCorrector(wordsByLanguage.Values.SelectMany(w => w));
            var stopwords = knowledge.Languages.SelectMany(code => knowledge.Language(code).Stopwords.SelectMany(w => Normalise(w, code)));
            _intents = new IntentClassifier(examples, stopwords);
            _intentNames = _intents.Intents.ToArray();
            _concernIndex = Array.IndexOf(_intentNames, Concern);
            _emergencyIndex = Array.IndexOf(_intentNames, Emergency);
            _establishments = new EstablishmentMatcher(knowledge.Establishments);
            _welfare = new WelfareDetector(knowledge.Routing.Select(r => (r, (Func<string, List<string>>)(p => Normalise(p, r.Language)))));
        }

        public KnowledgeBase Knowledge { get; }

        /// <summary>
        /// Every script word of a language's content, once per use: the words a romanised word may be. The welfare words are
        /// among them, so "bala3 el 7boob" is heard as the swallowed pills it is.
        /// </summary>
        private static IEnumerable<string> Vocabulary(KnowledgeBase knowledge, LanguageRouting routing, LanguageProfile profile)
        {
            static IEnumerable<string> Words(IEnumerable<string> texts) => texts.SelectMany(t => TextNormaliser.Tokens(TextNormaliser.Fold(t.Replace("*", ""))));

            var welfare = Words(routing.WelfareCues.Select(c => c.Phrase).Concat(routing.Concepts.Values.SelectMany(v => v))).ToList();
            var understood = Words(routing.Examples.Values.SelectMany(v => v).Concat(routing.Negations).Concat(routing.Past.Select(p => p.Replace(WelfareDetector.PastYear, "", StringComparison.Ordinal))).Concat(routing.People)
                .Concat(profile.TextSpeak.Values)).ToList();
            var known = understood.Concat(welfare).ToHashSet(StringComparer.Ordinal);
            // The answers say which words are common, but a word only they use would mean nothing to the ranking (and
            // spelling would "correct" it into another): they count only for words the phrasings or welfare lists use.
            // A welfare word counts three times: a spelling that could be "he says" or "he eats" is read as the one that
            // may be a worry, since a worry missed costs far more than a question answered wrongly.
            var answers = Words(knowledge.Intents.Select(i => knowledge.GetAnswer(i, routing.Language, null).Full)).Where(known.Contains);
            return understood.Concat(answers).Concat(welfare).Concat(welfare).Concat(welfare);
        }

        private List<string> Normalise(string text, string language) =>
            TextNormaliser.ExpandTextSpeak(TextNormaliser.Tokens(TextNormaliser.Fold(text)), _textSpeak[language], _textSpeakPairs[language]);

        /// <summary>A word no language knows, spelt right: into its message's language or English when Latin-script.</summary>
        private string Correct(string word, string language) =>
            _spellingAnyLanguage.Knows(word) ? word
            : TextNormaliser.IsArabicScript(word[0]) || !_spelling.TryGetValue(language, out var corrector) ? _spellingAnyLanguage.Correct(word)
            : corrector.Correct(word);

        public List<string> Words(string text, string language) => Expand(TextNormaliser.Tokens(TextNormaliser.Fold(text)), language);

        public RouteResult Route(string text, RoutingContext context)
        {
            var known = context.KnownLanguage is { } k && _knownLanguages.Contains(k) ? k : null;
            var (language, languageConfidence) = _languages.Detect(text, known);

            var tokens = TextNormaliser.Tokens(TextNormaliser.Fold(text));
            var (establishment, positions) = _establishments.Find(tokens);
            var words = new List<string>(tokens.Count);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!positions.Contains(i))
                {
                    words.Add(tokens[i]);
                }
            }

            var expanded = Expand(words, language);
            var corrected = expanded.Select(w => Correct(w, language)).ToList();
            var scores = _intents.Score(corrected, out var knownWords);
            var deniedWords = new HashSet<string>(StringComparer.Ordinal);
            // Spelling changed nothing in most messages: the same words need not be read for risk twice.
            var welfare = _welfare.Detect(corrected.SequenceEqual(expanded, StringComparer.Ordinal) ? [expanded] : [expanded, corrected], out var denied, deniedWords, out var askedFor, language);

            var (best, runnerUp) = TopTwo(scores);
            var intent = _intents.Intents[best];
            var confidence = scores[best];
            var second = runnerUp >= 0 ? _intents.Intents[runnerUp] : null;
            var secondConfidence = runnerUp >= 0 ? scores[runnerUp] : 0;

            // "He is not suicidal, just asking about visits": every risk word is denied and the rest of the message is
            // plainly a question, so it is answered. A denial with nothing else to go on stays a concern.
            // So is "he self-harmed last year but he's fine now, how do I send money": every risk is told as gone by, he
            // is said to be well, and something is asked beside it. Not "yesterday, he's ok now": that is still a worry.
            // So is "he had a hard time last year but he's really well now, how do I send money", where no risk word was
            // found and only the ranking hears a worry in the story. Not when it ranks as a risk to life: that is heard out.
            var rankedWorryOver = welfare.Level == WelfareLevel.None && !denied && intent == Concern && _welfare.ToldAsOver(expanded);
            var wellNow = !denied && ((welfare.Level == WelfareLevel.Concern && welfare.AllPast) || rankedWorryOver) ? _welfare.WellNowWords(expanded) : null;
            if ((welfare.Level == WelfareLevel.Concern && denied) || wellNow is not null)
            {
                // Rank the question without the words that were denied or told as gone by: they are not what is asked about.
                var rest = corrected.Where(w => !deniedWords.Contains(w) && !_welfare.IsPersonOrDenial(w) && wellNow?.Contains(w) != true).ToList();
                var questionScores = rest.Count > 0 ? _intents.Score(rest) : scores;
                var question = BestQuestion(questionScores);
                // "He used to self-harm but he's fine now" asks nothing: a question, or enough words beside the worry for one.
                var asks = denied || _welfare.AsksQuestion(expanded) || rest.Count(_intents.KnowsAsContent) >= AskedBesideWellNow;
                // "He is not suicidal, just asking about visits on friday": said to be only a question, a weaker match will do.
                if (asks && questionScores[question] >= (_welfare.SaysJustAsking(expanded) ? DeniedQuestion / 2 : DeniedQuestion))
                {
                    welfare = WelfareSignal.None;
                    scores = questionScores;
                    (best, runnerUp) = TopTwo(scores);
                    intent = _intentNames[question];
                    confidence = scores[question];
                    second = runnerUp >= 0 ? _intents.Intents[runnerUp] : null;
                    secondConfidence = runnerUp >= 0 ? scores[runnerUp] : 0;
                }
            }

            var settled = false;

            // Welfare words decide over the ranking: a worried parent must never be answered with visiting times.
            // The cue lists are the authority on the level, so the intent always agrees with the welfare signal.
            if (welfare.Level == WelfareLevel.Emergency)
            {
                intent = Emergency;
            }
            else if (welfare.Level == WelfareLevel.Concern)
            {
                // A worry that also reads strongly like a risk to life is treated as one: better to over-escalate. Not
                // when the words around it say it is over or denied ("beaten last week, now they say it's not over"), or the
                // family says it is not for now ("he's self-harming again but says he's ok for now").
                var emergencyScore = scores[_emergencyIndex];
                if (intent == Emergency && emergencyScore >= EmergencyFromConcern && !welfare.Softened && !_welfare.SaysNotNow(expanded))
                {
                    welfare = welfare with { Level = WelfareLevel.Emergency };
                }

                intent = welfare.Level == WelfareLevel.Emergency ? Emergency : Concern;
            }
            else if (welfare.Level == WelfareLevel.None && askedFor is not null && Array.IndexOf(_intentNames, askedFor) is var asked and >= 0)
            {
                // "He rings me from prison with threats, block him", "on my own with the kids and not coping, who can help":
                // the welfare words told what is asked instead of a worry, and nothing else in it is a risk. That is
                // evidence enough on its own, whatever the ranking makes of the rest.
                (intent, confidence, settled) = (askedFor, Math.Max(scores[asked], FallbackThreshold), true);
            }
            else if (welfare.Level == WelfareLevel.None && intent is Concern or Emergency && second is not (null or Concern or Emergency or Fallback)
                && _welfare.SaysJustAsking(expanded))
            {
                // "Not worried, just asking about Sunday visits": the person says it is a question, and no risk word says otherwise.
                (intent, confidence, second, secondConfidence) = (second, secondConfidence, intent, confidence);
            }
            else if (welfare.Level == WelfareLevel.None && intent is Concern or Emergency && corrected.Count < ShortestRankedWorry)
            {
                // "کل" (yesterday), "last Tuesday" answering a form: a word or two with no welfare word in it is not a
                // worry, however its few words happen to rank among the worried phrasings.
                (intent, confidence) = (Fallback, 0);
            }
            else if (welfare.Level == WelfareLevel.None && !denied && intent == Concern && _welfare.AsksQuestion(expanded)
                && BestQuestion(scores) is var question && scores[question] >= confidence - QuestionMargin)
            {
                // "Czy on musi caly czas siedziec przy stoliku": it asks about a rule, no risk word was found, and the
                // question ranks all but as high as the worry: answer the question (below the threshold, say so).
                (intent, confidence, second, secondConfidence) = (_intentNames[question], scores[question], intent, confidence);
            }
            else if (welfare.Level == WelfareLevel.None && !denied && intent is Concern or Emergency && _welfare.AsksQuestion(expanded) && _welfare.OwnWords(expanded) is { Count: > 0 } own
                && corrected.Where(w => !own.Contains(w)).ToList() is { Count: > 0 } rest && _intents.Score(rest) is var restScores
                && BestQuestion(restScores) is var askedBeside && restScores[askedBeside] >= DeniedQuestion)
            {
                // "Worried I'll be late with the bus, what time do visits finish": the worry is the family's own, told
                // in everyday words, and a question is asked with it: that is what to answer.
                scores = restScores;
                (intent, confidence) = (_intentNames[askedBeside], scores[askedBeside]);
                (best, runnerUp) = TopTwo(scores);
                var next = best == askedBeside ? runnerUp : best;
                (second, secondConfidence) = next >= 0 ? (_intents.Intents[next], scores[next]) : (null, 0);
            }
            else if (welfare.Level == WelfareLevel.None && !denied && intent is Concern or Emergency && confidence >= FallbackThreshold)
            {
                // The ranking hears a worry the cue lists missed: lean to concern rather than let it pass, and when its
                // best reading is a risk to life, treat it as one (999 first costs a worried family far less than a wait),
                // unless the family says it is not for now ("he thinks of hurting himself, not now he says").
                welfare = new WelfareSignal(intent == Emergency && !_welfare.SaysNotNow(expanded) ? WelfareLevel.Emergency : WelfareLevel.Concern, "emotional-wellbeing");
                intent = welfare.Level == WelfareLevel.Emergency ? Emergency : Concern;
            }

            // "Hiya, sorry to bother you, my partner got moved ... what days are visits": a greeting in front of a
            // question is not the point of the message. Rank the rest on its own. So is "all fine with him, nothing's
            // wrong, I just want to know when visits are", which ranks as praise for its "fine" and "good", or "woh bilkul
            // theek hai, bas poochna tha ..." as a dress-code question for its "theek hai" (is it all right).
            // The well-now words first: most questions have none, and the question words need not then be looked for.
            var reassured = welfare.Level == WelfareLevel.None && intent is not (Concern or Emergency) && !denied
                && _welfare.WellNowWords(expanded) is { } reassurance && (_welfare.AsksQuestion(expanded) || _welfare.SaysJustAsking(expanded)) ? reassurance : null;
            if (welfare.Level == WelfareLevel.None && (intent == Greeting || reassured is not null))
            {
                var rest = corrected.Where(w => !_greetingWords.Contains(w) && reassured?.Contains(w) != true && _intents.Knows(w)).ToList();
                if (rest.Count >= 3)
                {
                    var restScores = _intents.Score(rest);
                    var (restBest, restSecond) = TopTwo(restScores);
                    if (_intentNames[restBest] is not (Greeting or Fallback or Concern or Emergency) && restScores[restBest] >= FallbackThreshold)
                    {
                        scores = restScores;
                        intent = _intentNames[restBest];
                        confidence = scores[restBest];
                        second = restSecond >= 0 ? _intentNames[restSecond] : null;
                        secondConfidence = restSecond >= 0 ? scores[restSecond] : 0;
                    }
                }
            }

            var ambiguous = false;
            if (welfare.Level == WelfareLevel.None)
            {
                // A message none of whose words the content knows ("qwerty") matches only on letter pieces: not enough.
                // "hi" is also a Welsh word the ranking ignores as too common: a message of greeting words alone is a greeting.
                var onlyGreeting = intent == Greeting && expanded.Count > 0 && expanded.All(_greetingWords.Contains);
                if (confidence < FallbackThreshold || intent == Fallback || (knownWords == 0 && !onlyGreeting))
                {
                    intent = Fallback;

                    // A longer message about someone that matches no question ("he has gone so quiet, says he is fine
                    // but I know he is not") is most likely a worry put in words we have not seen: lean to concern.
                    // A long message is rarely idle chat, so it needs no person word (verbs say who in Welsh or Polish).
                    // One that asks about a rule or how to do something ("can he get up during the visit"), or that
                    // put every risk word aside ("not suicidal, just asking"), or that says it is only a question ("bas poochna
                    // tha"), is a question the ranking could not place.
                    if (expanded.Count >= UnknownWorryLength && !denied && !_welfare.AsksQuestion(expanded) && !_welfare.SaysJustAsking(expanded) && !text.Contains('?') && !text.Contains('؟') && (_welfare.MentionsPerson(expanded, language) || expanded.Count >= 2 * UnknownWorryLength)
                        && _intentNames[best] != Fallback && WorryRanksHigh(scores))
                    {
                        intent = Concern;
                        welfare = new WelfareSignal(WelfareLevel.Concern, "emotional-wellbeing");
                    }
                    else if (expanded.Count >= BuriedQuestionLength && BuriedQuestion(text, language) is { Intent: >= 0 } buried)
                    {
                        (intent, confidence) = (_intentNames[buried.Intent], buried.Score);
                    }
                }
                else
                {
                    // On the confidences as reported (rounded), so a caller comparing them draws the same line.
                    ambiguous = !settled && second is not null && second != Fallback && secondConfidence >= FallbackThreshold
                        && Math.Round(confidence, 3) - Math.Round(secondConfidence, 3) < AmbiguityMargin;
                }
            }

            return new RouteResult(language, Math.Round(languageConfidence, 3), intent, Math.Round(confidence, 3), second,
                Math.Round(secondConfidence, 3), ambiguous, establishment ?? context.KnownEstablishmentId, welfare);
        }

        /// <summary>Text-speak and dialect words rewritten; in Welsh, a mutated word the examples do not know read as its radical.</summary>
        private List<string> Expand(List<string> words, string language)
        {
            var expanded = TextNormaliser.ExpandTextSpeak(words, _textSpeak[language], _textSpeakPairs[language]);
            if (_romanised.TryGetValue(language, out var reader))
            {
                expanded = ReadRomanised(expanded, reader, _textSpeak[language]);
            }

            if (language == "cy")
            {
                // "ngharchar", "mrawd", "dabledi": a mutated word the examples do not know is read as its radical.
                for (var i = 0; i < expanded.Count; i++)
                {
                    if (!_intents.Knows(expanded[i]))
                    {
                        foreach (var radical in WelshMutations.Radicals(expanded[i]))
                        {
                            if (_intents.Knows(radical))
                            {
                                expanded[i] = radical;
                                break;
                            }
                        }
                    }
                }
            }

            return expanded;
        }

        /// <summary>
        /// "ma 3am yakol", "bala3 el 7oboob": Latin-letter words text-speak does not list are read as the script words they
        /// sound like. A word the content knows as it is ("video", "passport", "email") is kept: families mix in English.
        /// </summary>
        private List<string> ReadRomanised(List<string> words, RomanisedReader reader, Dictionary<string, string[]> synonyms)
        {
            List<string>? read = null;
            // "l sne l madye", "el 7abs": an article written as a word of its own is joined to the script word after it, so
            // a phrase of the content ("السنة الماضية") is heard through it.
            string? article = null;
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                var whole = false;
                var script = TextNormaliser.IsArabicScript(word[0]) || (_intents.Knows(word) && !reader.IsLittleWord(word)) ? null : reader.Read(word, out whole);
                if (script is not null && read is null)
                {
                    read = new List<string>(words.Count + 2);
                    read.AddRange(words.Take(i));
                }

                if (reader.ArticleOf(word) is { } standalone)
                {
                    Flush();
                    article = standalone;
                    continue;
                }

                if (script is not null)
                {
                    // Read as "الحبس", a word the synonyms rewrite to the phrasings' "السجن".
                    foreach (var scriptWord in script)
                    {
                        foreach (var rewritten in synonyms.TryGetValue(scriptWord, out var rewrite) ? rewrite : [scriptWord])
                        {
                            // "el mawdoo3" read as "ma" + a word is a guess, which the article must not turn into a phrase.
                            Add(rewritten, joinable: whole);
                        }
                    }
                }
                else if (article is not null)
                {
                    Add(word, joinable: true);
                }
                else
                {
                    read?.Add(word);
                }
            }

            Flush();
            return read ?? words;

            // A word after a standalone article: joined to it when it is a script word read as it stands, else after it.
            void Add(string token, bool joinable)
            {
                if (article is not null)
                {
                    if (joinable && TextNormaliser.IsArabicScript(token[0]))
                    {
                        token = reader.JoinArticle(article, token);
                    }
                    else
                    {
                        read!.Add(article);
                    }

                    article = null;
                }

                read!.Add(token);
            }

            void Flush()
            {
                if (article is not null)
                {
                    read!.Add(article);
                    article = null;
                }
            }
        }

        /// <summary>
        /// "I live far away, two trains and a bus, three children, no income now, so is there anyone who pays the fare?
        /// I cannot stop the visits": a long message whose question is buried among the rest matches nothing as a whole.
        /// Each part (between punctuation; a long part in overlapping runs of words) is ranked on its own, and the
        /// question the best part plainly asks is the answer. -1 when no part asks one clearly enough.
        /// </summary>
        private (int Intent, double Score) BuriedQuestion(string text, string language)
        {
            var best = (Intent: -1, Score: 0.0);
            foreach (var part in text.Split(PartBreaks, StringSplitOptions.RemoveEmptyEntries))
            {
                var words = Expand(TextNormaliser.Tokens(TextNormaliser.Fold(part)), language).Select(w => Correct(w, language)).ToList();
                for (var start = 0; start == 0 || start + BuriedRun / 2 < words.Count; start += BuriedRun / 2)
                {
                    var run = words.Count <= BuriedRun ? words : words.GetRange(start, Math.Min(BuriedRun, words.Count - start));
                    var scores = _intents.Score(run, out var known);
                    var (top, _) = TopTwo(scores);
                    if (known >= 2 && _intentNames[top] is not (Concern or Emergency or Fallback or Greeting) && scores[top] > best.Score)
                    {
                        best = (top, scores[top]);
                    }

                    if (words.Count <= BuriedRun)
                    {
                        break;
                    }
                }
            }

            return best.Score >= FallbackThreshold ? best : (-1, 0);
        }

        /// <summary>
        /// True when a worry is among the three intents the ranking likes best. With no confident answer (and no match
        /// to the off-topic phrasings), a worry near the top is reason enough to lean to concern: the many phrasings of
        /// the questions can crowd a worry told in new words off first place.
        /// </summary>
        private bool WorryRanksHigh(double[] scores)
        {
            var worry = Math.Max(scores[_concernIndex], scores[_emergencyIndex]);
            return scores.Count(s => s > worry) < 3;
        }

        /// <summary>The intent that answers a question (not a worry, not fallback) the ranking likes best.</summary>
        private int BestQuestion(double[] scores)
        {
            var question = -1;
            for (var i = 0; i < scores.Length; i++)
            {
                if (_intentNames[i] is not (Concern or Emergency or Fallback) && (question < 0 || scores[i] > scores[question]))
                {
                    question = i;
                }
            }

            return question;
        }

        private static (int Best, int Second) TopTwo(double[] scores)
        {
            int best = -1, second = -1;
            for (var i = 0; i < scores.Length; i++)
            {
                if (best < 0 || scores[i] > scores[best])
                {
                    second = best;
                    best = i;
                }
                else if (second < 0 || scores[i] > scores[second])
                {
                    second = i;
                }
            }

            return (best, second);
        }
    }
}
