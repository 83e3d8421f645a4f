using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Staff;

public sealed record StaffMember(string Id, string Name);

/// <summary>Staff names for display, and who can be given work at an establishment.</summary>
public sealed class StaffDirectory(CaseworkDbContext db)
{
    public async Task<Dictionary<string, string>> NamesAsync(IEnumerable<string?> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.OfType<string>().Distinct().ToArray();
        return wanted.Length == 0
            ? []
            : await db.Users.Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    /// <summary>Staff who work for the establishment (or anyone, when it is not known yet).</summary>
    public async Task<IReadOnlyList<StaffMember>> ForEstablishmentAsync(string? establishmentId, CancellationToken cancellationToken = default) =>
        await db.Users
            .Where(u => establishmentId == null || u.Establishments.Any(e => e.EstablishmentId == establishmentId))
            .OrderBy(u => u.DisplayName)
            .Select(u => new StaffMember(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
}
