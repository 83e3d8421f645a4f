using FamilyServices.Casework.Audit;
using FamilyServices.Casework.Persistence;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.Audit;

/// <summary>Who viewed and changed what, for managers; read-only (the database refuses edits to it).</summary>
public class IndexModel(CaseworkDbContext db, CurrentStaff staff) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public string? Record { get; set; }

    /// <summary>A record's id, as in the address of its page.</summary>
    [BindProperty(SupportsGet = true)]
    public string? RecordId { get; set; }

    /// <summary>Part of a staff member's email address.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Who { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public static readonly string[] RecordTypes = ["escalation", "case", "referral", "contact-request", "complaint", "staff-user", "referral-service"];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var mine = staff.Establishments;
        // A manager reads the trail of their own establishments' records, and of records with none (staff accounts, the catalogue).
        var query = db.AuditLog.AsNoTracking().Where(a => a.EstablishmentId == null || mine.Contains(a.EstablishmentId));
        if (!string.IsNullOrEmpty(Record))
        {
            query = query.Where(a => a.EntityType == Record);
        }

        if (!string.IsNullOrWhiteSpace(RecordId))
        {
            var id = RecordId.Trim();
            query = query.Where(a => a.EntityId == id);
        }

        if (!string.IsNullOrWhiteSpace(Who))
        {
            var pattern = $"%{Who.Trim()}%";
            query = query.Where(a => EF.Functions.Like(a.UserName, pattern));
        }

        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Entries = await query.OrderByDescending(a => a.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
    }

    public static string? Link(AuditEntry entry) => entry.EntityType switch
    {
        "escalation" => $"/Triage/Details/{entry.EntityId}",
        "case" => $"/Cases/Details/{entry.EntityId}",
        "referral" => $"/Referrals/Details/{entry.EntityId}",
        "contact-request" => $"/ContactRequests/Details/{entry.EntityId}",
        _ => null,
    };
}
