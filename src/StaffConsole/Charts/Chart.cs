using System.Globalization;

namespace FamilyServices.StaffConsole.Charts;

/// <summary>One value on a chart: a month and its average, a question and its score. No value means no data.</summary>
public sealed record ChartPoint(string Label, double? Value);

/// <summary>What a chart shows, in the words the page's readers use; rendered by <see cref="LineChart"/> or <see cref="BarChart"/>.</summary>
public sealed record Chart(string Title, IReadOnlyList<ChartPoint> Points)
{
    /// <summary>What the chart says, for people who cannot see it; a summary of the figures when not given.</summary>
    public string? Description { get; init; }

    /// <summary>Heading of the labels in the figures table: "Month", "Question".</summary>
    public string LabelHeading { get; init; } = "Item";

    /// <summary>Heading of the values in the figures table: "Average score (1 to 5)".</summary>
    public string ValueHeading { get; init; } = "Value";

    /// <summary>The top of the scale when it is fixed (5 for survey scores); otherwise a round number above the largest value.</summary>
    public double? Maximum { get; init; }

    /// <summary>What the table and the chart say where there is no value.</summary>
    public string NoValue { get; init; } = "No data";

    /// <summary>Unique on the page; made from the title when not given.</summary>
    public string? Id { get; init; }

    internal string ElementId => Id ?? "chart-" + Slug(Title);

    internal static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    internal string FormatValue(double? value) => value is { } v ? Format(v) : NoValue;

    internal string Summary()
    {
        if (Description is { Length: > 0 } description)
        {
            return description;
        }
        var values = Points.Where(p => p.Value is not null).ToList();
        if (values.Count == 0)
        {
            return $"{NoValue} for any of the {Points.Count} items.";
        }
        var highest = values.MaxBy(p => p.Value)!;
        var lowest = values.MinBy(p => p.Value)!;
        var range = Points.Count > 1 ? $"{Points.Count} items from {Points[0].Label} to {Points[^1].Label}" : Points[0].Label;
        return $"{ValueHeading}, {range}. Highest {Format(highest.Value!.Value)} ({highest.Label}), lowest {Format(lowest.Value!.Value)} ({lowest.Label}).";
    }

    /// <summary>The top of the scale and the step between its lines: round numbers, whole ones when every value is.</summary>
    internal (double Top, double Step) Scale()
    {
        var largest = Points.Max(p => p.Value) ?? 0;
        if (Maximum is { } fixedTop && fixedTop >= largest && fixedTop > 0)
        {
            return (fixedTop, Round(fixedTop / 5));
        }
        if (largest <= 0)
        {
            return (1, 1);
        }
        var step = Round(largest / 5);
        if (step < 1 && Points.All(p => p.Value is null || p.Value == Math.Floor(p.Value.Value)))
        {
            step = 1;
        }
        return (Math.Ceiling(largest / step) * step, step);
    }

    /// <summary>1, 2 or 5 times a power of ten, at or above the value.</summary>
    private static double Round(double value)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        var fraction = value / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }

    private static string Slug(string text)
    {
        var words = text.ToLowerInvariant().Split(text.Where(c => !char.IsAsciiLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "figures" : string.Join('-', words);
    }
}
