using FamilyServices.Bot.Conversations;

namespace FamilyServices.Bot.Tests.Conversations;

/// <summary>The real knowledge, with one part changed by a test.</summary>
public abstract class DelegatingKnowledge(IAssistantKnowledge real) : IAssistantKnowledge
{
    public IReadOnlyList<string> Languages => real.Languages;
    public IReadOnlyList<EstablishmentContact> Establishments => real.Establishments;
    public IReadOnlyDictionary<string, string> NationalFacts => real.NationalFacts;
    public virtual string Text(string language, string key, IReadOnlyDictionary<string, string>? values = null) => real.Text(language, key, values);
    public string IntentLabel(string intent, string language) => real.IntentLabel(intent, language);
    public string LanguageName(string language) => real.LanguageName(language);
    public IReadOnlyList<string> LanguageSwitchWords(string language) => real.LanguageSwitchWords(language);
    public bool DependsOnEstablishment(string intent) => real.DependsOnEstablishment(intent);
    public AnswerText Answer(string intent, string language, string? establishmentId) => real.Answer(intent, language, establishmentId);
    public virtual FamilyServices.Bot.Conversations.Recognisers.Vocabulary Vocabulary(string language) =>
        FamilyServices.Bot.Conversations.Recognisers.Vocabulary.From(key => Text(language, key), [.. LanguageSwitchWords(language), LanguageName(language)]);
    public virtual Routing Route(string text, string? knownLanguage, string? knownEstablishmentId) => real.Route(text, knownLanguage, knownEstablishmentId);
}
