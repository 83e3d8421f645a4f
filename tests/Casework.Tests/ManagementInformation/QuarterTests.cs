using FamilyServices.Casework.ManagementInformation;

namespace FamilyServices.Casework.Tests.ManagementInformation;

public class QuarterTests
{
    [Theory]
    [InlineData(1, "2026-01-01", "2026-04-01", "January to March 2026")]
    [InlineData(3, "2026-07-01", "2026-10-01", "July to September 2026")]
    [InlineData(4, "2026-10-01", "2027-01-01", "October to December 2026")]
    public void A_quarter_runs_from_the_first_of_its_first_month_to_the_first_of_the_next_quarter_in_UTC(int number, string start, string end, string described)
    {
        var quarter = new Quarter(2026, number);

        Assert.Equal(DateTime.Parse(start + "T00:00:00Z").ToUniversalTime(), quarter.Start);
        Assert.Equal(DateTimeKind.Utc, quarter.Start.Kind);
        Assert.Equal(DateTime.Parse(end + "T00:00:00Z").ToUniversalTime(), quarter.End);
        Assert.Equal(described, quarter.Describe());
    }

    [Fact]
    public void The_last_moment_of_September_is_in_the_third_quarter_and_midnight_on_the_first_of_October_is_not()
    {
        var third = new Quarter(2026, 3);

        Assert.True(third.Contains(new DateTime(2026, 9, 30, 23, 59, 59, DateTimeKind.Utc)));
        Assert.False(third.Contains(new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.False(third.Contains(new DateTime(2026, 6, 30, 23, 59, 59, DateTimeKind.Utc)));
        Assert.Equal(new Quarter(2026, 4), Quarter.Containing(new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void In_January_the_quarter_to_report_on_is_the_last_one_of_the_previous_year()
    {
        Assert.Equal(new Quarter(2025, 4), Quarter.LastCompleteBefore(new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new Quarter(2027, 1), new Quarter(2026, 4).Next);
    }

    [Fact]
    public void A_manager_picks_from_the_quarter_in_progress_and_the_ones_before_it_newest_first()
    {
        Assert.Equal(
            [new Quarter(2026, 1), new Quarter(2025, 4), new Quarter(2025, 3)],
            Quarter.Recent(new DateTime(2026, 2, 10, 0, 0, 0, DateTimeKind.Utc), count: 3));
    }

    [Theory]
    [InlineData("2026-Q3", 2026, 3)]
    [InlineData("2026Q1", 2026, 1)]
    [InlineData(" 2025 q4 ", 2025, 4)]
    public void A_quarter_reads_back_from_its_written_form(string text, int year, int number)
    {
        Assert.True(Quarter.TryParse(text, out var quarter));
        Assert.Equal(new Quarter(year, number), quarter);
        Assert.True(Quarter.TryParse(quarter.ToString(), out var again));
        Assert.Equal(quarter, again);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-Q5")]
    [InlineData("2026-Q0")]
    [InlineData("26-Q1")]
    [InlineData("Q1 2026")]
    public void Anything_else_is_not_a_quarter(string? text)
    {
        Assert.False(Quarter.TryParse(text, out _));
    }
}
