using FamilyServices.Casework.Escalations;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using FamilyServices.Casework.Persistence;

namespace FamilyServices.StaffConsole.Pages.Triage;

/// <summary>The triage queue: escalations and requests for a person, most severe first, then longest waiting.</summary>
public class IndexModel(RecordScope scope, CurrentStaff staff, StaffDirectory directory, ResponseTargets targets, CaseworkDbContext db, IMemoryCache cache) : PageModel
{
    public const int PageSize = 50;
    /// <summary>Everything still needing a worker: not resolved or closed.</summary>
    private static readonly EscalationStatus[] OpenStatuses = [EscalationStatus.New, EscalationStatus.Acknowledged, EscalationStatus.InProgress, EscalationStatus.Referred];

    public sealed class Query
    {
        public string? Establishment { get; set; }
        public Severity? Severity { get; set; }
        public string? Category { get; set; }

        /// <summary>"open" (the default: everything not resolved or closed), "all", or one status.</summary>
        public string? Status { get; set; }

        /// <summary>"me", "unassigned", or a staff member's id.</summary>
        public string? Assignee { get; set; }

        /// <summary>A name, prison number, reference or phone number.</summary>
        public string? Search { get; set; }

        public int PageNumber { get; set; } = 1;
    }

    public sealed record Row(
        Guid Id, string Reference, EscalationKind Kind, Severity Severity, string? Category, string? PrisonerName, string? PrisonNumber,
        string? EstablishmentId, EscalationStatus Status, string? AssignedTo, DateTime RaisedAt, ResponseTime Response);

    [BindProperty(SupportsGet = true)]
    public Query Filter { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Breached { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyList<StaffMember> Assignees { get; private set; } = [];
    public IReadOnlyList<string> Categories { get; private set; } = [];
    public IEnumerable<FamilyServices.Casework.Establishments.Establishment> Establishments => FamilyServices.StaffConsole.Shared.Labels.Establishments(staff.Establishments);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = Apply(scope.Escalations, Filter);
        Total = await query.CountAsync(cancellationToken);
        Filter.PageNumber = Math.Clamp(Filter.PageNumber, 1, Pages);

        var page = await query
            .OrderBy(e => e.Severity).ThenBy(e => e.RaisedAt)
            .Skip((Filter.PageNumber - 1) * PageSize).Take(PageSize)
            .Select(e => new
            {
                e.Id, e.Reference, e.Kind, e.Severity, e.Category, e.PrisonerName, e.PrisonNumber, e.EstablishmentId, e.Status,
                e.AssignedToUserId, e.RaisedAt, e.AcknowledgedAt,
            })
            .ToListAsync(cancellationToken);

        var names = await directory.NamesAsync(page.Select(e => e.AssignedToUserId), cancellationToken);
        Rows = page.Select(e => new Row(
            e.Id, e.Reference, e.Kind, e.Severity, e.Category, e.PrisonerName, e.PrisonNumber, e.EstablishmentId, e.Status,
            e.AssignedToUserId is null ? null : names.GetValueOrDefault(e.AssignedToUserId, "Unknown"),
            e.RaisedAt, targets.For(e.Severity, e.RaisedAt, e.AcknowledgedAt))).ToList();
        Breached = Rows.Count(r => r.Response.Breached && !r.Response.Acknowledged);

        Assignees = await directory.ForEstablishmentAsync(null, cancellationToken);
        // The categories in use change rarely; reading them from every escalation on every visit is the queue's slowest query.
        Categories = (await cache.GetOrCreateAsync("triage-categories", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return await db.Escalations.Where(e => e.Category != null).Select(e => e.Category!).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
        }))!;
    }

    internal IQueryable<Escalation> Apply(IQueryable<Escalation> query, Query filter)
    {
        if (!string.IsNullOrEmpty(filter.Establishment))
        {
            query = query.Where(e => e.EstablishmentId == filter.Establishment);
        }

        if (filter.Severity is { } severity)
        {
            query = query.Where(e => e.Severity == severity);
        }

        if (!string.IsNullOrEmpty(filter.Category))
        {
            query = query.Where(e => e.Category == filter.Category);
        }

        query = filter.Status switch
        {
            "all" => query,
            var one when Enum.TryParse<EscalationStatus>(one, out var status) => query.Where(e => e.Status == status),
            // Named rather than "not resolved or closed", so the database can seek the (Status, Severity, RaisedAt) index.
            _ => query.Where(e => EF.Constant(OpenStatuses).Contains(e.Status)),
        };

        query = filter.Assignee switch
        {
            null or "" => query,
            "me" => query.Where(e => e.AssignedToUserId == staff.Id),
            "unassigned" => query.Where(e => e.AssignedToUserId == null),
            var someone => query.Where(e => e.AssignedToUserId == someone),
        };

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            var pattern = $"%{text.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
            var phone = PhoneSearch(text);
            query = query.Where(e =>
                EF.Functions.Like(e.Reference, pattern) ||
                (e.PrisonerName != null && EF.Functions.Like(e.PrisonerName, pattern)) ||
                (e.PrisonNumber != null && EF.Functions.Like(e.PrisonNumber, pattern)) ||
                (e.RaisedByName != null && EF.Functions.Like(e.RaisedByName, pattern)) ||
                (phone != null && e.ContactAddress != null && EF.Functions.Like(e.ContactAddress, phone)));
        }

        return query;
    }

    /// <summary>Phone numbers are stored as +44…; workers type 07700 900101.</summary>
    internal static string? PhoneSearch(string text)
    {
        var digits = new string(text.Where(char.IsDigit).ToArray());
        if (digits.Length < 6 || digits.Length != text.Count(c => !char.IsWhiteSpace(c) && c != '+' && c != '-' && c != '(' && c != ')'))
        {
            return null;
        }

        if (digits.StartsWith('0'))
        {
            digits = "44" + digits[1..];
        }

        return $"%{digits}%";
    }
}
