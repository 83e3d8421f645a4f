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

/// <summary>Record what someone agreed to: by whom, what, and when.</summary>
public class RecordConsentModel(RecordScope scope, CaseworkDbContext db, AuditTrail audit, CurrentStaff staff, TimeProvider clock) : PageModel
{
    public sealed class Command
    {
        [Required(ErrorMessage = "Choose who gave consent")]
        public string? GivenBy { get; set; }

        [Required(ErrorMessage = "Enter what they agreed to")]
        [StringLength(500, ErrorMessage = "What they agreed to must be 500 characters or fewer")]
        public string? Scope { get; set; }

        [Required(ErrorMessage = "Enter the date consent was given")]
        [DataType(DataType.Date)]
        public DateOnly? GivenOn { get; set; }
    }

    [BindProperty]
    public Command Input { get; set; } = new();

    public Case Case { get; private set; } = null!;

    public IReadOnlyList<Choice> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Input.GivenOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.IsValid && People.All(p => p.Value != Input.GivenBy))
        {
            ModelState.AddModelError("Input.GivenBy", "Choose who gave consent");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (ModelState.IsValid && Input.GivenOn > today)
        {
            ModelState.AddModelError("Input.GivenOn", "The date consent was given must be today or in the past");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var givenAt = Input.GivenOn == today ? now : Input.GivenOn!.Value.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        db.ConsentRecords.Add(new ConsentRecord { CaseId = id, GivenBy = Input.GivenBy!, Scope = Input.Scope!.Trim(), GivenAt = givenAt, RecordedByUserId = staff.Id });
        audit.Changed("consent recorded", AuditTrail.Records.Case, id, Case.EstablishmentId, $"consent from {Input.GivenBy}");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = "Consent recorded";
        return RedirectToPage("/Cases/Details", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await scope.Cases.AsNoTracking().Include(c => c.SignificantOthers).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null)
        {
            return false;
        }

        Case = record;
        People = record.SignificantOthers.OrderBy(p => p.Name).Select(p => new Choice(p.Name, $"{p.Name} ({p.Relationship})"))
            .Prepend(new Choice(record.PrisonerName, $"{record.PrisonerName} (the person in prison)")).ToList();
        return true;
    }
}
