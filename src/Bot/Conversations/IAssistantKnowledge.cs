namespace FamilyServices.Bot.Conversations;

/// <summary>
/// What the conversations need from the knowledge content and router, in one narrow seam so the
/// engine and its dialogs can be tested on their own.
/// </summary>
public interface IAssistantKnowledge
{
    /// <summary>Language codes, English first.</summary>
    IReadOnlyList<string> Languages { get; }

    IReadOnlyList<EstablishmentContact> Establishments { get; }

    /// <summary>National facts by name (helpline_phone, unwanted_contact_phone, ...), for UI texts that give them.</summary>
    IReadOnlyDictionary<string, string> NationalFacts { get; }

    string Text(string language, string key, IReadOnlyDictionary<string, string>? values = null);

    string IntentLabel(string intent, string language);

    /// <summary>The language's name in itself ("Polski").</summary>
    string LanguageName(string language);

    /// <summary>Words that, typed on their own, mean "this language please" ("polski", "po polsku").</summary>
    IReadOnlyList<string> LanguageSwitchWords(string language);

    bool DependsOnEstablishment(string intent);

    AnswerText Answer(string intent, string language, string? establishmentId);

    Routing Route(string text, string? knownLanguage, string? knownEstablishmentId);

    /// <summary>The words the recognisers need in a language ("yes", numbers, weekdays), from its UI texts.</summary>
    Recognisers.Vocabulary Vocabulary(string language);
}

public sealed record EstablishmentContact(string Id, string Name, string? Switchboard, string? SaferCustodyLine, IReadOnlyList<string> Aliases);

public sealed record AnswerText(string Short, string Full);

public enum Welfare
{
    None,
    Concern,
    Emergency,
}

public sealed record Routing(
    string Language,
    double LanguageConfidence,
    string Intent,
    double Confidence,
    string? RunnerUp,
    bool Ambiguous,
    string? EstablishmentId,
    Welfare Welfare,
    string? WelfareCategory);
