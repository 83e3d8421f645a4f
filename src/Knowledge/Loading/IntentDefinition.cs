namespace FamilyServices.Knowledge;

public enum EstablishmentUse
{
    /// <summary>The same answer everywhere.</summary>
    None,
    /// <summary>Cannot be answered without knowing the prison: ask first.</summary>
    Required,
    /// <summary>Answer at once (an emergency cannot wait), adding the prison's numbers when known.</summary>
    Optional,
}

/// <summary>What every language shares about an intent: where its facts come from and when they were checked.</summary>
public sealed record IntentDefinition(
    string Id,
    EstablishmentUse Establishment,
    IReadOnlyList<string> Needs,
    string Source,
    DateOnly LastReviewed);

/// <summary>A phrase that signals a worry about someone's welfare. A vague one counts only in a message about a person.</summary>
public sealed record WelfareCue(string Phrase, WelfareLevel Level, string Category, bool Vague = false);

/// <summary>
/// A worry told in ideas rather than set phrases: it holds when a word of every concept named occurs close together,
/// in any order ("tablets" + "saving up", "point" + "any more"). Concepts are each language's own words.
/// </summary>
public sealed record WelfareRule(IReadOnlyList<string> Concepts, WelfareLevel Level, string Category);

/// <summary>
/// Concepts of a risk that stands once told: <paramref name="Alone"/> tell it in their own words ("goodbye letter"),
/// <paramref name="InRules"/> only with a rule's other ideas ("give away" + his things).
/// </summary>
public sealed record StandingRisk(IReadOnlySet<string> Alone, IReadOnlySet<string> InRules)
{
    public bool Contains(string concept) => Alone.Contains(concept) || InRules.Contains(concept);
}

/// <summary>Everything a language brings for routing: example phrasings per intent and welfare cues.</summary>
public sealed record LanguageRouting(
    string Language,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Examples,
    IReadOnlyList<WelfareCue> WelfareCues,
    IReadOnlyList<string> Negations,
    IReadOnlyList<string> Past,
    IReadOnlyList<string> People)
{
    /// <summary>The language's words for each welfare concept the shared rules combine.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Concepts { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Shared by every language: which concepts together make a concern or an emergency.</summary>
    public IReadOnlyList<WelfareRule> Rules { get; init; } = [];

    /// <summary>
    /// Shared by every language: the concepts of a risk to life that stands once told (a farewell, pills put by), which
    /// only a long past softens, not "yesterday". Those whose words tell it alone make a cue holding them stand too.
    /// </summary>
    public StandingRisk Standing { get; init; } = new(new HashSet<string>(), new HashSet<string>());

    /// <summary>"Just asking", "only want to know": a denial before it is the person putting a worry aside.</summary>
    public IReadOnlyList<string> Asking { get; init; } = [];

    /// <summary>
    /// Worrying words in their everyday sense ("panic attack", "threatening letter from the council", "scared of the
    /// dogs"): the words of these phrases are not read for risk.
    /// </summary>
    public IReadOnlyList<string> Ordinary { get; init; } = [];

    /// <summary>
    /// "He's fine now", "mae o lot gwell rwan": the person says someone is well again. With a worry told as gone by and a
    /// question, the question is answered.
    /// </summary>
    public IReadOnlyList<string> WellNow { get; init; } = [];

    /// <summary>"Yesterday", "last week": a past too near to be over; told next to a worry, it stays a worry however it ended.</summary>
    public IReadOnlyList<string> Recent { get; init; } = [];

    /// <summary>Words that ask about a rule or how something is done ("can i", "will they", "is it allowed").</summary>
    public IReadOnlyList<string> Questions { get; init; } = [];

    /// <summary>
    /// Words that make what follows a condition ("if", "unless", "daca"): "if I don't bring it in he'll get hurt"
    /// threatens, and the "don't" after them denies nothing.
    /// </summary>
    public IReadOnlyList<string> Conditions { get; init; } = [];
}
