using System.Collections.Frozen;
using FamilyServices.Knowledge.Answers;
using FamilyServices.Knowledge.Editing;
using FamilyServices.Knowledge.Loading;

namespace FamilyServices.Knowledge;

/// <summary>
/// An immutable snapshot of all content: facts, answers in every language, UI texts and routing examples.
/// Everything is checked and every answer rendered when it loads, so a bad edit fails at start-up, not in a chat.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly FrozenDictionary<string, LanguageProfile> _profiles;
    private readonly FrozenDictionary<string, IntentDefinition> _intents;
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _texts;
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _labels;
    private readonly FrozenDictionary<(string Intent, string Language, string Establishment), Answer> _answers;
    private readonly FrozenDictionary<string, EstablishmentInfo> _establishmentsById;
    private readonly FrozenDictionary<(string Intent, string Language, string Establishment), AnswerTemplate> _wordings;

    private KnowledgeBase(
        string contentRoot,
        IReadOnlyList<LanguageProfile> languages,
        IReadOnlyList<IntentDefinition> intents,
        IReadOnlyList<EstablishmentInfo> establishments,
        IReadOnlyDictionary<string, Fact> nationalFacts,
        Dictionary<string, FrozenDictionary<string, string>> texts,
        Dictionary<string, FrozenDictionary<string, string>> labels,
        Dictionary<(string, string, string), Answer> answers,
        Dictionary<(string, string, string), AnswerTemplate> wordings,
        IReadOnlyList<LanguageRouting> routing)
    {
        _wordings = wordings.ToFrozenDictionary();
        ContentRoot = contentRoot;
        Languages = languages.Select(l => l.Code).ToList();
        _profiles = languages.ToFrozenDictionary(l => l.Code);
        Intents = intents.Select(i => i.Id).ToList();
        _intents = intents.ToFrozenDictionary(i => i.Id);
        Establishments = establishments;
        _establishmentsById = establishments.ToFrozenDictionary(e => e.Id);
        NationalFacts = nationalFacts;
        _texts = texts.ToFrozenDictionary();
        _labels = labels.ToFrozenDictionary();
        _answers = answers.ToFrozenDictionary();
        Routing = routing;
    }

    /// <summary>The content folder copied next to the assembly.</summary>
    public static string DefaultContentRoot => Path.Combine(AppContext.BaseDirectory, "Content");

    public string ContentRoot { get; }

    /// <summary>Language codes, English first ("en", "cy", "pl", "ro", "ar", "ur").</summary>
    public IReadOnlyList<string> Languages { get; }

    public IReadOnlyList<string> Intents { get; }

    public IReadOnlyList<EstablishmentInfo> Establishments { get; }

    public IReadOnlyDictionary<string, Fact> NationalFacts { get; }

    public IReadOnlyList<LanguageRouting> Routing { get; }

    public LanguageProfile Language(string code) =>
        _profiles.TryGetValue(code, out var profile) ? profile : throw new ArgumentException($"unknown language '{code}'", nameof(code));

    public bool IsRightToLeft(string language) => Language(language).RightToLeft;

    public IntentDefinition Intent(string intent) =>
        _intents.TryGetValue(intent, out var definition) ? definition : throw new ArgumentException($"unknown intent '{intent}'", nameof(intent));

    public EstablishmentInfo? Establishment(string? id) => id is not null && _establishmentsById.TryGetValue(id, out var e) ? e : null;

    /// <summary>True when the answer cannot be given until we know which prison (the assistant should ask).</summary>
    public bool DependsOnEstablishment(string intent) => Intent(intent).Establishment == EstablishmentUse.Required;

    public Answer GetAnswer(string intent, string language, string? establishmentId)
    {
        Intent(intent);
        Language(language);
        var key = (intent, language, Establishment(establishmentId)?.Id ?? "");
        return _answers[key];
    }

    /// <summary>An answer's wording as a family worker edits it: {fact} placeholders, a line each, alternatives separated by ||.</summary>
    public (string Short, string Full) Wording(string intent, string language, string? establishmentId)
    {
        var template = _wordings[(Intent(intent).Id, Language(language).Code, Establishment(establishmentId)?.Id ?? "")];
        return (AnswerTemplate.ToText(template.Short), AnswerTemplate.ToText(template.Full));
    }

    public IReadOnlyCollection<string> TextKeys(string language) => _texts[Language(language).Code].Keys;

    public string Text(string language, string key, IReadOnlyDictionary<string, string>? values = null)
    {
        var texts = _texts[Language(language).Code];
        return texts.TryGetValue(key, out var text)
            ? Template.Fill(text, values)
            : throw new KeyNotFoundException($"no UI text '{key}' in {language}");
    }

    public string IntentLabel(string intent, string language) =>
        _labels[Language(language).Code].TryGetValue(intent, out var label) ? label : throw new ArgumentException($"unknown intent '{intent}'", nameof(intent));

    public static KnowledgeBase Load(string contentRoot) => Load(contentRoot, ContentOverlay.None);

    /// <summary>
    /// The content files with the staff console's corrections laid over them. A correction is checked like the files
    /// are: one that would break an answer throws a ContentException saying why, and nothing is built.
    /// </summary>
    public static KnowledgeBase Load(string contentRoot, ContentOverlay overlay)
    {
        if (!Directory.Exists(contentRoot))
        {
            throw new ContentException(contentRoot, 0, "content folder not found");
        }

        var loader = new ContentLoader(contentRoot);
        var intents = loader.ReadIntents(out var intentLines);
        var (fileNational, _) = loader.ReadNational();
        // National corrections first: a prison without its own booking line borrows the national one.
        var national = WithCorrections(fileNational, overlay, null);
        var establishments = loader.ReadEstablishments(national)
            .Select(e => e with { Facts = WithCorrections(e.Facts, overlay, e.Id) })
            .ToList();
        var codes = loader.LanguageCodes();
        if (codes.FirstOrDefault() != ContentLoader.SourceLanguage)
        {
            throw new ContentException("en/language.yaml", 0, "English is the source language and must be present");
        }

        var knownFacts = national.Keys.Concat(establishments.SelectMany(e => e.Facts.Keys)).Append("establishment").ToHashSet();
        var profiles = codes.Select(loader.ReadLanguage).ToList();
        var texts = new Dictionary<string, FrozenDictionary<string, string>>();
        var labels = new Dictionary<string, FrozenDictionary<string, string>>();
        var answers = new Dictionary<(string, string, string), Answer>();
        var wordings = new Dictionary<(string, string, string), AnswerTemplate>();
        var routing = new List<LanguageRouting>();
        Dictionary<string, string>? englishTexts = null;
        Dictionary<string, AnswerTemplate>? englishAnswers = null;

        foreach (var profile in profiles)
        {
            var (uiTexts, uiLines, uiFile) = loader.ReadTexts(profile.Code);
            englishTexts ??= uiTexts;
            CheckSameKeys(englishTexts, uiTexts, uiLines, uiFile, "UI text");
            foreach (var (key, text) in uiTexts)
            {
                var expected = Template.PlaceholdersIn(englishTexts[key]);
                var actual = Template.PlaceholdersIn(text);
                if (!expected.SequenceEqual(actual))
                {
                    throw new ContentException(uiFile, uiLines[key],
                        $"'{key}' has placeholders {{{string.Join("}, {", actual)}}} but English has {{{string.Join("}, {", expected)}}}");
                }
            }

            texts[profile.Code] = uiTexts.ToFrozenDictionary();

            var (templates, answersFile) = loader.ReadAnswers(profile.Code);
            englishAnswers ??= templates;
            foreach (var template in templates.Values)
            {
                if (!intentLines.ContainsKey(template.Intent))
                {
                    throw new ContentException(answersFile, template.Line, $"'{template.Intent}' is not an intent in intents.yaml");
                }

                foreach (var line in template.Short.Concat(template.Full).SelectMany(l => l.Alternatives))
                {
                    if (line.Names.FirstOrDefault(n => !knownFacts.Contains(n)) is { } unknown)
                    {
                        throw new ContentException(answersFile, line.Line, $"unknown fact name '{unknown}'");
                    }
                }

                var englishFacts = englishAnswers[template.Intent].FactNames.ToHashSet();
                if (englishFacts.FirstOrDefault(f => !template.FactNames.Contains(f)) is { } untranslated)
                {
                    throw new ContentException(answersFile, template.Line,
                        $"'{template.Intent}' does not mention fact '{untranslated}' that the English answer gives");
                }
            }

            foreach (var intent in intents.Where(i => !templates.ContainsKey(i.Id)))
            {
                throw new ContentException(answersFile, 1, $"no answer for intent '{intent.Id}' (missing translation)");
            }

            labels[profile.Code] = templates.ToFrozenDictionary(t => t.Key, t => t.Value.Label);

            var (languageRouting, exampleLines, examplesFile) = loader.ReadRouting(profile.Code);
            foreach (var intent in intents.Where(i => !languageRouting.Examples.ContainsKey(i.Id)))
            {
                throw new ContentException(examplesFile, 1, $"no example phrasings for intent '{intent.Id}' (missing translation)");
            }

            foreach (var (intent, line) in exampleLines.Where(e => !intentLines.ContainsKey(e.Key)))
            {
                throw new ContentException(examplesFile, line, $"'{intent}' is not an intent in intents.yaml");
            }

            foreach (var rule in languageRouting.Rules.Where(r => r.Level == WelfareLevel.None && !intentLines.ContainsKey(r.Category)))
            {
                throw new ContentException("welfare-rules.yaml", 1, $"'{rule.Category}' under 'instead' is not an intent in intents.yaml");
            }

            routing.Add(languageRouting);

            var renderer = new AnswerRenderer(profile, uiTexts, national, answersFile);
            foreach (var intent in intents)
            {
                foreach (var establishment in establishments.Append(null))
                {
                    var key = (intent.Id, profile.Code, establishment?.Id ?? "");
                    var (wording, corrections) = Corrected(templates[intent.Id], overlay, profile.Code, establishment?.Id, knownFacts);
                    wordings[key] = wording;
                    var answer = renderer.Render(intent, wording, establishment);
                    if (overlay.Find(ContentChangeKind.Reviewed, establishment?.Id, profile.Code, intent.Id) is { } reviewed)
                    {
                        corrections.Add(reviewed);
                    }

                    answers[key] = corrections.Count == 0 ? answer : answer with
                    {
                        // Rewording an answer is reviewing it; its new wording's origin joins the sources.
                        LastReviewed = corrections.Select(c => c.On).Append(answer.LastReviewed).Max(),
                        Source = string.Join("; ", answer.Source.Split("; ").Concat(corrections.Where(c => c.Kind != ContentChangeKind.Reviewed).Select(c => c.Source)).Distinct()),
                    };
                }
            }
        }

        if (!overlay.IsEmpty && answers.Values.FirstOrDefault(a => SmsSegments.Count(a.Short) > 2) is { } tooLong)
        {
            throw FactText.Problem(
                $"The text message answer '{labels[tooLong.Language][tooLong.Intent]}' ({tooLong.Language}, {establishments.FirstOrDefault(e => e.Id == tooLong.EstablishmentId)?.Name ?? "no prison"}) " +
                $"would need {SmsSegments.Count(tooLong.Short)} text messages; it must fit in 2. Make it shorter.");
        }

        return new KnowledgeBase(Path.GetFullPath(contentRoot), profiles, intents, establishments, national, texts, labels, answers, wordings, routing);
    }

    private static Dictionary<string, Fact> WithCorrections(IReadOnlyDictionary<string, Fact> facts, ContentOverlay overlay, string? establishment)
    {
        var result = new Dictionary<string, Fact>(facts, StringComparer.Ordinal);
        foreach (var change in overlay.Facts(establishment))
        {
            var existing = result.GetValueOrDefault(change.Key) ?? throw FactText.Problem($"There is no fact '{change.Key}' for {establishment ?? "every prison"}");
            result[change.Key] = FactText.Parse(existing, change.Value!, change.Source);
        }

        return result;
    }

    /// <summary>The answer's wording with corrections for this prison, or failing that for every prison.</summary>
    private static (AnswerTemplate Wording, List<ContentChange> Corrections) Corrected(
        AnswerTemplate template, ContentOverlay overlay, string language, string? establishment, HashSet<string> knownFacts)
    {
        var corrections = new List<ContentChange>();
        IReadOnlyList<AnswerLine> Form(ContentChangeKind kind, IReadOnlyList<AnswerLine> lines, string form)
        {
            var change = (establishment is null ? null : overlay.Find(kind, establishment, language, template.Intent))
                ?? overlay.Find(kind, null, language, template.Intent);
            if (change is null)
            {
                return lines;
            }

            corrections.Add(change);
            var edited = AnswerTemplate.ParseText(change.Value!, form);
            if (edited.SelectMany(l => l.Names).FirstOrDefault(n => !knownFacts.Contains(n)) is { } unknown)
            {
                throw FactText.Problem($"The {form} mentions {{{unknown}}}, which is not a fact: check the spelling against the facts list");
            }

            return edited;
        }

        var wording = template with
        {
            Short = Form(ContentChangeKind.ShortAnswer, template.Short, "text message answer"),
            Full = Form(ContentChangeKind.FullAnswer, template.Full, "web chat answer"),
        };
        return (corrections.Count == 0 ? template : wording, corrections);
    }

    private static void CheckSameKeys(
        Dictionary<string, string> english, Dictionary<string, string> other, Dictionary<string, int> lines, string file, string what)
    {
        if (english.Keys.FirstOrDefault(k => !other.ContainsKey(k)) is { } missing)
        {
            throw new ContentException(file, 1, $"{what} '{missing}' is missing (missing translation)");
        }

        if (other.Keys.FirstOrDefault(k => !english.ContainsKey(k)) is { } extra)
        {
            throw new ContentException(file, lines[extra], $"{what} '{extra}' is not in English: add it there first");
        }
    }
}
