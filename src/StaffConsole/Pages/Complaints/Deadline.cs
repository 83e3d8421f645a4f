using FamilyServices.Casework.Complaints;
using Humanizer;

namespace FamilyServices.StaffConsole.Pages.Complaints;

/// <summary>A complaint's response deadline against today, in a worker's words: "due in 2 days", "3 days overdue".</summary>
public sealed record Deadline(bool Overdue, string Description)
{
    /// <summary>Counted in calendar days between dates, so a deadline reads the same all day long.</summary>
    public static Deadline For(Complaint complaint, DateTime utcNow) =>
        For(complaint.ResponseDueBy, complaint.RespondedAt, utcNow);

    public static Deadline For(DateTime dueBy, DateTime? respondedAt, DateTime utcNow)
    {
        if (respondedAt is { } answered)
        {
            var late = (answered.Date - dueBy.Date).Days;
            return new Deadline(false, late > 0 ? $"Answered {"day".ToQuantity(late)} late" : "Answered on time");
        }

        var days = (dueBy.Date - utcNow.Date).Days;
        return days switch
        {
            0 => new Deadline(false, "Due today"),
            > 0 => new Deadline(false, $"Due in {"day".ToQuantity(days)}"),
            _ => new Deadline(true, $"{"day".ToQuantity(-days)} overdue"),
        };
    }
}
