using System.ComponentModel.DataAnnotations;
using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.References;
using FamilyServices.StaffConsole.Audit;
using FamilyServices.StaffConsole.Shared;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.Cases;

/// <summary>Open a case for a person in prison, from an escalation (filled in from it and linked) or from nothing.</summary>
public class CreateModel(RecordScope scope, CaseworkDbContext db, AuditTrail audit, CurrentStaff staff, ReferenceNumbers references, TimeProvider clock) : PageModel
{
    public sealed class Command
    {
        [Required(ErrorMessage = "Enter the name of the person in prison")]
        [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
        public string? PrisonerName { get; set; }

        [RegularExpression(@"^\s*[A-Za-z]\d{4}[A-Za-z]{2}\s*$", ErrorMessage = "Enter a prison number like A1234BC")]
        public string? PrisonNumber { get; set; }

        [Required(ErrorMessage = "Choose the establishment the person is in")]
        public string? EstablishmentId { get; set; }
    }

    [BindProperty]
    public Command Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? EscalationId { get; set; }

    public Escalation? FromEscalation { get; private set; }
    public IReadOnlyList<Choice> Establishments => Labels.Establishments(staff.Establishments).Select(e => new Choice(e.Id, e.Name)).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadEscalationAsync(cancellationToken))
        {
            return NotFound();
        }

        if (FromEscalation is { } escalation)
        {
            Input = new Command { PrisonerName = escalation.PrisonerName, PrisonNumber = escalation.PrisonNumber, EstablishmentId = escalation.EstablishmentId };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadEscalationAsync(cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.IsValid && !scope.Covers(Input.EstablishmentId))
        {
            ModelState.AddModelError("Input.EstablishmentId", "Choose an establishment you work for");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var record = new Case
        {
            Reference = await references.NextAsync(ReferenceNumbers.Case, cancellationToken),
            PrisonerName = Input.PrisonerName!.Trim(),
            PrisonNumber = Input.PrisonNumber?.Trim().ToUpperInvariant(),
            EstablishmentId = Input.EstablishmentId!,
            OpenedAt = now,
            AssignedToUserId = staff.Id,
        };
        record.Events.Add(new CaseEvent { At = now, Kind = "opened", Description = "Case opened", ActorUserId = staff.Id });
        db.Cases.Add(record);
        audit.Changed("created", AuditTrail.Records.Case, record.Id, record.EstablishmentId);

        if (FromEscalation is not null)
        {
            // Tracked again here because the page read it without tracking.
            var escalation = await scope.Escalations.SingleAsync(e => e.Id == FromEscalation.Id, cancellationToken);
            escalation.CaseId = record.Id;
            escalation.UpdatedAt = now;
            if (!escalation.Anonymous && escalation.RaisedByName is { Length: > 0 } name)
            {
                record.SignificantOthers.Add(new SignificantOther
                {
                    Name = name,
                    Relationship = escalation.RaisedByRelationship ?? "not given",
                    Phone = escalation.ContactChannel == Channel.Sms ? escalation.ContactAddress : null,
                    PreferredLanguage = escalation.Language,
                });
            }
            record.Events.Add(new CaseEvent { At = now, Kind = "escalation", Description = $"Opened from {escalation.Reference}", ActorUserId = staff.Id });
            audit.Changed("linked to case", AuditTrail.Records.Escalation, escalation.Id, escalation.EstablishmentId, $"linked to case {record.Reference}");
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = $"Case {record.Reference} opened";
        return RedirectToPage("/Cases/Details", new { id = record.Id });
    }

    private async Task<bool> LoadEscalationAsync(CancellationToken cancellationToken)
    {
        if (EscalationId is not { } id)
        {
            return true;
        }

        FromEscalation = await scope.Escalations.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        return FromEscalation is not null;
    }
}
