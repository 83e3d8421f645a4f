using System.Globalization;
using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Casework.ManagementInformation;

/// <summary>
/// What families said in the satisfaction survey at one establishment in a quarter: how many
/// answered, the average per question, how overall satisfaction moved month by month over the
/// last year, their comments, and for managers the same averages at the other establishments.
/// </summary>
public sealed class SurveyDashboard(CaseworkDbContext db)
{
    /// <param name="CompareWith">
    /// The establishments to compare with, for a manager (the page passes those the manager may
    /// see); none for a family worker. The chosen establishment is always part of a comparison.
    /// </param>
    public sealed record Query(string EstablishmentId, Quarter Quarter, IReadOnlyCollection<string>? CompareWith = null);

    public sealed record Result(
        string EstablishmentId,
        string EstablishmentName,
        Quarter Quarter,
        SurveyScores Scores,
        IReadOnlyList<MonthlySatisfaction> Trend,
        IReadOnlyList<Comment> Comments,
        IReadOnlyList<EstablishmentScores>? Comparison);

    /// <summary>The average "Overall experience" score of one month; none when nobody answered.</summary>
    public sealed record MonthlySatisfaction(int Year, int Month, int Responses, double? AverageOverall)
    {
        /// <summary>"Oct 2026"; the invariant abbreviations, because ICU's British ones vary ("Sept").</summary>
        public string Label => new DateTime(Year, Month, 1).ToString("MMM yyyy", CultureInfo.InvariantCulture);
    }

    /// <summary>A family's comment in their own words, with the language they wrote in.</summary>
    public sealed record Comment(DateTime SubmittedAt, string Language, int? Overall, string Text);

    public sealed record EstablishmentScores(string EstablishmentId, string EstablishmentName, SurveyScores Scores);

    /// <summary>The trend shows the twelve months that end with the quarter.</summary>
    public const int TrendMonths = 12;

    public async Task<Result> HandleAsync(Query query, CancellationToken cancellationToken = default)
    {
        var establishments = await db.Establishments.AsNoTracking()
            .ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        if (!establishments.TryGetValue(query.EstablishmentId, out var name))
        {
            throw new ArgumentException($"There is no establishment '{query.EstablishmentId}'.", nameof(query));
        }

        var (start, end) = (query.Quarter.Start, query.Quarter.End);
        var inQuarter = db.SurveyResponses.AsNoTracking().Where(s => s.SubmittedAt >= start && s.SubmittedAt < end);

        var scores = SurveyScores.From(await inQuarter
            .Where(s => s.EstablishmentId == query.EstablishmentId)
            .GroupBy(s => s.EstablishmentId)
            .Select(SurveyScores.Totals<string?>())
            .SingleOrDefaultAsync(cancellationToken));

        var comments = await inQuarter
            .Where(s => s.EstablishmentId == query.EstablishmentId && s.Comment != null && s.Comment != "")
            .OrderByDescending(s => s.SubmittedAt)
            .Select(s => new { s.SubmittedAt, s.Language, s.Overall, s.Comment })
            .ToListAsync(cancellationToken);

        IReadOnlyList<EstablishmentScores>? comparison = null;
        if (query.CompareWith is { } compareWith)
        {
            var ids = compareWith.Append(query.EstablishmentId).Where(establishments.ContainsKey).Distinct().ToList();
            var totals = await inQuarter
                .Where(s => s.EstablishmentId != null && ids.Contains(s.EstablishmentId))
                .GroupBy(s => s.EstablishmentId)
                .Select(SurveyScores.Totals<string?>())
                .ToListAsync(cancellationToken);
            comparison = ids
                .Select(id => new EstablishmentScores(id, establishments[id], SurveyScores.From(totals.SingleOrDefault(t => t.Key == id))))
                .OrderBy(e => e.EstablishmentName, StringComparer.Ordinal)
                .ToList();
        }

        return new Result(
            query.EstablishmentId,
            name,
            query.Quarter,
            scores,
            await TrendAsync(query.EstablishmentId, end, cancellationToken),
            comments.Select(c => new Comment(c.SubmittedAt, Labels.Language(c.Language), c.Overall, c.Comment!)).ToList(),
            comparison);
    }

    private async Task<IReadOnlyList<MonthlySatisfaction>> TrendAsync(string establishmentId, DateTime end, CancellationToken cancellationToken)
    {
        var from = end.AddMonths(-TrendMonths);
        var months = await db.SurveyResponses.AsNoTracking()
            .Where(s => s.EstablishmentId == establishmentId && s.SubmittedAt >= from && s.SubmittedAt < end)
            .GroupBy(s => new { s.SubmittedAt.Year, s.SubmittedAt.Month })
            .Select(g => new
            {
                g.Key.Year,
                g.Key.Month,
                Responses = g.Count(s => s.Overall != null),
                Average = g.Average(s => (double?)s.Overall),
            })
            .ToListAsync(cancellationToken);

        // Every month appears, those without answers empty, so the chart's axis keeps its spacing.
        return Enumerable.Range(0, TrendMonths)
            .Select(i => from.AddMonths(i))
            .Select(month =>
            {
                var found = months.SingleOrDefault(m => m.Year == month.Year && m.Month == month.Month);
                return new MonthlySatisfaction(month.Year, month.Month, found?.Responses ?? 0, SurveyScores.Round(found?.Average));
            })
            .ToList();
    }
}
