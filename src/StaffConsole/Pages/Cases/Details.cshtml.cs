using System.ComponentModel.DataAnnotations;
using FamilyServices.Casework.Cases;
using FamilyServices.Casework.ContactRequests;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.Referrals;
using FamilyServices.StaffConsole.Audit;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.Cases;

/// <summary>A case: the person, their family and how to reach them, consents, referrals, notes and the timeline.</summary>
public class DetailsModel(RecordScope scope, CaseworkDbContext db, AuditTrail audit, CurrentStaff staff, StaffDirectory directory, TimeProvider clock) : PageModel
{
    public sealed class NoteCommand
    {
        [Required(ErrorMessage = "Enter the note")]
        [StringLength(4000, ErrorMessage = "The note must be 4000 characters or fewer")]
        public string? Text { get; set; }
    }

    public sealed record ReferralRow(Guid Id, string Service, string ForWhom, ReferralStatus Status, DateTime CreatedAt, string CreatedByUserId);

    public Case Case { get; private set; } = null!;
    public IReadOnlyList<TimelineItem> Timeline { get; private set; } = [];
    public IReadOnlyList<ReferralRow> Referrals { get; private set; } = [];
    public IReadOnlyList<Escalation> Escalations { get; private set; } = [];
    public IReadOnlyList<ContactRequest> ContactRequests { get; private set; } = [];
    public Dictionary<string, string> StaffNames { get; private set; } = [];

    public string StaffName(string? id) => id is null ? "" : StaffNames.GetValueOrDefault(id, "System");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await audit.ViewedAsync(AuditTrail.Records.Case, id, Case.EstablishmentId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostNoteAsync(Guid id, NoteCommand note, CancellationToken cancellationToken)
    {
        var record = await scope.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        // Notes are only ever added, so two workers writing at once both keep theirs: no version needed.
        db.CaseNotes.Add(new CaseNote { CaseId = id, Text = note.Text!.Trim(), AuthorUserId = staff.Id, WrittenAt = clock.GetUtcNow().UtcDateTime });
        audit.Changed("note added", AuditTrail.Records.Case, id, record.EstablishmentId);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = "Note added";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await scope.Cases.AsNoTracking().AsSplitQuery()
            .Include(c => c.SignificantOthers).Include(c => c.Consents).Include(c => c.Notes).Include(c => c.Events)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null)
        {
            return false;
        }

        Case = record;
        Referrals = await db.Referrals.AsNoTracking().Where(r => r.CaseId == id).OrderByDescending(r => r.CreatedAt)
            .Select(r => new ReferralRow(r.Id, r.Service!.Name, r.ForWhom, r.Status, r.CreatedAt, r.CreatedByUserId)).ToListAsync(cancellationToken);
        Escalations = await db.Escalations.AsNoTracking().Where(e => e.CaseId == id).OrderByDescending(e => e.RaisedAt).ToListAsync(cancellationToken);
        ContactRequests = await db.ContactRequests.AsNoTracking().Where(r => r.CaseId == id).OrderByDescending(r => r.RequestedAt).ToListAsync(cancellationToken);
        Timeline = await CaseTimeline.ForAsync(db, record, Escalations, Referrals, ContactRequests, cancellationToken);
        StaffNames = await directory.NamesAsync(Timeline.Select(t => t.ActorUserId).Append(record.AssignedToUserId), cancellationToken);
        return true;
    }
}
