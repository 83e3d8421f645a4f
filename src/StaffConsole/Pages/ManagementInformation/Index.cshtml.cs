using FamilyServices.Casework.ManagementInformation;
using FamilyServices.Casework.Persistence;
using FamilyServices.StaffConsole.Audit;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyServices.StaffConsole.Pages.ManagementInformation;

/// <summary>
/// The quarterly management information of one establishment, as figures and charts, and as the
/// CSV file a manager sends to the prison authority. Managers only: it is theirs to report.
/// </summary>
[Authorize(Policy = ConsoleExtensions.Managers)]
public class IndexModel(QuarterlyReport report, CurrentStaff staff, AuditTrail audit, CaseworkDbContext db, TimeProvider clock) : PageModel
{
    public const string AuditRecord = "management-information";

    [BindProperty(SupportsGet = true)]
    public string? Establishment { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Quarter { get; set; }

    public ReportPeriod Period { get; private set; } = null!;
    public QuarterlyReport.Result Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await audit.ViewedAsync(AuditRecord, Period.Quarter, Period.EstablishmentId, cancellationToken);
        return Page();
    }

    /// <summary>The same figures as the page, one per row: what the manager sends on.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        audit.Changed("exported", AuditRecord, Period.Quarter, Period.EstablishmentId, "downloaded the quarterly figures as CSV");
        await db.SaveChangesAsync(cancellationToken);
        return File(QuarterlyReportCsv.ToBytes(Report), QuarterlyReportCsv.ContentType, QuarterlyReportCsv.FileName(Report));
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var period = ReportPeriod.Resolve("/ManagementInformation", Establishment, Quarter, staff.Establishments, clock.GetUtcNow().UtcDateTime);
        if (period is null)
        {
            return false;
        }

        Period = period;
        Report = await report.HandleAsync(new QuarterlyReport.Query(period.EstablishmentId, period.Quarter), cancellationToken);
        return true;
    }
}
