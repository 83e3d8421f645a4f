using System.Linq.Expressions;
using FamilyServices.Casework.Surveys;

namespace FamilyServices.Casework.ManagementInformation;

/// <summary>The average score of one survey question (1 poor to 5 very good) and how many answered it.</summary>
public sealed record QuestionScore(string Question, int Answers, double? Average);

/// <summary>How many families answered the survey and the average per question.</summary>
public sealed record SurveyScores(int Responses, IReadOnlyList<QuestionScore> Questions)
{
    public const string Booking = "Booking the visit";
    public const string Welcome = "Welcome from staff";
    public const string Information = "Information before the visit";
    public const string Facilities = "Visitor centre facilities";
    public const string Overall = "Overall experience";

    /// <summary>The survey's questions in the order the family answers them.</summary>
    public static readonly IReadOnlyList<string> QuestionsInOrder = [Booking, Welcome, Information, Facilities, Overall];

    public static SurveyScores None { get; } = new(0, QuestionsInOrder.Select(q => new QuestionScore(q, 0, null)).ToList());

    public double? AverageOf(string question) => Questions.Single(q => q.Question == question).Average;

    internal static SurveyScores From(SurveyTotals<string?>? totals) =>
        totals is null
            ? None
            : new SurveyScores(totals.Responses,
            [
                new(Booking, totals.BookingAnswers, Round(totals.Booking)),
                new(Welcome, totals.WelcomeAnswers, Round(totals.Welcome)),
                new(Information, totals.InformationAnswers, Round(totals.Information)),
                new(Facilities, totals.FacilitiesAnswers, Round(totals.Facilities)),
                new(Overall, totals.OverallAnswers, Round(totals.Overall)),
            ]);

    /// <summary>Two decimals: enough to see a change between quarters, no false precision.</summary>
    internal static double? Round(double? average) => average is { } value ? Math.Round(value, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>
    /// Counts and averages per group, computed by the database. A question left unanswered (null)
    /// counts neither in its average nor in its number of answers.
    /// </summary>
    internal static Expression<Func<IGrouping<TKey, SurveyResponse>, SurveyTotals<TKey>>> Totals<TKey>() => g => new SurveyTotals<TKey>
    {
        Key = g.Key,
        Responses = g.Count(),
        BookingAnswers = g.Count(s => s.Booking != null),
        Booking = g.Average(s => (double?)s.Booking),
        WelcomeAnswers = g.Count(s => s.Welcome != null),
        Welcome = g.Average(s => (double?)s.Welcome),
        InformationAnswers = g.Count(s => s.Information != null),
        Information = g.Average(s => (double?)s.Information),
        FacilitiesAnswers = g.Count(s => s.Facilities != null),
        Facilities = g.Average(s => (double?)s.Facilities),
        OverallAnswers = g.Count(s => s.Overall != null),
        Overall = g.Average(s => (double?)s.Overall),
    };
}

internal sealed class SurveyTotals<TKey>
{
    public required TKey Key { get; init; }
    public int Responses { get; init; }
    public int BookingAnswers { get; init; }
    public double? Booking { get; init; }
    public int WelcomeAnswers { get; init; }
    public double? Welcome { get; init; }
    public int InformationAnswers { get; init; }
    public double? Information { get; init; }
    public int FacilitiesAnswers { get; init; }
    public double? Facilities { get; init; }
    public int OverallAnswers { get; init; }
    public double? Overall { get; init; }
}
