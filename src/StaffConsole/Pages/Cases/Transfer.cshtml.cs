using System.ComponentModel.DataAnnotations;
using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Establishments;
using FamilyServices.Casework.Persistence;
using FamilyServices.StaffConsole.Audit;
using FamilyServices.StaffConsole.Shared;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.Cases;

/// <summary>
/// The person has moved prison: the case, its history, referrals and people move with them, and
/// the new establishment's workers take it on.
/// </summary>
public class TransferModel(RecordScope scope, CaseworkDbContext db, AuditTrail audit, CurrentStaff staff, TimeProvider clock) : PageModel
{
    public sealed class Command
    {
        [Required(ErrorMessage = "Choose the establishment the person has moved to")]
        public string? EstablishmentId { get; set; }

        public Guid Version { get; set; }
    }

    [BindProperty]
    public Command Input { get; set; } = new();

    public Case Case { get; private set; } = null!;

    public IReadOnlyList<Choice> Destinations =>
        Establishment.Known.Where(e => e.Id != Case.EstablishmentId).Select(e => new Choice(e.Id, e.Name)).ToList();

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

        if (ModelState.IsValid && Destinations.All(d => d.Value != Input.EstablishmentId))
        {
            ModelState.AddModelError("Input.EstablishmentId", "Choose an establishment other than the one the person is in now");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var record = await scope.Cases.SingleAsync(c => c.Id == id, cancellationToken);
        db.ExpectVersion(record, Input.Version);
        var from = record.EstablishmentId;
        record.EstablishmentId = Input.EstablishmentId!;
        var stays = scope.Covers(record.EstablishmentId);
        if (!stays)
        {
            // The new establishment's workers pick it up; the old worker can no longer see it.
            record.AssignedToUserId = null;
        }

        var description = $"Transferred from {Labels.Establishment(from)} to {Labels.Establishment(record.EstablishmentId)}";
        db.CaseEvents.Add(new CaseEvent { CaseId = id, At = clock.GetUtcNow().UtcDateTime, Kind = "transfer", Description = description, ActorUserId = staff.Id });
        audit.Changed("transferred", AuditTrail.Records.Case, id, record.EstablishmentId, description);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            ModelState.AddModelError(string.Empty, Versions.ChangedBySomeoneElse("case"));
            await LoadAsync(id, cancellationToken);
            Input.Version = Case.Version;
            return Page();
        }

        TempData["Success"] = description;
        return stays ? RedirectToPage("/Cases/Details", new { id }) : RedirectToPage("/Cases/Index");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = (await scope.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken))!;
        return Case is not null;
    }
}
