using System.Globalization;
using FamilyServices.Casework.Complaints;
using FamilyServices.Casework.ContactRequests;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Referrals;

namespace FamilyServices.Casework.ManagementInformation;

/// <summary>The words a manager and the prison authority read for the codes the database keeps.</summary>
public static class Labels
{
    public const string NotRecorded = "Not recorded";

    public static string Channel(Channel channel) => channel switch
    {
        Conversations.Channel.Sms => "SMS",
        Conversations.Channel.WebChat => "Web chat",
        Conversations.Channel.Phone => "Phone",
        Conversations.Channel.Email => "Email",
        Conversations.Channel.InPerson => "In person",
        _ => channel.ToString(),
    };

    /// <summary>"pl" reads "Polish"; a language added later needs no change here.</summary>
    public static string Language(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return NotRecorded;
        }
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return string.IsNullOrEmpty(culture.EnglishName) || culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal)
                ? code
                : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    public static string Severity(Severity severity) => severity.ToString();

    public static string EscalationKind(EscalationKind kind) => kind switch
    {
        Escalations.EscalationKind.WelfareConcern => "Welfare concern",
        Escalations.EscalationKind.Handover => "Asked to talk to a person",
        _ => kind.ToString(),
    };

    /// <summary>Ids such as "visiting-times" or "debt" read "Visiting times", "Debt".</summary>
    public static string Topic(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return NotRecorded;
        }
        var words = id.Trim().Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static string ReferralStatus(ReferralStatus status) => status.ToString();

    public static string ContactOrigin(ContactRequestOrigin origin) => origin switch
    {
        ContactRequestOrigin.Family => "Asked by family",
        ContactRequestOrigin.PersonInPrison => "Asked by person in prison",
        _ => origin.ToString(),
    };

    public static string ContactAlternative(ContactAlternative alternative) => alternative switch
    {
        ContactRequests.ContactAlternative.None => "No alternative offered",
        ContactRequests.ContactAlternative.OfficialPrisonVisitor => "Official Prison Visitor",
        ContactRequests.ContactAlternative.PenfriendScheme => "Penfriend scheme",
        ContactRequests.ContactAlternative.PrisonVisitorScheme => "Prison visitor scheme",
        _ => alternative.ToString(),
    };

    public static string ComplaintOutcome(ComplaintOutcome? outcome) => outcome switch
    {
        null => "No outcome yet",
        Complaints.ComplaintOutcome.Upheld => "Upheld",
        Complaints.ComplaintOutcome.PartlyUpheld => "Partly upheld",
        Complaints.ComplaintOutcome.NotUpheld => "Not upheld",
        Complaints.ComplaintOutcome.Withdrawn => "Withdrawn",
        _ => outcome.ToString()!,
    };
}
