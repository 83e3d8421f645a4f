using System.ComponentModel.DataAnnotations;
using FamilyServices.Casework.ContactRequests;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.References;
using FamilyServices.StaffConsole.Audit;
using FamilyServices.StaffConsole.Shared;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyServices.StaffConsole.Pages.ContactRequests;

/// <summary>A person in prison without family contact (or a family member in person) asks a worker to help them get back in touch.</summary>
public class CreateModel(RecordScope scope, CaseworkDbContext db, AuditTrail audit, CurrentStaff staff, ReferenceNumbers references, TimeProvider clock) : PageModel
{
    public sealed class Command
    {
        [Required(ErrorMessage = "Choose who asked")]
        public ContactRequestOrigin? Origin { get; set; }

        [Required(ErrorMessage = "Enter the name of the person in prison")]
        [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
        public string? PrisonerName { get; set; }

        [RegularExpression(@"^\s*[A-Za-z]\d{4}[A-Za-z]{2}\s*$", ErrorMessage = "Enter a prison number like A1234BC")]
        public string? PrisonNumber { get; set; }

        [Required(ErrorMessage = "Choose the establishment")]
        public string? EstablishmentId { get; set; }

        [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
        public string? FamilyMemberName { get; set; }

        [StringLength(100, ErrorMessage = "The relationship must be 100 characters or fewer")]
        public string? Relationship { get; set; }
    }

    [BindProperty]
    public Command Input { get; set; } = new();

    public IReadOnlyList<Choice> Establishments => Labels.Establishments(staff.Establishments).Select(e => new Choice(e.Id, e.Name)).ToList();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && !scope.Covers(Input.EstablishmentId))
        {
            ModelState.AddModelError("Input.EstablishmentId", "Choose an establishment you work for");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var request = new ContactRequest
        {
            Reference = await references.NextAsync(ReferenceNumbers.ContactRequest, cancellationToken),
            Origin = Input.Origin!.Value, PrisonerName = Input.PrisonerName!.Trim(), PrisonNumber = Input.PrisonNumber?.Trim().ToUpperInvariant(),
            EstablishmentId = Input.EstablishmentId, FamilyMemberName = Input.FamilyMemberName?.Trim(), Relationship = Input.Relationship?.Trim(),
            RequestedAt = now, UpdatedAt = now, AssignedToUserId = staff.Id,
        };
        db.ContactRequests.Add(request);
        audit.Changed("created", AuditTrail.Records.ContactRequest, request.Id, request.EstablishmentId);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = $"Request {request.Reference} recorded";
        return RedirectToPage("/ContactRequests/Details", new { id = request.Id });
    }
}
