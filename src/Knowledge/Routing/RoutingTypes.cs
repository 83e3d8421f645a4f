namespace FamilyServices.Knowledge;

public sealed record RoutingContext(string? KnownLanguage = null, string? KnownEstablishmentId = null);

public sealed record RouteResult(
    string Language,
    double LanguageConfidence,
    string Intent,
    double Confidence,
    string? RunnerUp,
    double RunnerUpConfidence,
    bool Ambiguous,
    string? EstablishmentId,
    WelfareSignal Welfare);

public enum WelfareLevel
{
    None,
    Concern,
    Emergency,
}

/// <summary>Category is a Safer Custody topic id (self-harm, bullying, debt, ...).</summary>
public sealed record WelfareSignal(WelfareLevel Level, string? Category)
{
    public static readonly WelfareSignal None = new(WelfareLevel.None, null);

    /// <summary>The words around the risk say it is over or denied ("beaten last week, he's ok now"): a worry, not 999.</summary>
    public bool Softened { get; init; }

    /// <summary>
    /// Every risk found is told as gone by ("self-harmed last year"), and not as lately as "yesterday", or denied: not only
    /// the one that names the topic.
    /// </summary>
    public bool AllPast { get; init; }
}
