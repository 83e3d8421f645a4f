using FamilyServices.StaffConsole.Pages.Complaints;

namespace FamilyServices.StaffConsole.Tests.Pages.Complaints;

public class DeadlineTests
{
    private static readonly DateTime Due = new(2026, 11, 20, 9, 30, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("2026-11-18T16:00:00Z", null, false, "Due in 2 days")]
    [InlineData("2026-11-19T08:00:00Z", null, false, "Due in 1 day")]
    [InlineData("2026-11-20T08:00:00Z", null, false, "Due today")]
    [InlineData("2026-11-20T10:00:00Z", null, true, "Overdue since earlier today")]
    [InlineData("2026-11-23T08:00:00Z", null, true, "3 days overdue")]
    [InlineData("2026-11-23T08:00:00Z", "2026-11-20T09:00:00Z", false, "Answered on time")]
    [InlineData("2026-11-23T08:00:00Z", "2026-11-20T15:00:00Z", false, "Answered late on the day it was due")]
    [InlineData("2026-11-30T08:00:00Z", "2026-11-22T15:00:00Z", false, "Answered 2 days late")]
    public void The_deadline_reads_against_today_and_stands_out_only_while_overdue(string now, string? answered, bool overdue, string words)
    {
        static DateTime Utc(string text) => DateTime.Parse(text, null, System.Globalization.DateTimeStyles.AdjustToUniversal);

        var deadline = Deadline.For(Due, answered is null ? null : Utc(answered), Utc(now));

        Assert.Equal(new Deadline(overdue, words), deadline);
    }
}
