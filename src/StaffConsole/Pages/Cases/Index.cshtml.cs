using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Persistence;
using FamilyServices.StaffConsole.Pages.Triage;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.Cases;

/// <summary>Find a case by the person's name, prison number, reference, or a family member's phone number.</summary>
public class IndexModel(RecordScope scope, CurrentStaff staff, StaffDirectory directory, CaseworkDbContext db) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, string Reference, string PrisonerName, string? PrisonNumber, string EstablishmentId, CaseStatus Status, string? AssignedTo, DateTime OpenedAt);

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool IncludeClosed { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = scope.Cases;
        if (!IncludeClosed)
        {
            query = query.Where(c => c.Status == CaseStatus.Open);
        }

        if (Mine)
        {
            query = query.Where(c => c.AssignedToUserId == staff.Id);
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            var text = Search.Trim();
            var pattern = $"%{text.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
            var phone = Triage.IndexModel.PhoneSearch(text);
            // Family members matched first, on their own: a correlated search per case is far slower on 100,000 cases.
            var familyMatches = await db.SignificantOthers
                .Where(s => EF.Functions.Like(s.Name, pattern) || (phone != null && s.Phone != null && EF.Functions.Like(s.Phone, phone)))
                .Select(s => s.CaseId).Distinct().OrderBy(id => id).Take(500).ToArrayAsync(cancellationToken);
            query = query.Where(c =>
                EF.Functions.Like(c.Reference, pattern) ||
                EF.Functions.Like(c.PrisonerName, pattern) ||
                (c.PrisonNumber != null && EF.Functions.Like(c.PrisonNumber, pattern)) ||
                familyMatches.Contains(c.Id));
        }

        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        var page = await query.OrderByDescending(c => c.OpenedAt).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(c => new { c.Id, c.Reference, c.PrisonerName, c.PrisonNumber, c.EstablishmentId, c.Status, c.AssignedToUserId, c.OpenedAt })
            .ToListAsync(cancellationToken);
        var names = await directory.NamesAsync(page.Select(c => c.AssignedToUserId), cancellationToken);
        Rows = page.Select(c => new Row(c.Id, c.Reference, c.PrisonerName, c.PrisonNumber, c.EstablishmentId, c.Status,
            c.AssignedToUserId is null ? null : names.GetValueOrDefault(c.AssignedToUserId), c.OpenedAt)).ToList();
    }
}
