using FamilyServices.Casework.ManagementInformation;

namespace FamilyServices.StaffConsole.Charts;

/// <summary>The charts of the survey dashboard and the quarterly report, made from their results.</summary>
public static class ReportCharts
{
    /// <summary>Average "Overall experience" score per month over the last twelve months, as a line.</summary>
    public static Chart SatisfactionTrend(SurveyDashboard.Result dashboard) =>
        new($"Overall satisfaction by month, {dashboard.EstablishmentName}", dashboard.Trend.Select(m => new ChartPoint(m.Label, m.AverageOverall)).ToList())
        {
            Id = "chart-satisfaction-trend",
            LabelHeading = "Month",
            ValueHeading = "Average overall score (1 to 5)",
            Maximum = 5,
            NoValue = "No responses",
        };

    /// <summary>Average score per survey question, as bars on the 1 to 5 scale.</summary>
    public static Chart QuestionAverages(SurveyScores scores, string title, string id = "chart-question-averages") =>
        new(title, scores.Questions.Select(q => new ChartPoint(q.Question, q.Average)).ToList())
        {
            Id = id,
            LabelHeading = "Question",
            ValueHeading = "Average score (1 to 5)",
            Maximum = 5,
            NoValue = "No answers",
        };

    /// <summary>Counts by a category (escalations by category, complaints by subject), as bars.</summary>
    public static Chart Counts(IReadOnlyList<Tally> tallies, string title, string labelHeading, string id) =>
        new(title, tallies.Select(t => new ChartPoint(t.Label, t.Value)).ToList())
        {
            Id = id,
            LabelHeading = labelHeading,
            ValueHeading = "Number",
        };
}
