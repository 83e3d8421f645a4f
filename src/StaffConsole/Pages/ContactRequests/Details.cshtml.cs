using System.ComponentModel.DataAnnotations;
using FamilyServices.Casework.Cases;
using FamilyServices.Casework.ContactRequests;
using FamilyServices.Casework.Persistence;
using FamilyServices.StaffConsole.Audit;
using FamilyServices.StaffConsole.Shared;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.ContactRequests;

/// <summary>One contact re-establishment request: both sides' consent, restrictions, and the stage it has reached.</summary>
public class DetailsModel(RecordScope scope, CaseworkDbContext db, AuditTrail audit, CurrentStaff staff, TimeProvider clock) : PageModel
{
    public enum Side
    {
        PersonInPrison,
        Family,
    }

    public sealed class ConsentCommand
    {
        [Required(ErrorMessage = "Choose whose consent this is")]
        public Side? Side { get; set; }

        [Required(ErrorMessage = "Choose whether they agreed")]
        public ConsentAnswer? Answer { get; set; }
    }

    public sealed class RestrictionCommand
    {
        [Required(ErrorMessage = "Enter which restriction applies, such as the Unwanted Prisoner Contact Service or a public protection restriction")]
        [StringLength(1000, ErrorMessage = "The note must be 1000 characters or fewer")]
        public string? Note { get; set; }
    }

    public sealed class StageCommand
    {
        [Required(ErrorMessage = "Choose the stage it has reached")]
        public ContactStage? Stage { get; set; }

        public ContactAlternative? Alternative { get; set; }
    }

    public ContactRequest ContactRequest { get; private set; } = null!;
    public Case? Case { get; private set; }
    public IReadOnlyList<ContactStage> NextStages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await audit.ViewedAsync(AuditTrail.Records.ContactRequest, id, ContactRequest.EstablishmentId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostConsentAsync(Guid id, Guid version, ConsentCommand consent, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, cancellationToken);
        }

        return await ChangeAsync(id, version, "consent recorded", request =>
        {
            var who = consent.Side == Side.PersonInPrison ? "person in prison" : "family";
            if (consent.Side == Side.PersonInPrison)
            {
                request.PrisonerConsent = consent.Answer!.Value;
            }
            else
            {
                request.FamilyConsent = consent.Answer!.Value;
            }
            return $"{who} consent: {Labels.Words(consent.Answer!.Value).ToLowerInvariant()}";
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostRestrictionAsync(Guid id, Guid version, RestrictionCommand restriction, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, cancellationToken);
        }

        return await ChangeAsync(id, version, "restriction recorded", request =>
        {
            request.RestrictionNote = restriction.Note!.Trim();
            return "a restriction applies: contact stopped";
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostStageAsync(Guid id, Guid version, StageCommand move, CancellationToken cancellationToken)
    {
        var current = await scope.ContactRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && ContactWorkflow.WhyNot(current, move.Stage!.Value) is { } why)
        {
            ModelState.AddModelError("move.Stage", why);
        }

        if (ModelState.IsValid && move.Stage == ContactStage.NotPossible && move.Alternative is null)
        {
            ModelState.AddModelError("move.Alternative", "Choose the alternative offered, or that none was offered");
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, cancellationToken);
        }

        return await ChangeAsync(id, version, "stage changed", request =>
        {
            var from = request.Stage;
            request.Stage = move.Stage!.Value;
            if (move.Stage == ContactStage.NotPossible)
            {
                request.AlternativeOffered = move.Alternative!.Value;
            }
            return $"{Labels.Words(from)} → {Labels.Words(request.Stage)}"
                + (request.Stage == ContactStage.NotPossible ? $", alternative offered: {Labels.Words(request.AlternativeOffered)}" : "");
        }, cancellationToken);
    }

    private async Task<IActionResult> ChangeAsync(Guid id, Guid version, string action, Func<ContactRequest, string> change, CancellationToken cancellationToken)
    {
        var request = await scope.ContactRequests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        db.ExpectVersion(request, version);
        var detail = change(request);
        var now = clock.GetUtcNow().UtcDateTime;
        request.UpdatedAt = now;
        audit.Changed(action, AuditTrail.Records.ContactRequest, id, request.EstablishmentId, detail);
        if (request.CaseId is { } caseId)
        {
            db.CaseEvents.Add(new CaseEvent { CaseId = caseId, At = now, Kind = "contact-request", Description = $"{request.Reference}: {detail}", ActorUserId = staff.Id });
        }

        if (!await db.TrySaveAsync(cancellationToken))
        {
            ModelState.AddModelError(string.Empty, Versions.ChangedBySomeoneElse("request"));
            return await RedisplayAsync(id, cancellationToken);
        }

        TempData["Success"] = char.ToUpperInvariant(detail[0]) + detail[1..];
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> RedisplayAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = await scope.ContactRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return false;
        }

        ContactRequest = request;
        Case = request.CaseId is { } caseId ? await scope.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken) : null;
        NextStages = ContactWorkflow.NextStages(request).ToList();
        return true;
    }
}
