using FamilyServices.Bot.Conversations;
using FamilyServices.Casework.Hosting;

namespace FamilyServices.Bot.Dialogs.Common;

/// <summary>When family workers are at work, in the office's time zone, from configuration.</summary>
public sealed class OfficeHours(OfficeHoursSettings settings)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);

    public bool IsOpen(DateTime utcNow)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(utcNow, zone);
        var time = TimeOnly.FromDateTime(local);
        return settings.Days.Contains(local.DayOfWeek) && time >= settings.Opens && time < settings.Closes;
    }

    /// <summary>The next time the office opens, in office local time (what the family reads).</summary>
    public DateTime NextOpening(DateTime utcNow)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(utcNow, zone);
        for (var day = 0; day <= 7; day++)
        {
            var date = local.Date.AddDays(day);
            var opening = date + settings.Opens.ToTimeSpan();
            if (settings.Days.Contains(date.DayOfWeek) && opening > local)
            {
                return opening;
            }
        }

        return local;
    }

    /// <summary>The office's days and hours as the family reads them ("Monday to Friday, 09:00 to 17:00").</summary>
    public string Describe(Turn turn)
    {
        var culture = turn.Culture;
        var days = settings.Days.OrderBy(d => ((int)d + 6) % 7).ToList();
        var dayNames = days.Count == 0 ? "" : culture.DateTimeFormat.GetDayName(days[0]) + (days.Count > 1 ? " – " + culture.DateTimeFormat.GetDayName(days[^1]) : "");
        return $"{dayNames}, {settings.Opens:HH\\:mm} – {settings.Closes:HH\\:mm}";
    }

    public static string Describe(Turn turn, TimeSpan span) =>
        span.TotalHours < 1 ? turn.T("duration-minutes", ("count", ((int)span.TotalMinutes).ToString(System.Globalization.CultureInfo.InvariantCulture)))
        : span.TotalDays < 1 ? turn.T("duration-hours", ("count", ((int)span.TotalHours).ToString(System.Globalization.CultureInfo.InvariantCulture)))
        : turn.T("duration-working-days", ("count", ((int)span.TotalDays).ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
