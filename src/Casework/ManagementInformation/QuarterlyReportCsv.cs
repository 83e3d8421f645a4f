using System.Globalization;
using CsvHelper;

namespace FamilyServices.Casework.ManagementInformation;

/// <summary>
/// The quarterly report as a CSV file a manager sends to the prison authority: one row per figure,
/// the same figures as the page, with the establishment and quarter on every row so several
/// files can be pasted into one spreadsheet.
/// </summary>
public static class QuarterlyReportCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly IReadOnlyList<string> Columns = ["Establishment", "Quarter", "Section", "Measure", "Breakdown", "Value"];

    /// <summary>"hmp-leicester-2026-Q3-management-information.csv".</summary>
    public static string FileName(QuarterlyReport.Result report) =>
        $"{Slug(report.EstablishmentName)}-{report.Quarter}-management-information.csv";

    public static async Task WriteAsync(QuarterlyReport.Result report, Stream stream, CancellationToken cancellationToken = default)
    {
        await using var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
        csv.WriteHeader(Columns.ToArray());
        foreach (var figure in report.Figures())
        {
            await csv.WriteRecordAsync(Fields(report, figure), cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    public static byte[] ToBytes(QuarterlyReport.Result report)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteHeader(Columns.ToArray());
            foreach (var figure in report.Figures())
            {
                csv.WriteRecord(Fields(report, figure));
            }
        }
        return stream.ToArray();
    }

    /// <summary>"12", "4.33" or empty: a full stop for decimals whatever the server's culture, as spreadsheets expect in CSV.</summary>
    public static string FormatValue(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    private static CsvWriterOptions Options => new()
    {
        // A label that starts with = + - @ must never run as a formula in the manager's spreadsheet.
        Injection = CsvInjection.Escape,
        // A spreadsheet opened by double-click then reads UTF-8 rightly.
        WriteByteOrderMark = true,
        NewLine = "\r\n",
    };

    private static string[] Fields(QuarterlyReport.Result report, Figure figure) =>
        [report.EstablishmentName, report.Quarter.ToString(), figure.Section, figure.Measure, figure.Breakdown, FormatValue(figure.Value)];

    private static string Slug(string text) =>
        string.Join('-', text.ToLowerInvariant().Split(text.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries));
}
