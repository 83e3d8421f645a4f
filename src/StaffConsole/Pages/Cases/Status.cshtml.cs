using System.ComponentModel.DataAnnotations;
using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Persistence;
using FamilyServices.StaffConsole.Audit;
using FamilyServices.StaffConsole.Shared;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.Cases;

/// <summary>Close a case with a reason, or reopen it.</summary>
public class StatusModel(RecordScope scope, CaseworkDbContext db, AuditTrail audit, CurrentStaff staff, TimeProvider clock) : PageModel
{
    public sealed class Command
    {
        [Required(ErrorMessage = "Enter the reason")]
        [StringLength(1000, ErrorMessage = "The reason must be 1000 characters or fewer")]
        public string? Reason { get; set; }

        public Guid Version { get; set; }
    }

    [BindProperty]
    public Command Input { get; set; } = new();

    public Case Case { get; private set; } = null!;
    public bool Closing => Case.Status == CaseStatus.Open;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.Version = Case.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var record = await scope.Cases.SingleAsync(c => c.Id == id, cancellationToken);
        db.ExpectVersion(record, Input.Version);
        var now = clock.GetUtcNow().UtcDateTime;
        var closing = record.Status == CaseStatus.Open;
        record.Status = closing ? CaseStatus.Closed : CaseStatus.Open;
        record.ClosedAt = closing ? now : null;
        var description = $"{(closing ? "Closed" : "Reopened")}: {Input.Reason!.Trim()}";
        db.CaseEvents.Add(new CaseEvent { CaseId = id, At = now, Kind = "status", Description = description, ActorUserId = staff.Id });
        audit.Changed(closing ? "closed" : "reopened", AuditTrail.Records.Case, id, record.EstablishmentId);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            ModelState.AddModelError(string.Empty, Versions.ChangedBySomeoneElse("case"));
            await LoadAsync(id, cancellationToken);
            Input.Version = Case.Version;
            return Page();
        }

        TempData["Success"] = closing ? "Case closed" : "Case reopened";
        return RedirectToPage("/Cases/Details", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = (await scope.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken))!;
        return Case is not null;
    }
}
