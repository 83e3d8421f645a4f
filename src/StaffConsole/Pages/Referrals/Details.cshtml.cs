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

/// <summary>A referral: what was sent on which consent, and what the service did with it.</summary>
public class DetailsModel(RecordScope scope, CaseworkDbContext db, AuditTrail audit, CurrentStaff staff, StaffDirectory directory, TimeProvider clock) : PageModel
{
    /// <summary>Where a referral can go from each status.</summary>
    public static readonly IReadOnlyDictionary<ReferralStatus, ReferralStatus[]> Next = new Dictionary<ReferralStatus, ReferralStatus[]>
    {
        [ReferralStatus.Draft] = [ReferralStatus.Sent],
        [ReferralStatus.Sent] = [ReferralStatus.Accepted, ReferralStatus.Declined],
        [ReferralStatus.Accepted] = [ReferralStatus.Completed, ReferralStatus.Declined],
        [ReferralStatus.Declined] = [],
        [ReferralStatus.Completed] = [],
    };

    public sealed class Command
    {
        [Required(ErrorMessage = "Choose the new status")]
        public ReferralStatus? Status { get; set; }

        [StringLength(2000, ErrorMessage = "The outcome must be 2000 characters or fewer")]
        public string? Outcome { get; set; }

        public Guid? ConsentId { get; set; }

        public Guid Version { get; set; }
    }

    [BindProperty]
    public Command Input { get; set; } = new();

    public Referral Referral { get; private set; } = null!;
    public Case Case { get; private set; } = null!;
    public ConsentRecord? Consent { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public IReadOnlyList<Choice> ActiveConsents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.Version = Referral.Version;
        Input.Outcome = Referral.Outcome;
        await audit.ViewedAsync(AuditTrail.Records.Referral, id, Case.EstablishmentId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var to = Input.Status;
        if (ModelState.IsValid && !Next[Referral.Status].Contains(to!.Value))
        {
            ModelState.AddModelError("Input.Status", $"A referral that is {Labels.Words(Referral.Status).ToLowerInvariant()} cannot become {Labels.Words(to.Value).ToLowerInvariant()}");
        }

        // Sending needs consent that stands now, not consent that was withdrawn since the draft.
        var consentId = Input.ConsentId ?? Referral.ConsentRecordId;
        if (ModelState.IsValid && to == ReferralStatus.Sent && (consentId is null || ActiveConsents.All(c => c.Value != consentId.ToString())))
        {
            ModelState.AddModelError("Input.ConsentId", "Choose consent that has not been withdrawn before sending");
        }

        if (ModelState.IsValid && to is ReferralStatus.Declined or ReferralStatus.Completed && string.IsNullOrWhiteSpace(Input.Outcome))
        {
            ModelState.AddModelError("Input.Outcome", "Enter the outcome");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var referral = await scope.Referrals.Include(r => r.Service).SingleAsync(r => r.Id == id, cancellationToken);
        db.ExpectVersion(referral, Input.Version);
        var now = clock.GetUtcNow().UtcDateTime;
        var from = referral.Status;
        referral.Status = to!.Value;
        referral.Outcome = string.IsNullOrWhiteSpace(Input.Outcome) ? referral.Outcome : Input.Outcome.Trim();
        referral.UpdatedAt = now;
        if (to == ReferralStatus.Sent)
        {
            referral.ConsentRecordId = consentId;
            referral.SentAt = now;
        }

        var description = $"Referral to {referral.Service!.Name}: {Labels.Words(from).ToLowerInvariant()} → {Labels.Words(to.Value).ToLowerInvariant()}";
        db.CaseEvents.Add(new CaseEvent { CaseId = referral.CaseId, At = now, Kind = "referral", Description = description, ActorUserId = staff.Id });
        audit.Changed("status changed", AuditTrail.Records.Referral, id, Case.EstablishmentId, description);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            ModelState.AddModelError(string.Empty, Versions.ChangedBySomeoneElse("referral"));
            await LoadAsync(id, cancellationToken);
            Input.Version = Referral.Version;
            return Page();
        }

        TempData["Success"] = $"Referral {Labels.Words(to.Value).ToLowerInvariant()}";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var referral = await scope.Referrals.AsNoTracking().Include(r => r.Service).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is null)
        {
            return false;
        }

        Referral = referral;
        Case = await db.Cases.AsNoTracking().Include(c => c.Consents).SingleAsync(c => c.Id == referral.CaseId, cancellationToken);
        Consent = Case.Consents.SingleOrDefault(c => c.Id == referral.ConsentRecordId);
        ActiveConsents = Case.Consents.Where(c => c.WithdrawnAt == null).Select(c => new Choice(c.Id.ToString(), $"{c.GivenBy}: {c.Scope}")).ToList();
        CreatedBy = (await directory.NamesAsync([referral.CreatedByUserId], cancellationToken)).GetValueOrDefault(referral.CreatedByUserId, "System");
        return true;
    }
}
