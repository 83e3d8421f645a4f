using FamilyServices.Casework.Complaints;
using Humanizer;

namespace FamilyServices.StaffConsole.Pages.Complaints;

/// <summary>A complaint's response deadline against today, in a worker's words: "due in 2 days", "3 days overdue".</summary>
public sealed record Deadline(bool Overdue, string Description)
{
    /// <summary>
    /// Late or overdue from the moment the deadline passes, as the quarterly report counts it; the
    /// words count calendar days between dates, so they read the same all day long.
    /// </summary>
    public static Deadline For(Complaint complaint, DateTime utcNow) =>
        For(complaint.ResponseDueBy, complaint.RespondedAt, utcNow);

    public static Deadline For(DateTime dueBy, DateTime? respondedAt, DateTime utcNow)
    {
        if (respondedAt is { } answered)
        {
            var late = (answered.Date - dueBy.Date).Days;
            return new Deadline(false, answered <= dueBy ? "Answered on time" : late > 0 ? $"Answered {"day".ToQuantity(late)} late" : "Answered late on the day it was due");
        }

        if (utcNow > dueBy)
        {
            var overdue = (utcNow.Date - dueBy.Date).Days;
            return new Deadline(true, overdue > 0 ? $"{"day".ToQuantity(overdue)} overdue" : "Overdue since earlier today");
        }

        var days = (dueBy.Date - utcNow.Date).Days;
        return new Deadline(false, days > 0 ? $"Due in {"day".ToQuantity(days)}" : "Due today");
    }
}
