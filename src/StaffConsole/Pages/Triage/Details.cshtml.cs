using System.ComponentModel.DataAnnotations;
using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Outbox;
using FamilyServices.Casework.Persistence;
using FamilyServices.StaffConsole.Audit;
using FamilyServices.StaffConsole.Shared;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.Triage;

/// <summary>
/// One escalation: what the family said and what the assistant told them, and what a worker does
/// next: claim or assign it, reply over the family's channel, record that Safer Custody was told,
/// open or link a case, move it on, close it with a reason.
/// </summary>
public class DetailsModel(
    RecordScope scope, CaseworkDbContext db, AuditTrail audit, CurrentStaff staff, StaffDirectory directory,
    ResponseTargets targets, TimeProvider clock) : PageModel
{
    public const int LongestReply = 1600;

    public sealed class AssignCommand
    {
        [Required(ErrorMessage = "Choose who to assign it to")]
        public string? AssigneeId { get; set; }
    }

    public sealed class StatusCommand
    {
        [Required(ErrorMessage = "Choose a status")]
        public EscalationStatus? Status { get; set; }
    }

    public sealed class CloseCommand
    {
        [Required(ErrorMessage = "Enter why you are closing it")]
        [StringLength(1000, ErrorMessage = "The reason must be 1000 characters or fewer")]
        public string? Reason { get; set; }
    }

    public sealed class ReplyCommand
    {
        [Required(ErrorMessage = "Enter your reply to the family")]
        [StringLength(LongestReply, ErrorMessage = "The reply must be 1600 characters or fewer")]
        public string? Text { get; set; }
    }

    public sealed class LinkCommand
    {
        [Required(ErrorMessage = "Enter the case reference, like K-2026-000123")]
        public string? CaseReference { get; set; }
    }

    public Escalation Escalation { get; private set; } = null!;
    public IReadOnlyList<ConversationMessage> Transcript { get; private set; } = [];
    public ResponseTime ResponseTime { get; private set; } = null!;
    public string? AssignedTo { get; private set; }
    public Case? LinkedCase { get; private set; }
    public IReadOnlyList<StaffMember> Assignees { get; private set; } = [];
    public Dictionary<string, string> StaffNames { get; private set; } = [];

    /// <summary>Why a reply cannot be sent, in words; null when it can.</summary>
    public string? CannotReply { get; private set; }

    public bool IsClosed => Escalation.Status is EscalationStatus.Closed;
    public bool AssignedToMe => Escalation.AssignedToUserId == staff.Id;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await audit.ViewedAsync(AuditTrail.Records.Escalation, id, Escalation.EstablishmentId, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostClaimAsync(Guid id, Guid version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, "claimed", escalation =>
        {
            escalation.AssignedToUserId = staff.Id;
            Acknowledge(escalation);
            return ("claimed", "You have claimed this escalation");
        }, cancellationToken);

    public async Task<IActionResult> OnPostAssignAsync(Guid id, Guid version, AssignCommand assign, CancellationToken cancellationToken)
    {
        var escalation = await scope.Escalations.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (escalation is null)
        {
            return NotFound();
        }

        var allowed = await directory.ForEstablishmentAsync(escalation.EstablishmentId, cancellationToken);
        var assignee = allowed.FirstOrDefault(a => a.Id == assign.AssigneeId);
        if (ModelState.IsValid && assignee is null)
        {
            ModelState.AddModelError("assign.AssigneeId", "Choose someone who works for this establishment");
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, cancellationToken);
        }

        return await ChangeAsync(id, version, "assigned", e =>
        {
            e.AssignedToUserId = assignee!.Id;
            Acknowledge(e);
            return ($"assigned to {assignee.Name}", $"Assigned to {assignee.Name}");
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, Guid version, StatusCommand change, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && change.Status is EscalationStatus.Closed or EscalationStatus.New)
        {
            ModelState.AddModelError("change.Status", change.Status == EscalationStatus.Closed
                ? "Close it with a reason using the form below"
                : "An escalation cannot go back to new");
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, cancellationToken);
        }

        var status = change.Status!.Value;
        return await ChangeAsync(id, version, "status changed", e =>
        {
            var before = e.Status;
            e.Status = status;
            Acknowledge(e);
            if (status == EscalationStatus.Resolved)
            {
                e.ResolvedAt ??= Now;
            }
            return ($"status {Labels.Words(before)} → {Labels.Words(status)}", $"Status changed to {Labels.Words(status).ToLowerInvariant()}");
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, Guid version, CloseCommand close, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, cancellationToken);
        }

        return await ChangeAsync(id, version, "closed", e =>
        {
            e.Status = EscalationStatus.Closed;
            e.ClosingReason = close.Reason!.Trim();
            e.ResolvedAt ??= Now;
            return ("closed with a reason", "Escalation closed");
        }, cancellationToken);
    }

    public Task<IActionResult> OnPostSaferCustodyAsync(Guid id, Guid version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, "safer custody told", e =>
        {
            e.SaferCustodyInformedAt = Now;
            return ("recorded that the prison's Safer Custody team was told", "Recorded that Safer Custody has been told");
        }, cancellationToken);

    public async Task<IActionResult> OnPostLinkAsync(Guid id, Guid version, LinkCommand link, CancellationToken cancellationToken)
    {
        Case? linked = null;
        if (ModelState.IsValid)
        {
            var reference = link.CaseReference!.Trim().ToUpperInvariant();
            linked = await scope.Cases.SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
            if (linked is null)
            {
                ModelState.AddModelError("link.CaseReference", "There is no case with that reference at your establishments");
            }
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, cancellationToken);
        }

        return await ChangeAsync(id, version, "linked to case", e =>
        {
            e.CaseId = linked!.Id;
            return ($"linked to case {linked.Reference}", $"Linked to case {linked.Reference}");
        }, cancellationToken);
    }

    /// <summary>
    /// The reply, its place in the transcript and its audit entry are one save: the family's message
    /// is never lost between them. The outbox sender in the assistant delivers it.
    /// </summary>
    public async Task<IActionResult> OnPostReplyAsync(Guid id, ReplyCommand reply, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.IsValid && CannotReply is not null)
        {
            ModelState.AddModelError("reply.Text", CannotReply);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = Now;
        var text = reply.Text!.Trim();
        var channel = Escalation.ContactChannel!.Value;
        var conversation = Escalation.ConversationId is { } conversationId
            ? await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken)
            : null;
        if (conversation is not null)
        {
            db.ConversationMessages.Add(new ConversationMessage
            {
                ConversationId = conversation.Id, Author = MessageAuthor.FamilyWorker, Text = text, Language = conversation.Language,
                SentAt = now, StaffUserId = staff.Id,
            });
        }

        db.Outbox.Add(new OutboxMessage
        {
            Channel = channel,
            // SMS goes to the phone number; web chat goes into the family's open conversation.
            To = channel == Channel.Sms ? Escalation.ContactAddress! : conversation!.ExternalId,
            ConversationId = conversation?.Id,
            Body = text,
            Purpose = "worker-reply",
            CreatedAt = now,
            NextAttemptAt = now,
            CreatedByUserId = staff.Id,
        });
        audit.Changed("replied", AuditTrail.Records.Escalation, id, Escalation.EstablishmentId, $"replied to the family by {Labels.Words(channel)}");
        if (Escalation.CaseId is { } caseId)
        {
            db.CaseEvents.Add(new CaseEvent { CaseId = caseId, At = now, Kind = "reply", Description = $"Reply sent to the family by {Labels.Words(channel)} on {Escalation.Reference}", ActorUserId = staff.Id });
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = $"Your reply is being sent by {Labels.Words(channel)}";
        return RedirectToPage(new { id });
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private void Acknowledge(Escalation escalation)
    {
        if (escalation.Status == EscalationStatus.New)
        {
            escalation.Status = EscalationStatus.Acknowledged;
        }

        escalation.AcknowledgedAt ??= Now;
    }

    /// <summary>One change to the escalation: refused if someone else saved since the worker's page was read.</summary>
    private async Task<IActionResult> ChangeAsync(Guid id, Guid version, string action, Func<Escalation, (string Detail, string Done)> change, CancellationToken cancellationToken)
    {
        var escalation = await scope.Escalations.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (escalation is null)
        {
            return NotFound();
        }

        db.ExpectVersion(escalation, version);
        var (detail, done) = change(escalation);
        escalation.UpdatedAt = Now;
        audit.Changed(action, AuditTrail.Records.Escalation, id, escalation.EstablishmentId, detail);
        if (escalation.CaseId is { } caseId)
        {
            db.CaseEvents.Add(new CaseEvent { CaseId = caseId, At = Now, Kind = "escalation", Description = $"{escalation.Reference}: {detail}", ActorUserId = staff.Id });
        }

        if (!await db.TrySaveAsync(cancellationToken))
        {
            ModelState.AddModelError(string.Empty, Versions.ChangedBySomeoneElse("escalation"));
            return await RedisplayAsync(id, cancellationToken);
        }

        TempData["Success"] = done;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> RedisplayAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var escalation = await scope.Escalations.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (escalation is null)
        {
            return false;
        }

        Escalation = escalation;
        ResponseTime = targets.For(escalation.Severity, escalation.RaisedAt, escalation.AcknowledgedAt);
        Transcript = escalation.ConversationId is { } conversationId
            ? await db.ConversationMessages.AsNoTracking().Where(m => m.ConversationId == conversationId).OrderBy(m => m.Id).ToListAsync(cancellationToken)
            : [];
        LinkedCase = escalation.CaseId is { } caseId ? await scope.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken) : null;
        Assignees = await directory.ForEstablishmentAsync(escalation.EstablishmentId, cancellationToken);
        StaffNames = await directory.NamesAsync(Transcript.Select(m => m.StaffUserId).Append(escalation.AssignedToUserId), cancellationToken);
        AssignedTo = escalation.AssignedToUserId is null ? null : StaffNames.GetValueOrDefault(escalation.AssignedToUserId, "Unknown");
        CannotReply = await WhyNoReplyAsync(escalation, cancellationToken);
        return true;
    }

    private async Task<string?> WhyNoReplyAsync(Escalation escalation, CancellationToken cancellationToken)
    {
        switch (escalation.ContactChannel)
        {
            case Channel.Sms when !string.IsNullOrEmpty(escalation.ContactAddress):
                var optedOut = await db.ContactPreferences.AnyAsync(p => p.Channel == Channel.Sms && p.Address == escalation.ContactAddress && p.OptedOut, cancellationToken);
                return optedOut ? "This family texted STOP, so no SMS can be sent to them. Contact them another way if it is safe to." : null;
            case Channel.WebChat when escalation.ConversationId is not null:
                return null;
            default:
                return escalation.Anonymous
                    ? "The family chose to stay anonymous, so there is no way to reply to them."
                    : "The family did not leave a way to reply through the assistant.";
        }
    }
}
