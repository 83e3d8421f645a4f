namespace FamilyServices.Casework.ManagementInformation;

/// <summary>How many under one label: "SMS" 42.</summary>
public sealed record Tally(string Label, int Value);

/// <summary>
/// One figure of a report as a manager sends it on: "Complaints", "Answered on time", "", 7.
/// A value is empty when there is nothing to measure (an average of no answers).
/// </summary>
public sealed record Figure(string Section, string Measure, string Breakdown, decimal? Value);

internal static class Tallies
{
    /// <summary>Largest first, then by label, so the same figures always come in the same order.</summary>
    public static IReadOnlyList<Tally> Ordered(IEnumerable<Tally> tallies) =>
        tallies
            .GroupBy(t => t.Label)
            .Select(g => new Tally(g.Key, g.Sum(t => t.Value)))
            .OrderByDescending(t => t.Value)
            .ThenBy(t => t.Label, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every label of a fixed list in its own order, with 0 where nothing was counted.</summary>
    public static IReadOnlyList<Tally> Complete<T>(IEnumerable<T> all, IReadOnlyDictionary<T, int> counted, Func<T, string> label)
        where T : notnull =>
        all.Select(value => new Tally(label(value), counted.GetValueOrDefault(value))).ToList();
}
