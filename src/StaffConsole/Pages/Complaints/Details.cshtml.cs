using System.ComponentModel.DataAnnotations;
using FamilyServices.Casework.Complaints;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Outbox;
using FamilyServices.Casework.Persistence;
using FamilyServices.StaffConsole.Audit;
using FamilyServices.StaffConsole.Shared;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.Complaints;

/// <summary>How the response reaches the family: sent through the assistant's outbox, or recorded only (and why).</summary>
public sealed record Delivery(Channel? SendsBy, string? To, string Explanation);

/// <summary>
/// One complaint: what happened and its deadline; a worker takes it or gives it to a colleague,
/// records the response (sent to the family over the channel they asked for) and the outcome.
/// </summary>
public class DetailsModel(RecordScope scope, CaseworkDbContext db, AuditTrail audit, CurrentStaff staff, StaffDirectory directory, TimeProvider clock) : PageModel
{
    public const int LongestResponse = 1600;

    public sealed class AssignCommand
    {
        [Required(ErrorMessage = "Choose who to assign it to")]
        public string? AssigneeId { get; set; }
    }

    public sealed class RespondCommand
    {
        [Required(ErrorMessage = "Enter your response to the family")]
        [StringLength(LongestResponse, ErrorMessage = "The response must be 1600 characters or fewer")]
        public string? Text { get; set; }

        [Required(ErrorMessage = "Choose the outcome")]
        public ComplaintOutcome? Outcome { get; set; }
    }

    public sealed class StatusCommand
    {
        [Required(ErrorMessage = "Choose a status")]
        public ComplaintStatus? Status { get; set; }

        public ComplaintOutcome? Outcome { get; set; }
    }

    public Complaint Complaint { get; private set; } = null!;
    public Deadline Deadline { get; private set; } = null!;
    public Delivery Delivery { get; private set; } = null!;
    public string? AssignedTo { get; private set; }
    public string? RespondedBy { get; private set; }
    public IReadOnlyList<StaffMember> Colleagues { get; private set; } = [];
    public bool AssignedToMe => Complaint.AssignedToUserId == staff.Id;
    public bool Answered => Complaint.RespondedAt is not null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await audit.ViewedAsync(AuditTrail.Records.Complaint, id, Complaint.EstablishmentId, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostClaimAsync(Guid id, Guid version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, "assigned", complaint =>
        {
            Assign(complaint, staff.Id);
            return ("assigned to themselves", "You have taken this complaint");
        }, cancellationToken);

    public async Task<IActionResult> OnPostAssignAsync(Guid id, Guid version, AssignCommand assign, CancellationToken cancellationToken)
    {
        var complaint = await scope.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is null)
        {
            return NotFound();
        }

        var colleague = (await directory.ForEstablishmentAsync(complaint.EstablishmentId, cancellationToken)).FirstOrDefault(s => s.Id == assign.AssigneeId);
        if (ModelState.IsValid && colleague is null)
        {
            ModelState.AddModelError("assign.AssigneeId", "Choose someone who works for this establishment");
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, cancellationToken);
        }

        return await ChangeAsync(id, version, "assigned", c =>
        {
            Assign(c, colleague!.Id);
            return ($"assigned to {colleague.Name}", $"Assigned to {colleague.Name}");
        }, cancellationToken);
    }

    /// <summary>
    /// The response, its outbox message and its audit entry are one save: a response is never
    /// recorded without being sent, nor sent without being recorded. The assistant's senders deliver it.
    /// </summary>
    public async Task<IActionResult> OnPostRespondAsync(Guid id, Guid version, RespondCommand respond, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, cancellationToken);
        }

        var text = respond.Text!.Trim();
        return await ChangeAsync(id, version, "responded", complaint =>
        {
            var now = Now;
            complaint.Response = text;
            complaint.RespondedAt ??= now;
            complaint.Outcome = respond.Outcome;
            complaint.Status = ComplaintStatus.Responded;
            complaint.AssignedToUserId ??= staff.Id;
            if (Delivery.SendsBy is { } channel)
            {
                db.Outbox.Add(new OutboxMessage
                {
                    Channel = channel, To = Delivery.To!, ConversationId = complaint.ConversationId, Body = text, Purpose = "complaint-response",
                    CreatedAt = now, NextAttemptAt = now, CreatedByUserId = staff.Id,
                });
                // Sent into the conversation the complaint came from, it belongs in that conversation's transcript.
                if (complaint.ConversationId is { } conversationId && complaint.Channel == channel)
                {
                    db.ConversationMessages.Add(new ConversationMessage
                    {
                        ConversationId = conversationId, Author = MessageAuthor.FamilyWorker, Text = text, Language = complaint.Language, SentAt = now, StaffUserId = staff.Id,
                    });
                }
                return ($"response sent by {Labels.Words(channel)}, outcome {Labels.Words(respond.Outcome)}", $"Your response is being sent by {Labels.Words(channel)}");
            }

            return ($"response recorded, not sent, outcome {Labels.Words(respond.Outcome)}", "Your response is recorded");
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, Guid version, StatusCommand change, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && change.Status == ComplaintStatus.Closed && change.Outcome is null)
        {
            ModelState.AddModelError("change.Outcome", "Choose the outcome before you close the complaint");
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, cancellationToken);
        }

        return await ChangeAsync(id, version, "status changed", c =>
        {
            var before = c.Status;
            c.Status = change.Status!.Value;
            c.Outcome = change.Outcome ?? c.Outcome;
            return ($"status {Labels.Words(before)} → {Labels.Words(c.Status)}, outcome {Labels.Words(c.Outcome)}", $"Status changed to {Labels.Words(c.Status).ToLowerInvariant()}");
        }, cancellationToken);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static void Assign(Complaint complaint, string userId)
    {
        complaint.AssignedToUserId = userId;
        if (complaint.Status == ComplaintStatus.Received)
        {
            complaint.Status = ComplaintStatus.Assigned;
        }
    }

    /// <summary>One change to the complaint: refused if someone else saved since the worker's page was read.</summary>
    private async Task<IActionResult> ChangeAsync(Guid id, Guid version, string action, Func<Complaint, (string Detail, string Done)> change, CancellationToken cancellationToken)
    {
        var complaint = await scope.Complaints.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is null)
        {
            return NotFound();
        }

        Delivery = await DeliveryAsync(complaint, cancellationToken);
        db.ExpectVersion(complaint, version);
        var (detail, done) = change(complaint);
        audit.Changed(action, AuditTrail.Records.Complaint, id, complaint.EstablishmentId, detail);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            ModelState.AddModelError(string.Empty, Versions.ChangedBySomeoneElse("complaint"));
            return await RedisplayAsync(id, cancellationToken);
        }

        TempData["Success"] = done;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> RedisplayAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var complaint = await scope.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is null)
        {
            return false;
        }

        Complaint = complaint;
        Deadline = Deadline.For(complaint, Now);
        Delivery = await DeliveryAsync(complaint, cancellationToken);
        Colleagues = await directory.ForEstablishmentAsync(complaint.EstablishmentId, cancellationToken);
        var names = await directory.NamesAsync([complaint.AssignedToUserId], cancellationToken);
        AssignedTo = complaint.AssignedToUserId is null ? null : names.GetValueOrDefault(complaint.AssignedToUserId, "Unknown");
        return true;
    }

    /// <summary>The channel the family asked for a reply on: SMS and web chat go through the outbox, anything else the worker sends.</summary>
    private async Task<Delivery> DeliveryAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        if (!complaint.WantsReply)
        {
            return new Delivery(null, null, "The family did not ask for a reply. Your response is recorded only.");
        }

        switch (complaint.ReplyChannel)
        {
            case Channel.Sms when !string.IsNullOrEmpty(complaint.ReplyAddress):
                var optedOut = await db.ContactPreferences.AnyAsync(p => p.Channel == Channel.Sms && p.Address == complaint.ReplyAddress && p.OptedOut, cancellationToken);
                return optedOut
                    ? new Delivery(null, null, "The family texted STOP, so no SMS can be sent. Your response is recorded only.")
                    : new Delivery(Channel.Sms, complaint.ReplyAddress, $"Your response is sent by SMS to {complaint.ReplyAddress}.");
            case Channel.WebChat when complaint.ConversationId is { } conversationId:
                var externalId = await db.Conversations.Where(c => c.Id == conversationId).Select(c => c.ExternalId).SingleOrDefaultAsync(cancellationToken);
                return externalId is null
                    ? new Delivery(null, null, "The family's web chat conversation no longer exists. Your response is recorded only.")
                    : new Delivery(Channel.WebChat, externalId, "Your response is sent into the family's web chat conversation.");
            case { } other when !string.IsNullOrEmpty(complaint.ReplyAddress):
                return new Delivery(null, null, $"The family asked for a reply by {Labels.Words(other).ToLowerInvariant()} at {complaint.ReplyAddress}. Send it yourself; your response is recorded here.");
            default:
                return new Delivery(null, null, "The family did not leave a way to reply. Your response is recorded only.");
        }
    }
}
