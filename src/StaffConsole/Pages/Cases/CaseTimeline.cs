using FamilyServices.Casework.Cases;
using FamilyServices.Casework.ContactRequests;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Persistence;
using FamilyServices.StaffConsole.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.Cases;

public sealed record TimelineItem(DateTime At, string Kind, string Text, string? ActorUserId, string? Link = null);

/// <summary>
/// Everything that happened on a case, newest first: its own events (status changes, transfers,
/// consents) and notes, with the escalations, referrals, contact requests and family messages
/// that belong to it.
/// </summary>
public static class CaseTimeline
{
    /// <summary>Enough for a busy case; older conversation messages stay on their escalation's page.</summary>
    public const int MessageLimit = 200;

    public static async Task<List<TimelineItem>> ForAsync(
        CaseworkDbContext db, Case record, IReadOnlyList<Escalation> escalations, IReadOnlyList<DetailsModel.ReferralRow> referrals,
        IReadOnlyList<ContactRequest> requests, CancellationToken cancellationToken)
    {
        var items = new List<TimelineItem>();
        items.AddRange(record.Events.Select(e => new TimelineItem(e.At, Title(e.Kind), e.Description, e.ActorUserId)));
        items.AddRange(record.Notes.Select(n => new TimelineItem(n.WrittenAt, "Note", n.Text, n.AuthorUserId)));
        foreach (var consent in record.Consents)
        {
            items.Add(new TimelineItem(consent.GivenAt, "Consent given", $"{consent.GivenBy}: {consent.Scope}", consent.RecordedByUserId));
            if (consent.WithdrawnAt is { } withdrawn)
            {
                items.Add(new TimelineItem(withdrawn, "Consent withdrawn", $"{consent.GivenBy}: {consent.Scope}. {consent.WithdrawnReason}", null));
            }
        }

        items.AddRange(escalations.Select(e => new TimelineItem(e.RaisedAt, Labels.Words(e.Kind), $"{e.Reference} raised ({Labels.Words(e.Severity).ToLowerInvariant()})", null, $"/Triage/Details/{e.Id}")));
        items.AddRange(referrals.Select(r => new TimelineItem(r.CreatedAt, "Referral", $"{r.ForWhom} referred to {r.Service}", r.CreatedByUserId, $"/Referrals/Details/{r.Id}")));
        items.AddRange(requests.Select(r => new TimelineItem(r.RequestedAt, "Contact request", $"{r.Reference} requested", null, $"/ContactRequests/Details/{r.Id}")));

        var conversations = escalations.Where(e => e.ConversationId != null).Select(e => e.ConversationId!.Value).Distinct().ToArray();
        if (conversations.Length > 0)
        {
            var messages = await db.ConversationMessages.AsNoTracking().Where(m => conversations.Contains(m.ConversationId))
                .OrderByDescending(m => m.Id).Take(MessageLimit).ToListAsync(cancellationToken);
            items.AddRange(messages.Select(m => new TimelineItem(m.SentAt, $"Message from {Labels.Words(m.Author).ToLowerInvariant()}", m.Text, m.StaffUserId)));
        }

        return items.OrderByDescending(i => i.At).ToList();
    }

    private static string Title(string kind) => kind switch
    {
        "opened" => "Case opened",
        "transfer" => "Transfer",
        "status" => "Status change",
        "escalation" => "Escalation",
        "reply" => "Reply to family",
        "referral" => "Referral",
        "contact-request" => "Contact request",
        "person" => "Family member",
        _ => char.ToUpperInvariant(kind[0]) + kind[1..],
    };
}
