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

/// <summary>Add a family member or significant other to a case, with how to reach them.</summary>
public class AddPersonModel(RecordScope scope, CaseworkDbContext db, AuditTrail audit, CurrentStaff staff, TimeProvider clock) : PageModel
{
    public sealed class Command
    {
        [Required(ErrorMessage = "Enter their name")]
        [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Enter who they are to the person in prison, like mother or partner")]
        [StringLength(100, ErrorMessage = "The relationship must be 100 characters or fewer")]
        public string? Relationship { get; set; }

        [RegularExpression(@"^\s*\+?[\d\s()-]{7,20}\s*$", ErrorMessage = "Enter a phone number, like 07700 900123")]
        public string? Phone { get; set; }

        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
        public string? Email { get; set; }

        [StringLength(500, ErrorMessage = "The address must be 500 characters or fewer")]
        public string? PostalAddress { get; set; }

        [StringLength(10)]
        public string? PreferredLanguage { get; set; }

        [StringLength(1000, ErrorMessage = "Notes must be 1000 characters or fewer")]
        public string? Notes { get; set; }
    }

    [BindProperty]
    public Command Input { get; set; } = new();

    public Case Case { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

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

        var now = clock.GetUtcNow().UtcDateTime;
        db.SignificantOthers.Add(new SignificantOther
        {
            CaseId = id, Name = Input.Name!.Trim(), Relationship = Input.Relationship!.Trim(), Phone = PhoneNumbers.Normalise(Input.Phone),
            Email = Blank(Input.Email), PostalAddress = Blank(Input.PostalAddress), PreferredLanguage = Blank(Input.PreferredLanguage), Notes = Blank(Input.Notes),
        });
        db.CaseEvents.Add(new CaseEvent { CaseId = id, At = now, Kind = "person", Description = $"{Input.Name!.Trim()} ({Input.Relationship!.Trim()}) added", ActorUserId = staff.Id });
        audit.Changed("person added", AuditTrail.Records.Case, id, Case.EstablishmentId);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = $"{Input.Name!.Trim()} added";
        return RedirectToPage("/Cases/Details", new { id });
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = (await scope.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken))!;
        return Case is not null;
    }
}
