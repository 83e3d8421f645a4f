namespace FamilyServices.Casework.Time;

/// <summary>Deadlines counted in working days (Monday to Friday), as the service specifications count them.</summary>
public static class WorkingDays
{
    public static DateTime Add(DateTime start, int workingDays)
    {
        var date = start;
        var added = 0;
        while (added < workingDays)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                added++;
            }
        }
        return date;
    }
}
