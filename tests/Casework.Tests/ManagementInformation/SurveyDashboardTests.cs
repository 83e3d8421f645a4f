using FamilyServices.Casework.ManagementInformation;
using FamilyServices.Casework.Persistence;
using static FamilyServices.Casework.Tests.ManagementInformation.ReportRecords;

namespace FamilyServices.Casework.Tests.ManagementInformation;

public class SurveyDashboardTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_dashboard_shows_the_quarters_responses_averages_and_comments_of_the_establishment(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);

        var dashboard = await DashboardAsync(database, new SurveyDashboard.Query(Leicester, Q3));

        Assert.Equal("HMP Leicester", dashboard.EstablishmentName);
        Assert.Equal(3, dashboard.Scores.Responses);
        Assert.Equal(4.33, dashboard.Scores.AverageOf(SurveyScores.Overall));
        Assert.Equal(3.67, dashboard.Scores.AverageOf(SurveyScores.Booking));
        Assert.Equal(["The queue was long", "Lovely staff at the centre"], dashboard.Comments.Select(c => c.Text));
        Assert.Equal([4, 5], dashboard.Comments.Select(c => c.Overall));
        Assert.All(dashboard.Comments, c => Assert.Equal("English", c.Language));
        Assert.Null(dashboard.Comparison);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_trend_gives_the_average_overall_score_of_each_of_the_twelve_months_ending_with_the_quarter(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);

        var dashboard = await DashboardAsync(database, new SurveyDashboard.Query(Leicester, Q3));

        Assert.Equal(
            ["Oct 2025", "Nov 2025", "Dec 2025", "Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026", "Jun 2026", "Jul 2026", "Aug 2026", "Sep 2026"],
            dashboard.Trend.Select(m => m.Label));
        // October 2025 averages its two answers; September 2025 is a year and a day too old to count.
        Assert.Equal([2.5, null, null, null, null, null, null, null, 1.0, 5.0, 4.0, 4.0], dashboard.Trend.Select(m => m.AverageOverall));
        Assert.Equal([2, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1], dashboard.Trend.Select(m => m.Responses));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_manager_compares_the_averages_with_other_establishments_including_one_with_no_responses(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);

        var dashboard = await DashboardAsync(database, new SurveyDashboard.Query(Leicester, Q3, CompareWith: [Chelmsford, Littlehey]));

        var comparison = dashboard.Comparison!;
        Assert.Equal(["HMP Chelmsford", "HMP Leicester", "HMP Littlehey"], comparison.Select(c => c.EstablishmentName));
        Assert.Equal([1, 3, 0], comparison.Select(c => c.Scores.Responses));
        Assert.Equal([1.0, 4.33, null], comparison.Select(c => c.Scores.AverageOf(SurveyScores.Overall)));
        Assert.Equal([1.0, 4.0, null], comparison.Select(c => c.Scores.AverageOf(SurveyScores.Information)));
    }

    private static async Task SeedAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        db.SurveyResponses.AddRange(SurveyRecords());
        await db.SaveChangesAsync();
    }

    private static async Task<SurveyDashboard.Result> DashboardAsync(TestDatabase database, SurveyDashboard.Query query)
    {
        await using var db = ReadingContext(database);
        return await new SurveyDashboard(db).HandleAsync(query);
    }
}
