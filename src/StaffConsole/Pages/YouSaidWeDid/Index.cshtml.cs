using FamilyServices.Casework.Persistence;
using FamilyServices.StaffConsole.Staff;
using Labels = FamilyServices.StaffConsole.Shared.Labels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Change = FamilyServices.Casework.Surveys.YouSaidWeDid;

namespace FamilyServices.StaffConsole.Pages.YouSaidWeDid;

/// <summary>What changed in answer to families' feedback at the worker's establishments, newest quarter first.</summary>
public class IndexModel(CaseworkDbContext db, CurrentStaff staff) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Establishment { get; set; }

    public IReadOnlyList<Change> Changes { get; private set; } = [];
    public IEnumerable<Casework.Establishments.Establishment> Establishments => Labels.Establishments(staff.Establishments);
    public bool CanEdit => staff.IsManager;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var mine = staff.Establishments;
        var query = db.YouSaidWeDid.AsNoTracking().Where(y => mine.Contains(y.EstablishmentId));
        if (!string.IsNullOrEmpty(Establishment))
        {
            query = query.Where(y => y.EstablishmentId == Establishment);
        }

        Changes = await query
            .OrderByDescending(y => y.Year).ThenByDescending(y => y.Quarter).ThenBy(y => y.EstablishmentId).ThenByDescending(y => y.PublishedAt)
            .ToListAsync(cancellationToken);
    }
}
