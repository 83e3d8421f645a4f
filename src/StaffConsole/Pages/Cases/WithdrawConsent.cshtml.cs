using System.ComponentModel.DataAnnotations;
using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Persistence;
using FamilyServices.StaffConsole.Audit;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.Cases;

/// <summary>Withdrawn consent is kept, marked withdrawn with when and why: the record of what was agreed stays.</summary>
public class WithdrawConsentModel(RecordScope scope, CaseworkDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    public sealed class Command
    {
        [Required(ErrorMessage = "Enter why consent was withdrawn")]
        [StringLength(500, ErrorMessage = "The reason must be 500 characters or fewer")]
        public string? Reason { get; set; }
    }

    [BindProperty]
    public Command Input { get; set; } = new();

    public Case Case { get; private set; } = null!;
    public ConsentRecord Consent { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid consentId, CancellationToken cancellationToken) =>
        await LoadAsync(id, consentId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid consentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, consentId, cancellationToken))
        {
            return NotFound();
        }

        if (!Consent.IsActive)
        {
            TempData["Success"] = "That consent was already withdrawn";
            return RedirectToPage("/Cases/Details", new { id });
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var consent = await db.ConsentRecords.SingleAsync(c => c.Id == consentId, cancellationToken);
        consent.WithdrawnAt = clock.GetUtcNow().UtcDateTime;
        consent.WithdrawnReason = Input.Reason!.Trim();
        audit.Changed("consent withdrawn", AuditTrail.Records.Case, id, Case.EstablishmentId, $"consent from {consent.GivenBy} withdrawn");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = "Consent withdrawn";
        return RedirectToPage("/Cases/Details", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, Guid consentId, CancellationToken cancellationToken)
    {
        var record = await scope.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        var consent = record is null ? null : await db.ConsentRecords.AsNoTracking().SingleOrDefaultAsync(c => c.Id == consentId && c.CaseId == id, cancellationToken);
        if (record is null || consent is null)
        {
            return false;
        }

        Case = record;
        Consent = consent;
        return true;
    }
}
