using FamilyServices.Casework.Complaints;
using FamilyServices.StaffConsole.Shared;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.Complaints;

/// <summary>The complaints inbox of the worker's establishments: open complaints, nearest deadline first.</summary>
public class IndexModel(RecordScope scope, CurrentStaff staff, StaffDirectory directory, TimeProvider clock) : PageModel
{
    /// <summary>An inbox longer than this is narrowed with the filters; the count above says how many match.</summary>
    public const int Shown = 200;

    private static readonly ComplaintStatus[] OpenStatuses = [ComplaintStatus.Received, ComplaintStatus.Assigned];

    public sealed class Query
    {
        public string? Establishment { get; set; }

        /// <summary>"open" (the default: not answered yet), "all", or one status.</summary>
        public string? Status { get; set; }

        /// <summary>"due" (the default: nearest deadline first), "received" (newest first) or "reference".</summary>
        public string? Sort { get; set; }
    }

    public sealed record Row(Guid Id, string Reference, string Channel, string About, string EstablishmentId, DateTime ReceivedAt,
        ComplaintStatus Status, string? AssignedTo, Deadline Deadline);

    [BindProperty(SupportsGet = true)]
    public Query Filter { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Overdue => Rows.Count(r => r.Deadline.Overdue);
    public IEnumerable<FamilyServices.Casework.Establishments.Establishment> Establishments => Labels.Establishments(staff.Establishments);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = scope.Complaints.AsNoTracking();
        if (!string.IsNullOrEmpty(Filter.Establishment))
        {
            query = query.Where(c => c.EstablishmentId == Filter.Establishment);
        }

        query = Filter.Status switch
        {
            "all" => query,
            var one when Enum.TryParse<ComplaintStatus>(one, out var status) => query.Where(c => c.Status == status),
            _ => query.Where(c => OpenStatuses.Contains(c.Status)),
        };

        query = Filter.Sort switch
        {
            "received" => query.OrderByDescending(c => c.ReceivedAt),
            "reference" => query.OrderBy(c => c.Reference),
            _ => query.OrderBy(c => c.ResponseDueBy).ThenBy(c => c.ReceivedAt),
        };

        Total = await query.CountAsync(cancellationToken);
        var complaints = await query.Take(Shown).ToListAsync(cancellationToken);
        var names = await directory.NamesAsync(complaints.Select(c => c.AssignedToUserId), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        Rows = complaints.Select(c => new Row(
            c.Id, c.Reference, Labels.Words(c.Channel), Labels.Category(c.About), c.EstablishmentId, c.ReceivedAt, c.Status,
            c.AssignedToUserId is null ? null : names.GetValueOrDefault(c.AssignedToUserId, "Unknown"),
            Deadline.For(c, now))).ToList();
    }
}
