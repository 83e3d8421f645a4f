using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Complaints;
using FamilyServices.Casework.ContactRequests;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Establishments;
using FamilyServices.Casework.Referrals;

namespace FamilyServices.StaffConsole.Shared;

/// <summary>Records in a worker's words, and the GOV.UK tag colour that goes with each.</summary>
public static class Labels
{
    public static string Establishment(string? id) =>
        id is null ? "Not known yet" : FamilyServices.Casework.Establishments.Establishment.Known.FirstOrDefault(e => e.Id == id)?.Name ?? id;

    public static IEnumerable<Establishment> Establishments(IEnumerable<string> ids) =>
        FamilyServices.Casework.Establishments.Establishment.Known.Where(e => ids.Contains(e.Id));

    public static string Words(Severity severity) => severity.ToString();

    public static string Tag(Severity severity) => severity switch
    {
        Severity.Emergency => "govuk-tag--red",
        Severity.Urgent => "govuk-tag--orange",
        _ => "govuk-tag--blue",
    };

    public static string Words(EscalationStatus status) => status switch
    {
        EscalationStatus.InProgress => "In progress",
        _ => status.ToString(),
    };

    public static string Tag(EscalationStatus status) => status switch
    {
        EscalationStatus.New => "govuk-tag--purple",
        EscalationStatus.Acknowledged => "govuk-tag--light-blue",
        EscalationStatus.InProgress => "govuk-tag--yellow",
        EscalationStatus.Referred => "govuk-tag--turquoise",
        EscalationStatus.Resolved => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    public static string Words(EscalationKind kind) => kind == EscalationKind.Handover ? "Asked for a person" : "Welfare concern";

    public static string Words(Channel channel) => channel switch
    {
        Channel.Sms => "SMS",
        Channel.WebChat => "Web chat",
        Channel.InPerson => "In person",
        _ => channel.ToString(),
    };

    public static string Words(MessageAuthor author) => author switch
    {
        MessageAuthor.Family => "Family",
        MessageAuthor.Assistant => "Assistant",
        _ => "Family worker",
    };

    public static string Words(ReferralStatus status) => status.ToString();

    public static string Tag(ReferralStatus status) => status switch
    {
        ReferralStatus.Draft => "govuk-tag--grey",
        ReferralStatus.Sent => "govuk-tag--blue",
        ReferralStatus.Accepted => "govuk-tag--turquoise",
        ReferralStatus.Declined => "govuk-tag--red",
        _ => "govuk-tag--green",
    };

    public static string Words(CaseStatus status) => status.ToString();

    public static string Words(ContactStage stage) => stage switch
    {
        ContactStage.Requested => "Requested",
        ContactStage.PrisonerConsent => "Prisoner consent",
        ContactStage.FamilyTracedOrContacted => "Family traced or contacted",
        ContactStage.FamilyConsent => "Family consent",
        ContactStage.InitialContactMade => "Initial contact made",
        ContactStage.OngoingLiaison => "Ongoing liaison",
        ContactStage.Reestablished => "Contact re-established",
        _ => "Not possible",
    };

    public static string Tag(ContactStage stage) => stage switch
    {
        ContactStage.Reestablished => "govuk-tag--green",
        ContactStage.NotPossible => "govuk-tag--grey",
        ContactStage.Requested => "govuk-tag--purple",
        _ => "govuk-tag--blue",
    };

    public static string Words(ConsentAnswer answer) => answer switch
    {
        ConsentAnswer.NotAsked => "Not asked yet",
        _ => answer.ToString(),
    };

    public static string Words(ContactAlternative alternative) => alternative switch
    {
        ContactAlternative.OfficialPrisonVisitor => "Official Prison Visitor",
        ContactAlternative.PenfriendScheme => "Penfriend scheme",
        ContactAlternative.PrisonVisitorScheme => "Prison visitor scheme",
        _ => "None",
    };

    public static string Words(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Received => "Not assigned",
        ComplaintStatus.Responded => "Answered",
        _ => status.ToString(),
    };

    public static string Tag(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Received => "govuk-tag--purple",
        ComplaintStatus.Assigned => "govuk-tag--yellow",
        ComplaintStatus.Responded => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    public static string Words(ComplaintOutcome? outcome) => Casework.ManagementInformation.Labels.ComplaintOutcome(outcome);

    public static string Category(string? category) =>
        string.IsNullOrEmpty(category) ? "Not given" : char.ToUpperInvariant(category[0]) + category[1..].Replace('-', ' ');

    /// <summary>UK time as workers read it: "22 Nov 2026 at 9:58am".</summary>
    public static string When(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, London);
        return local.ToString("d MMM yyyy 'at' h:mm", System.Globalization.CultureInfo.InvariantCulture) + (local.Hour < 12 ? "am" : "pm");
    }

    public static string When(DateTime? utc) => utc is { } value ? When(value) : "Not yet";

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
}
