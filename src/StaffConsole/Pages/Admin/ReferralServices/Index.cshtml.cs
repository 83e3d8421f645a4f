using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.Referrals;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.Admin.ReferralServices;

public class IndexModel(CaseworkDbContext db) : PageModel
{
    public IReadOnlyList<ReferralService> Services { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Services = await db.ReferralServices.AsNoTracking().OrderByDescending(s => s.Active).ThenBy(s => s.Name).ToListAsync(cancellationToken);
}
