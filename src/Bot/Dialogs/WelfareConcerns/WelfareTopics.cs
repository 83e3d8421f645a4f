namespace FamilyServices.Bot.Dialogs.WelfareConcerns;

/// <summary>
/// What a worry is about: the Safer Custody contact topics (Littlehey family strategy, Annex D),
/// split where the advice differs (threats to the family about a debt, unwanted contact).
/// </summary>
public static class WelfareTopics
{
    public const string SelfHarm = "self-harm";
    public const string Bullying = "bullying-violence";
    public const string Healthcare = "healthcare";
    public const string Debt = "debt";
    public const string PressureToBringIn = "pressure-to-bring-in";
    public const string StoppedContact = "stopped-contact";
    public const string UnwantedContact = "unwanted-contact";
    public const string TransferRelease = "transfer-release";
    public const string Other = "other";

    public static readonly string[] All = [SelfHarm, Bullying, Healthcare, Debt, PressureToBringIn, StoppedContact, UnwantedContact, TransferRelease, Other];

    /// <summary>The router's welfare categories mapped onto our topics; unknown ones are asked.</summary>
    public static string? FromCategory(string? category) => category?.ToLowerInvariant() switch
    {
        null => null,
        var c when All.Contains(c) => c,
        "suicide" or "self-harm" or "selfharm" or "emotional" or "emotional-support" or "mental-health" or "emotional-wellbeing" => SelfHarm,
        "bullying" or "violence" or "threats" or "assault" => Bullying,
        "not-eating" or "health" or "medical" => Healthcare,
        "debt" or "debt-threats" or "finances" or "money" => Debt,
        "smuggling" or "pressure-to-smuggle" or "pressure" or "pressure-to-bring" or "contraband" => PressureToBringIn,
        "silence" or "stopped-contact" or "no-contact" or "stopped-calling" or "prisoner-contact" => StoppedContact,
        "transfer" or "release" => TransferRelease,
        _ => null,
    };

    /// <summary>Immediate risk is an emergency; harm, threats and not eating are urgent; the rest routine.</summary>
    public static FamilyServices.Casework.Escalations.Severity SeverityOf(string? topic) => topic switch
    {
        SelfHarm or Bullying or Healthcare or Debt or PressureToBringIn or StoppedContact => FamilyServices.Casework.Escalations.Severity.Urgent,
        _ => FamilyServices.Casework.Escalations.Severity.Routine,
    };
}
