using System.Net;
using static FamilyServices.StaffConsole.Tests.FeedbackRecords;

namespace FamilyServices.StaffConsole.Tests.Pages.Surveys;

public class SurveyDashboardTests
{
    private const string Url = "/Surveys?establishment=leicester&quarter=2026-Q3";
    private static readonly DateTime July = new(2026, 7, 15, 12, 0, 0, DateTimeKind.Utc);

    private static async Task SeedAsync(ConsoleApplication app) =>
        await app.SurveyResponsesAsync(
            Survey("leicester", July, overall: 3, comment: "The lockers were broken."),
            Survey("leicester", July.AddMonths(1), overall: 5),
            Survey("leicester", July.AddMonths(1).AddDays(2), overall: 4, comment: "Kind staff at the gate."),
            Survey("leicester", July.AddMonths(4), overall: 1, comment: "Next quarter: not shown."),
            Survey("chelmsford", July, overall: 2, comment: "Chelmsford only."));

    [Fact]
    public async Task A_worker_sees_responses_averages_the_monthly_trend_and_comments_of_their_establishment()
    {
        await using var app = new ConsoleApplication();
        await SeedAsync(app);
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var page = await worker.PageAsync(Url);

        Assert.Equal("3", page.QuerySelector("#responses")!.TextContent);
        Assert.Equal("4.00", page.QuerySelector("[data-score='Overall experience']")!.TextContent);
        var trend = page.QuerySelector("#chart-satisfaction-trend svg[role=img]")!;
        Assert.Contains("Overall satisfaction by month", trend.QuerySelector("title")!.TextContent);
        Assert.NotEmpty(trend.QuerySelector("desc")!.TextContent);
        var months = page.QuerySelectorAll("#trend-table tbody tr").Select(r => r.TextContent.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        Assert.Equal(12, months.Count);
        Assert.Equal(["Jul 2026", "1", "3.00"], months[^3]);
        Assert.Equal(["Aug 2026", "2", "4.50"], months[^2]);
        Assert.Equal(["Sep 2026", "0", "No answers"], months[^1]);
        var comments = page.QuerySelector(".app-comments")!.TextContent;
        Assert.Contains("The lockers were broken.", comments);
        Assert.Contains("Kind staff at the gate.", comments);
        Assert.DoesNotContain("Next quarter", comments);
        Assert.DoesNotContain("Chelmsford only", page.Body!.TextContent);
        Assert.Null(page.QuerySelector("#comparison"));
    }

    [Fact]
    public async Task A_manager_also_compares_the_establishments()
    {
        await using var app = new ConsoleApplication();
        await SeedAsync(app);
        using var manager = await app.SignInAsync("manager@demo.test");

        var page = await manager.PageAsync(Url);

        var rows = page.QuerySelectorAll("#comparison tbody tr").ToDictionary(r => r.GetAttribute("data-establishment")!, r => r.TextContent);
        Assert.Equal(["chelmsford", "leicester", "littlehey"], rows.Keys.Order());
        Assert.Contains("2.00", rows["chelmsford"]);
        Assert.Contains("4.00", rows["leicester"]);
        Assert.Contains("No answers", rows["littlehey"]);
        Assert.NotNull(page.QuerySelector("#chart-comparison svg title"));
    }

    [Fact]
    public async Task A_worker_of_another_establishment_gets_not_found()
    {
        await using var app = new ConsoleApplication();
        using var worker = await app.SignInAsync("worker.chelmsford@demo.test");

        Assert.Equal(HttpStatusCode.NotFound, (await worker.Client.GetAsync(Url)).StatusCode);
    }
}
