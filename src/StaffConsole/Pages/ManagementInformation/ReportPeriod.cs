using FamilyServices.Casework.Establishments;
using FamilyServices.Casework.ManagementInformation;
using Labels = FamilyServices.StaffConsole.Shared.Labels;

namespace FamilyServices.StaffConsole.Pages.ManagementInformation;

/// <summary>
/// The establishment and quarter a report page shows, read from its address ("?establishment=leicester&amp;quarter=2026-Q3"):
/// one of the worker's own establishments, and by default the last complete quarter, the one a manager reports on.
/// </summary>
public sealed record ReportPeriod(string Action, string EstablishmentId, Quarter Quarter, IReadOnlyList<Establishment> Establishments, IReadOnlyList<Quarter> Quarters)
{
    /// <summary>None when the establishment is not one of the worker's or the quarter cannot be read: the page answers not found.</summary>
    public static ReportPeriod? Resolve(string action, string? establishment, string? quarter, IReadOnlyCollection<string> mine, DateTime utcNow)
    {
        var establishments = Labels.Establishments(mine).ToList();
        var chosen = string.IsNullOrEmpty(establishment) ? establishments.FirstOrDefault()?.Id : establishment;
        if (chosen is null || !mine.Contains(chosen))
        {
            return null;
        }

        Quarter period;
        if (string.IsNullOrEmpty(quarter))
        {
            period = Quarter.LastCompleteBefore(utcNow);
        }
        else if (!Quarter.TryParse(quarter, out period) || period.CompareTo(Quarter.Containing(utcNow)) > 0)
        {
            return null;
        }

        var quarters = Quarter.Recent(utcNow).ToList();
        if (!quarters.Contains(period))
        {
            quarters.Add(period);
        }
        return new ReportPeriod(action, chosen, period, establishments, quarters);
    }

    public string EstablishmentName => Labels.Establishment(EstablishmentId);
}
