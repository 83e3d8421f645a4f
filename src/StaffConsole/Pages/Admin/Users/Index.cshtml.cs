using FamilyServices.Casework.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.Admin.Users;

public class IndexModel(CaseworkDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(string Id, string Name, string Email, string Roles, string Establishments, bool LockedOut, bool TwoFactor);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Include(u => u.Establishments).OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        Rows = users.Select(u => new Row(
            u.Id, u.DisplayName, u.Email ?? "",
            string.Join(", ", roles.Where(r => r.UserId == u.Id).Select(r => StaffRoleWords.For(r.Name!))),
            string.Join(", ", u.Establishments.Select(e => FamilyServices.StaffConsole.Shared.Labels.Establishment(e.EstablishmentId))),
            u.LockoutEnd > now, u.TwoFactorEnabled)).ToList();
    }
}
