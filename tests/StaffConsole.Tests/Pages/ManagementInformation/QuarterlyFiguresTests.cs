using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using CsvHelper;
using FamilyServices.Casework.Complaints;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.ManagementInformation;
using static FamilyServices.StaffConsole.Tests.FeedbackRecords;

namespace FamilyServices.StaffConsole.Tests.Pages.ManagementInformation;

public class QuarterlyFiguresTests
{
    private const string Url = "/ManagementInformation?establishment=leicester&quarter=2026-Q3";
    private static readonly DateTime InQuarter = new(2026, 8, 10, 10, 0, 0, DateTimeKind.Utc);

    /// <summary>Records of 2026-Q3 at Leicester, and some either side of it or elsewhere that must not count.</summary>
    private static async Task SeedQuarterAsync(ConsoleApplication app)
    {
        await app.WithDatabaseAsync(async db =>
        {
            Conversation Conversation(Channel channel, string language, string establishment, DateTime at) => new()
            {
                Channel = channel, Address = Guid.NewGuid().ToString(), ExternalId = Guid.NewGuid().ToString(), Language = language,
                EstablishmentId = establishment, StartedAt = at, LastActivityAt = at,
            };
            db.Conversations.AddRange(
                Conversation(Channel.Sms, "en", "leicester", InQuarter),
                Conversation(Channel.Sms, "pl", "leicester", InQuarter.AddDays(3)),
                Conversation(Channel.WebChat, "en", "leicester", InQuarter.AddDays(5)),
                Conversation(Channel.WebChat, "en", "leicester", new DateTime(2026, 6, 30, 23, 0, 0, DateTimeKind.Utc)),
                Conversation(Channel.Sms, "en", "chelmsford", InQuarter));
            await db.SaveChangesAsync();
        });
        await app.EscalationAsync("leicester", Severity.Routine, InQuarter);
        await app.EscalationAsync("leicester", Severity.Urgent, InQuarter, e => e.Category = "debt");
        await app.EscalationAsync("chelmsford", Severity.Urgent, InQuarter);
        await app.ComplaintAsync("leicester", InQuarter, c => { c.RespondedAt = InQuarter.AddDays(3); c.Outcome = ComplaintOutcome.Upheld; c.Status = ComplaintStatus.Responded; });
        await app.ComplaintAsync("leicester", InQuarter, c => { c.RespondedAt = InQuarter.AddDays(20); c.Status = ComplaintStatus.Responded; });
        await app.ComplaintAsync("leicester", InQuarter);
        await app.ComplaintAsync("leicester", new DateTime(2026, 10, 2, 0, 0, 0, DateTimeKind.Utc));
        await app.SurveyResponsesAsync(
            Survey("leicester", InQuarter, overall: 4, booking: 2),
            Survey("leicester", InQuarter.AddDays(30), overall: 5, booking: 3),
            Survey("chelmsford", InQuarter, overall: 1));
    }

    private static string Figure(IHtmlDocument page, string section, string measure) =>
        page.QuerySelector($"#{section} [data-figure='{measure}']")!.TextContent.Trim();

    [Fact]
    public async Task The_figures_shown_match_the_records_of_the_quarter_and_establishment()
    {
        await using var app = new ConsoleApplication();
        await SeedQuarterAsync(app);
        using var manager = await app.SignInAsync("manager@demo.test");

        var page = await manager.PageAsync(Url);

        Assert.Contains("July to September 2026", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("3", Figure(page, "contacts", "Conversations with the assistant"));
        var byChannel = page.QuerySelectorAll("#contacts table").First(t => t.TextContent.Contains("Conversations by channel"));
        Assert.Contains("SMS2", byChannel.TextContent.Replace(" ", "").Replace("\n", ""));
        Assert.Contains("Polish", page.QuerySelector("#contacts")!.TextContent);
        Assert.Equal("2", Figure(page, "escalations", "Raised"));
        Assert.Equal("3", Figure(page, "complaints", "Received"));
        Assert.Equal("1", Figure(page, "complaints", "Answered on time"));
        Assert.Equal("1", Figure(page, "complaints", "Answered late"));
        Assert.Equal("1", Figure(page, "complaints", "Awaiting answer, past deadline"));
        Assert.Equal("33.3%", Figure(page, "complaints", "Answered on time (%)"));
        Assert.Equal("2", Figure(page, "surveys", "Responses"));
        Assert.Equal("4.50", page.QuerySelector($"#surveys [data-score='{SurveyScores.Overall}']")!.TextContent);
        Assert.Equal("2.50", page.QuerySelector($"#surveys [data-score='{SurveyScores.Booking}']")!.TextContent);
        Assert.NotNull(page.QuerySelector("#chart-question-averages svg[role=img] title"));
        Assert.Equal(1, await app.AuditCountAsync("viewed", "2026-Q3"));
    }

    [Fact]
    public async Task The_csv_downloaded_from_the_page_parses_with_the_same_figures()
    {
        await using var app = new ConsoleApplication();
        await SeedQuarterAsync(app);
        using var manager = await app.SignInAsync("manager@demo.test");
        var page = await manager.PageAsync(Url);

        var response = await manager.Client.GetAsync(page.QuerySelector("#download-csv")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("hmp-leicester-2026-Q3-management-information.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using var csv = CsvReader.Create(await response.Content.ReadAsByteArrayAsync(), new CsvReaderOptions { HasHeader = true });
        var rows = new List<(string Establishment, string Quarter, string Section, string Measure, string Breakdown, string Value)>();
        while (csv.Read())
        {
            rows.Add((csv.GetString("Establishment"), csv.GetString("Quarter"), csv.GetString("Section"), csv.GetString("Measure"), csv.GetString("Breakdown"), csv.GetString("Value")));
        }
        string Value(string section, string measure, string breakdown = "Total") =>
            rows.Single(r => r.Section == section && r.Measure == measure && r.Breakdown == breakdown).Value;

        Assert.All(rows, r => Assert.Equal(("HMP Leicester", "2026-Q3"), (r.Establishment, r.Quarter)));
        Assert.Equal(Figure(page, "contacts", "Conversations with the assistant"), Value("Contacts", "Conversations started"));
        Assert.Equal("2", Value("Contacts", "Conversations started by channel", "SMS"));
        Assert.Equal(Figure(page, "escalations", "Raised"), Value("Escalations", "Raised"));
        Assert.Equal(Figure(page, "complaints", "Received"), Value("Complaints", "Received"));
        Assert.Equal(Figure(page, "complaints", "Answered on time"), Value("Complaints", "Answered on time"));
        Assert.Equal(Figure(page, "complaints", "Answered late"), Value("Complaints", "Answered late"));
        Assert.Equal(Figure(page, "surveys", "Responses"), Value("Satisfaction survey", "Responses"));
        Assert.Equal(decimal.Parse(page.QuerySelector($"#surveys [data-score='{SurveyScores.Overall}']")!.TextContent, CultureInfo.InvariantCulture),
            decimal.Parse(Value("Satisfaction survey", "Average score (1 to 5)", SurveyScores.Overall), CultureInfo.InvariantCulture));
        Assert.Equal(1, await app.AuditCountAsync("exported", "2026-Q3"));
    }

    [Theory]
    [InlineData("worker.leicester@demo.test")]
    [InlineData("worker.chelmsford@demo.test")]
    public async Task Family_workers_cannot_read_or_download_the_quarterly_figures(string email)
    {
        await using var app = new ConsoleApplication();
        using var worker = await app.SignInAsync(email);

        Assert.Null((await worker.PageAsync("/Complaints")).QuerySelector("nav a[href='/ManagementInformation']"));
        foreach (var url in new[] { Url, Url + "&handler=Csv" })
        {
            var response = await worker.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/AccessDenied", response.Headers.Location!.AbsolutePath);
        }
    }

    [Theory]
    [InlineData("/ManagementInformation?establishment=elsewhere&quarter=2026-Q3")]
    [InlineData("/ManagementInformation?establishment=leicester&quarter=last-year")]
    [InlineData("/ManagementInformation?establishment=leicester&quarter=2099-Q1")]
    public async Task An_establishment_the_manager_does_not_manage_or_a_quarter_that_cannot_be_read_is_not_found(string url)
    {
        await using var app = new ConsoleApplication();
        using var manager = await app.SignInAsync("manager@demo.test");

        Assert.Equal(HttpStatusCode.NotFound, (await manager.Client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Client.GetAsync(url + "&handler=Csv")).StatusCode);
    }

    [Fact]
    public async Task Without_a_quarter_the_page_shows_the_last_complete_one()
    {
        await using var app = new ConsoleApplication();
        using var manager = await app.SignInAsync("manager@demo.test");

        var page = await manager.PageAsync("/ManagementInformation");

        Assert.NotNull(page.QuerySelector("nav a[href='/ManagementInformation'][aria-current]"));

        Assert.Contains(Quarter.LastCompleteBefore(DateTime.UtcNow).Describe(), page.QuerySelector("h1")!.TextContent);
    }
}
