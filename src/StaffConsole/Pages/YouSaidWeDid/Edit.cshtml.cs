using System.ComponentModel.DataAnnotations;
using FamilyServices.Casework.ManagementInformation;
using FamilyServices.Casework.Persistence;
using FamilyServices.StaffConsole.Audit;
using FamilyServices.StaffConsole.Shared;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Change = FamilyServices.Casework.Surveys.YouSaidWeDid;
using Labels = FamilyServices.StaffConsole.Shared.Labels;

namespace FamilyServices.StaffConsole.Pages.YouSaidWeDid;

/// <summary>A manager records, or corrects, what changed in answer to feedback at one of their establishments in a quarter.</summary>
[Authorize(Policy = ConsoleExtensions.Managers)]
public class EditModel(CaseworkDbContext db, CurrentStaff staff, AuditTrail audit, TimeProvider clock) : PageModel
{
    public const string AuditRecord = "you-said-we-did";
    public const int LongestText = 1000;

    public sealed class Input
    {
        [Required(ErrorMessage = "Choose the establishment")]
        public string? EstablishmentId { get; set; }

        [Required(ErrorMessage = "Choose the quarter")]
        public string? Quarter { get; set; }

        [Required(ErrorMessage = "Enter what families said")]
        [StringLength(LongestText, ErrorMessage = "What families said must be 1000 characters or fewer")]
        public string? YouSaid { get; set; }

        [Required(ErrorMessage = "Enter what was done")]
        [StringLength(LongestText, ErrorMessage = "What was done must be 1000 characters or fewer")]
        public string? WeDid { get; set; }
    }

    [BindProperty]
    public Input Form { get; set; } = new();

    public Guid? Id { get; private set; }
    public IReadOnlyList<Choice> Establishments => Labels.Establishments(staff.Establishments).Select(e => new Choice(e.Id, e.Name)).ToList();
    public IReadOnlyList<Choice> Quarters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, string? establishment, string? quarter, CancellationToken cancellationToken)
    {
        Id = id;
        Quarters = QuarterChoices(null);
        if (id is null)
        {
            Form = new Input { EstablishmentId = establishment, Quarter = quarter ?? Casework.ManagementInformation.Quarter.LastCompleteBefore(Now).ToString() };
            return Page();
        }

        var change = await MineAsync(id.Value, cancellationToken);
        if (change is null)
        {
            return NotFound();
        }

        var period = new Quarter(change.Year, change.Quarter);
        Quarters = QuarterChoices(period);
        Form = new Input { EstablishmentId = change.EstablishmentId, Quarter = period.ToString(), YouSaid = change.YouSaid, WeDid = change.WeDid };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        var change = id is { } existing ? await MineAsync(existing, cancellationToken) : null;
        if (id is not null && change is null)
        {
            return NotFound();
        }

        if (Form.EstablishmentId is not null && !staff.Establishments.Contains(Form.EstablishmentId))
        {
            ModelState.AddModelError("Form.EstablishmentId", "Choose one of your establishments");
        }

        Quarter period = default;
        if (Form.Quarter is not null && (!Casework.ManagementInformation.Quarter.TryParse(Form.Quarter, out period) || period.CompareTo(Casework.ManagementInformation.Quarter.Containing(Now)) > 0))
        {
            ModelState.AddModelError("Form.Quarter", "Choose a quarter that has started");
        }

        if (!ModelState.IsValid)
        {
            Quarters = QuarterChoices(change is null ? null : new Quarter(change.Year, change.Quarter));
            return Page();
        }

        if (change is null)
        {
            change = new Change { EstablishmentId = Form.EstablishmentId!, YouSaid = "", WeDid = "", AuthorUserId = staff.Id, PublishedAt = Now };
            db.YouSaidWeDid.Add(change);
        }

        change.EstablishmentId = Form.EstablishmentId!;
        change.Year = period.Year;
        change.Quarter = period.Number;
        change.YouSaid = Form.YouSaid!.Trim();
        change.WeDid = Form.WeDid!.Trim();
        audit.Changed(id is null ? "created" : "edited", AuditRecord, change.Id, change.EstablishmentId, $"for {period}");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = id is null ? "The change is published" : "The change is saved";
        return RedirectToPage("Index", new { establishment = change.EstablishmentId });
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private Task<Change?> MineAsync(Guid id, CancellationToken cancellationToken)
    {
        var mine = staff.Establishments;
        return db.YouSaidWeDid.SingleOrDefaultAsync(y => y.Id == id && mine.Contains(y.EstablishmentId), cancellationToken);
    }

    private IReadOnlyList<Choice> QuarterChoices(Quarter? current)
    {
        var quarters = Casework.ManagementInformation.Quarter.Recent(Now).ToList();
        if (current is { } kept && !quarters.Contains(kept))
        {
            quarters.Add(kept);
        }
        return quarters.Select(q => new Choice(q.ToString(), q.Describe())).ToList();
    }
}
