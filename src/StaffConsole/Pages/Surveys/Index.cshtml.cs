using FamilyServices.Casework.ManagementInformation;
using FamilyServices.StaffConsole.Audit;
using FamilyServices.StaffConsole.Pages.ManagementInformation;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyServices.StaffConsole.Pages.Surveys;

/// <summary>
/// What families said in the satisfaction survey at one establishment in a quarter; managers also
/// see the same averages at the other establishments they manage.
/// </summary>
public class IndexModel(SurveyDashboard dashboard, CurrentStaff staff, AuditTrail audit, TimeProvider clock) : PageModel
{
    public const string AuditRecord = "survey-dashboard";

    [BindProperty(SupportsGet = true)]
    public string? Establishment { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Quarter { get; set; }

    public ReportPeriod Period { get; private set; } = null!;
    public SurveyDashboard.Result Dashboard { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var period = ReportPeriod.Resolve("/Surveys", Establishment, Quarter, staff.Establishments, clock.GetUtcNow().UtcDateTime);
        if (period is null)
        {
            return NotFound();
        }

        Period = period;
        Dashboard = await dashboard.HandleAsync(
            new SurveyDashboard.Query(period.EstablishmentId, period.Quarter, staff.IsManager ? staff.Establishments : null), cancellationToken);
        await audit.ViewedAsync(AuditRecord, period.Quarter, period.EstablishmentId, cancellationToken);
        return Page();
    }
}
