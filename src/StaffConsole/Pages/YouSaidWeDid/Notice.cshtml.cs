using FamilyServices.Casework.ManagementInformation;
using FamilyServices.Casework.Persistence;
using FamilyServices.StaffConsole.Pages.ManagementInformation;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Change = FamilyServices.Casework.Surveys.YouSaidWeDid;

namespace FamilyServices.StaffConsole.Pages.YouSaidWeDid;

/// <summary>The notice for the visitor centre wall: an establishment's changes in a quarter, in large type, printed without the console around it.</summary>
public class NoticeModel(CaseworkDbContext db, CurrentStaff staff, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Establishment { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Quarter { get; set; }

    public ReportPeriod Period { get; private set; } = null!;
    public IReadOnlyList<Change> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var period = ReportPeriod.Resolve("/YouSaidWeDid/Notice", Establishment, Quarter, staff.Establishments, clock.GetUtcNow().UtcDateTime);
        if (period is null)
        {
            return NotFound();
        }

        Period = period;
        Changes = await db.YouSaidWeDid.AsNoTracking()
            .Where(y => y.EstablishmentId == period.EstablishmentId && y.Year == period.Quarter.Year && y.Quarter == period.Quarter.Number)
            .OrderBy(y => y.PublishedAt)
            .ToListAsync(cancellationToken);
        return Page();
    }
}
