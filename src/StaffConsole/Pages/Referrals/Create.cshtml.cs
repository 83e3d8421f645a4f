using System.ComponentModel.DataAnnotations;
using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.Referrals;
using FamilyServices.StaffConsole.Audit;
using FamilyServices.StaffConsole.Shared;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.Referrals;

/// <summary>Refer someone on a case to an outside service. It can be sent only on consent that has not been withdrawn.</summary>
public class CreateModel(RecordScope scope, CaseworkDbContext db, AuditTrail audit, CurrentStaff staff, TimeProvider clock) : PageModel
{
    public sealed class Command
    {
        [Required(ErrorMessage = "Choose the service")]
        public int? ServiceId { get; set; }

        [Required(ErrorMessage = "Choose who is being referred")]
        public string? ForWhom { get; set; }

        [Required(ErrorMessage = "Enter why you are referring them")]
        [StringLength(2000, ErrorMessage = "The reason must be 2000 characters or fewer")]
        public string? Reason { get; set; }

        public Guid? ConsentId { get; set; }

        /// <summary>"send" or "draft".</summary>
        public string? Action { get; set; }
    }

    [BindProperty]
    public Command Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid CaseId { get; set; }

    public Case Case { get; private set; } = null!;
    public IReadOnlyList<Choice> Services { get; private set; } = [];
    public IReadOnlyList<Choice> People { get; private set; } = [];
    public IReadOnlyList<Choice> Consents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var sending = Input.Action != "draft";
        if (ModelState.IsValid)
        {
            if (Services.All(s => s.Value != Input.ServiceId.ToString()))
            {
                ModelState.AddModelError("Input.ServiceId", "Choose a service from the list");
            }

            if (People.All(p => p.Value != Input.ForWhom))
            {
                ModelState.AddModelError("Input.ForWhom", "Choose who is being referred");
            }

            if (Input.ConsentId is { } chosen && Consents.All(c => c.Value != chosen.ToString()))
            {
                ModelState.AddModelError("Input.ConsentId", "Choose consent that has not been withdrawn");
            }
            else if (sending && Input.ConsentId is null)
            {
                ModelState.AddModelError("Input.ConsentId", Consents.Count == 0
                    ? "Record consent on the case before sending a referral, or save it as a draft"
                    : "Choose the consent this referral is sent on, or save it as a draft");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var service = Services.Single(s => s.Value == Input.ServiceId.ToString()).Text;
        var referral = new Referral
        {
            CaseId = CaseId, ReferralServiceId = Input.ServiceId!.Value, ForWhom = Input.ForWhom!, Reason = Input.Reason!.Trim(), ConsentRecordId = Input.ConsentId,
            Status = sending ? ReferralStatus.Sent : ReferralStatus.Draft, SentAt = sending ? now : null, CreatedByUserId = staff.Id, CreatedAt = now, UpdatedAt = now,
        };
        db.Referrals.Add(referral);
        db.CaseEvents.Add(new CaseEvent { CaseId = CaseId, At = now, Kind = "referral", Description = $"Referral to {service} for {referral.ForWhom} {(sending ? "sent" : "saved as a draft")}", ActorUserId = staff.Id });
        audit.Changed(sending ? "sent" : "created", AuditTrail.Records.Referral, referral.Id, Case.EstablishmentId, $"to {service}");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = sending ? $"Referral to {service} recorded as sent" : $"Referral to {service} saved as a draft";
        return RedirectToPage("/Referrals/Details", new { id = referral.Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var record = await scope.Cases.AsNoTracking().Include(c => c.SignificantOthers).Include(c => c.Consents).SingleOrDefaultAsync(c => c.Id == CaseId, cancellationToken);
        if (record is null)
        {
            return false;
        }

        Case = record;
        Services = await db.ReferralServices.AsNoTracking().Where(s => s.Active).OrderBy(s => s.Name)
            .Select(s => new Choice(s.Id.ToString(), s.Name)).ToListAsync(cancellationToken);
        People = record.SignificantOthers.OrderBy(p => p.Name).Select(p => new Choice(p.Name, $"{p.Name} ({p.Relationship})"))
            .Prepend(new Choice(record.PrisonerName, $"{record.PrisonerName} (the person in prison)")).ToList();
        Consents = record.Consents.Where(c => c.WithdrawnAt == null).OrderByDescending(c => c.GivenAt)
            .Select(c => new Choice(c.Id.ToString(), $"{c.GivenBy}: {c.Scope} ({Labels.When(c.GivenAt)})")).ToList();
        return true;
    }
}
