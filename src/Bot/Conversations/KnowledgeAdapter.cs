using FamilyServices.Knowledge;

namespace FamilyServices.Bot.Conversations;

/// <summary>The conversations' view of the knowledge content and router.</summary>
public sealed class KnowledgeAdapter(KnowledgeStore store, Router router) : IAssistantKnowledge
{
    private KnowledgeBase Current => store.Current;

    public IReadOnlyList<string> Languages => Current.Languages;

    private Snapshot snapshot = new(null!, [], new Dictionary<string, string>(), new());

    public IReadOnlyList<EstablishmentContact> Establishments => Facts().Establishments;

    public IReadOnlyDictionary<string, string> NationalFacts => Facts().National;

    public string Text(string language, string key, IReadOnlyDictionary<string, string>? values = null) => Current.Text(language, key, values);

    public string IntentLabel(string intent, string language) => Current.IntentLabel(intent, language);

    public string LanguageName(string language) => Current.Language(language).Name;

    public IReadOnlyList<string> LanguageSwitchWords(string language) => Current.Language(language).SwitchWords;

    public bool DependsOnEstablishment(string intent) => Current.DependsOnEstablishment(intent);

    public AnswerText Answer(string intent, string language, string? establishmentId)
    {
        var answer = Current.GetAnswer(intent, language, establishmentId);
        return new AnswerText(answer.Short, answer.Full);
    }

    // Built once per content snapshot: every turn looks these up several times.
    private Snapshot Facts()
    {
        var current = Current;
        var cached = Volatile.Read(ref snapshot);
        if (!ReferenceEquals(cached.Knowledge, current))
        {
            cached = new Snapshot(
                current,
                current.Establishments.Select(e => new EstablishmentContact(e.Id, e.Name, e.Switchboard, e.SaferCustodyLine, e.Aliases)).ToList(),
                current.NationalFacts.Where(f => f.Value.Text is not null).ToDictionary(f => f.Key, f => f.Value.Text!),
                new());
            Volatile.Write(ref snapshot, cached);
        }

        return cached;
    }

    private sealed record Snapshot(
        KnowledgeBase Knowledge,
        IReadOnlyList<EstablishmentContact> Establishments,
        IReadOnlyDictionary<string, string> National,
        System.Collections.Concurrent.ConcurrentDictionary<string, Recognisers.Vocabulary> Vocabularies);

    // Every prompt's answer is read with these words: built once per language and content, not every turn.
    public Recognisers.Vocabulary Vocabulary(string language)
    {
        var facts = Facts();
        return facts.Vocabularies.GetOrAdd(language, l => Recognisers.Vocabulary.From(
            key => facts.Knowledge.Text(l, key),
            [.. facts.Knowledge.Language(l).SwitchWords, facts.Knowledge.Language(l).Name]));
    }

    public Routing Route(string text, string? knownLanguage, string? knownEstablishmentId)
    {
        var result = router.Route(text, new RoutingContext(knownLanguage, knownEstablishmentId));
        return new Routing(
            result.Language,
            result.LanguageConfidence,
            result.Intent,
            result.Confidence,
            result.RunnerUp,
            result.Ambiguous,
            result.EstablishmentId,
            result.Welfare.Level switch
            {
                WelfareLevel.Emergency => Welfare.Emergency,
                WelfareLevel.Concern => Welfare.Concern,
                _ => Welfare.None,
            },
            result.Welfare.Category);
    }
}
