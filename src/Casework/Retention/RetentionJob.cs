using FamilyServices.Casework.Audit;
using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Complaints;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Hosting;
using FamilyServices.Casework.Outbox;
using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilyServices.Casework.Retention;

/// <summary>
/// Erases records kept longer than their retention period, and writes how many of each it erased
/// in the audit log. Anything still being worked on (an open escalation, an open case) is kept,
/// with the conversation that led to it.
/// </summary>
public sealed class RetentionJob(CaseworkDbContext db, IOptions<RetentionSettings> settings, TimeProvider clock)
{
    public const string SystemUser = "retention-job";

    public async Task<IReadOnlyDictionary<string, int>> EraseExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var keep = settings.Value;
        var erased = new Dictionary<string, int>();

        var closedEscalations = now.AddDays(-keep.ClosedEscalationDays);
        erased["escalations"] = await db.Escalations
            .Where(e => (e.Status == EscalationStatus.Closed || e.Status == EscalationStatus.Resolved) && e.UpdatedAt < closedEscalations)
            .ExecuteDeleteAsync(cancellationToken);

        var closedCases = now.AddDays(-keep.ClosedCaseDays);
        erased["cases"] = await db.Cases
            .Where(c => c.Status == CaseStatus.Closed && c.ClosedAt < closedCases)
            .ExecuteDeleteAsync(cancellationToken);

        var conversations = now.AddDays(-keep.ConversationDays);
        erased["conversations"] = await db.Conversations
            .Where(c => c.LastActivityAt < conversations)
            .Where(c => !db.Escalations.Any(e => e.ConversationId == c.Id && e.Status != EscalationStatus.Closed && e.Status != EscalationStatus.Resolved))
            .ExecuteDeleteAsync(cancellationToken);
        erased["web chat transcripts"] = await db.WebChatConversations
            .Where(c => c.StartedAt < conversations && !db.WebChatActivities.Any(a => a.ConversationId == c.ConversationId && a.At >= conversations))
            .ExecuteDeleteAsync(cancellationToken);
        erased["text message sessions"] = await db.SmsSessions
            .Where(s => s.UpdatedAt < conversations)
            .ExecuteDeleteAsync(cancellationToken);
        // Receipts only guard against Twilio's retries, which come within minutes.
        erased["text message receipts"] = await db.SmsReceipts
            .Where(r => r.ReceivedAt < now.AddDays(-1))
            .ExecuteDeleteAsync(cancellationToken);
        erased["outbox messages"] = await db.Outbox
            .Where(m => m.CreatedAt < conversations && m.Status != OutboxStatus.Pending && m.Status != OutboxStatus.Sending)
            .ExecuteDeleteAsync(cancellationToken);
        erased["unanswered questions"] = await db.UnansweredQuestions
            .Where(q => q.AskedAt < conversations)
            .ExecuteDeleteAsync(cancellationToken);

        var complaints = now.AddDays(-keep.ComplaintDays);
        erased["complaints"] = await db.Complaints
            .Where(c => (c.Status == ComplaintStatus.Closed || c.Status == ComplaintStatus.Responded) && c.ReceivedAt < complaints)
            .ExecuteDeleteAsync(cancellationToken);

        var surveys = now.AddDays(-keep.SurveyDays);
        erased["survey responses"] = await db.SurveyResponses
            .Where(s => s.SubmittedAt < surveys)
            .ExecuteDeleteAsync(cancellationToken);

        // The audit log is append-only for people; only its own retention period removes entries.
        var audit = now.AddDays(-keep.AuditDays);
        erased["audit entries"] = await db.AuditLog
            .Where(a => a.At < audit)
            .ExecuteDeleteAsync(cancellationToken);

        if (erased.Values.Sum() == 0)
        {
            return erased;
        }

        db.AuditLog.Add(new AuditEntry
        {
            At = now,
            UserId = SystemUser,
            UserName = "Retention job",
            Action = "erased",
            EntityType = "retention",
            EntityId = now.ToString("yyyy-MM-dd"),
            Detail = string.Join(", ", erased.Where(kv => kv.Value > 0).Select(kv => $"{kv.Value} {kv.Key}")),
        });
        await db.SaveChangesAsync(cancellationToken);
        return erased;
    }
}
