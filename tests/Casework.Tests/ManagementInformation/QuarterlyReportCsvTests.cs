using System.Text;
using CsvHelper;
using FamilyServices.Casework.Complaints;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Hosting;
using FamilyServices.Casework.ManagementInformation;
using FamilyServices.Casework.Persistence;
using Microsoft.Extensions.Options;
using static FamilyServices.Casework.Tests.ManagementInformation.ReportRecords;

namespace FamilyServices.Casework.Tests.ManagementInformation;

public class QuarterlyReportCsvTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_CSV_reads_back_to_the_same_figures_as_the_report_one_row_each(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var report = await SeededReportAsync(database);

        var rows = Read(QuarterlyReportCsv.ToBytes(report));

        Assert.Equal(report.Figures().Count, rows.Count);
        Assert.Equal(report.Figures(), rows.Select(r => r.Figure));
        Assert.All(rows, r => Assert.Equal(("HMP Leicester", "2026-Q3"), (r.Establishment, r.Quarter)));
        Assert.Equal(2m, Value(rows, "Contacts", "Conversations started by channel", "SMS"));
        Assert.Equal(1m, Value(rows, "Complaints", "Answered on time", "Total"));
        Assert.Equal(50m, Value(rows, "Complaints", "Answered on time (%)", "Total"));
        Assert.Equal(1m, Value(rows, "Escalations", "Acknowledged within target", "Emergency (target 15 minutes)"));
        Assert.Equal(4.33m, Value(rows, "Satisfaction survey", "Average score (1 to 5)", "Overall experience"));
        Assert.Null(Value(rows, "Escalations", "Acknowledged within target (%)", "Urgent (target 4 hours)"));
    }

    [Fact]
    public async Task The_file_starts_with_a_byte_order_mark_and_the_header_and_writes_the_same_bytes_either_way()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var report = await SeededReportAsync(database);

        var bytes = QuarterlyReportCsv.ToBytes(report);
        using var stream = new MemoryStream();
        await QuarterlyReportCsv.WriteAsync(report, stream);

        Assert.Equal(bytes, stream.ToArray());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("Establishment,Quarter,Section,Measure,Breakdown,Value\r\n", Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal("hmp-leicester-2026-Q3-management-information.csv", QuarterlyReportCsv.FileName(report));
    }

    [Fact]
    public async Task A_label_that_looks_like_a_formula_is_written_so_a_spreadsheet_shows_it_as_text()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = database.NewContext())
        {
            db.Complaints.Add(Complaint(Leicester, "=HYPERLINK(\"http://example.org\")", At(7, 2), At(7, 16), null));
            await db.SaveChangesAsync();
        }
        var report = await ReportAsync(database);

        var rows = Read(QuarterlyReportCsv.ToBytes(report));

        var subject = rows.Single(r => r.Figure.Measure == "Received by subject");
        Assert.StartsWith("'=", subject.Figure.Breakdown);
    }

    private sealed record Row(string Establishment, string Quarter, Figure Figure);

    private static List<Row> Read(byte[] bytes)
    {
        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = true });
        var rows = new List<Row>();
        while (csv.Read())
        {
            var value = csv.GetString("Value");
            rows.Add(new Row(
                csv.GetString("Establishment"),
                csv.GetString("Quarter"),
                new Figure(csv.GetString("Section"), csv.GetString("Measure"), csv.GetString("Breakdown"),
                    value.Length == 0 ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))));
        }
        Assert.Equal(QuarterlyReportCsv.Columns, csv.Headers);
        return rows;
    }

    private static decimal? Value(List<Row> rows, string section, string measure, string breakdown) =>
        rows.Single(r => r.Figure.Section == section && r.Figure.Measure == measure && r.Figure.Breakdown == breakdown).Figure.Value;

    /// <summary>A little of every section, so every kind of figure is in the file.</summary>
    private static async Task<QuarterlyReport.Result> SeededReportAsync(TestDatabase database)
    {
        await using (var db = database.NewContext())
        {
            db.Conversations.AddRange(
                Conversation(Leicester, Channel.Sms, "pl", At(7, 1)),
                Conversation(Leicester, Channel.Sms, "cy", At(7, 2)),
                Conversation(Leicester, Channel.WebChat, "ar", At(7, 3)));
            db.Escalations.AddRange(
                Escalation(Leicester, Severity.Emergency, "self-harm", At(7, 6, 10), acknowledgedAt: At(7, 6, 10, 10)),
                Escalation(Leicester, Severity.Emergency, "self-harm", At(7, 7, 10), acknowledgedAt: At(7, 7, 11)));
            db.Complaints.AddRange(
                Complaint(Leicester, "booking", At(7, 2), At(7, 16), At(7, 10), ComplaintOutcome.Upheld),
                Complaint(Leicester, "staff", At(8, 2), At(8, 16), At(8, 20), ComplaintOutcome.NotUpheld));
            db.SurveyResponses.AddRange(SurveyRecords());
            await db.SaveChangesAsync();
        }
        return await ReportAsync(database);
    }

    private static async Task<QuarterlyReport.Result> ReportAsync(TestDatabase database)
    {
        await using var db = ReadingContext(database);
        return await new QuarterlyReport(db, Options.Create(new ResponseTargetSettings()), new FixedClock(ReportedAt))
            .HandleAsync(new QuarterlyReport.Query(Leicester, Q3));
    }
}
