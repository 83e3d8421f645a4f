using System.Xml.Linq;
using Microsoft.AspNetCore.Html;
using static FamilyServices.StaffConsole.Charts.Svg;

namespace FamilyServices.StaffConsole.Charts;

/// <summary>
/// A line through values in order, such as the monthly satisfaction trend. Each value is written
/// above its point, so nothing depends on hovering; a month without data breaks the line.
/// </summary>
public static class LineChart
{
    private const double Width = 640;
    private const double Height = 300;
    private const double Left = 44;
    private const double Right = 16;
    private const double Top = 28;
    private const double Bottom = 48;

    /// <summary>The chart with its figures table, for a page.</summary>
    public static HtmlString Render(Chart chart) => Figure(chart, Build(chart));

    /// <summary>The svg element alone.</summary>
    public static string Svg(Chart chart) => Text(Build(chart));

    private static XElement Build(Chart chart)
    {
        var points = chart.Points;
        var (top, step) = chart.Scale();
        const double plotWidth = Width - Left - Right;
        const double plotHeight = Height - Top - Bottom;
        double X(int index) => Left + (index + 0.5) * plotWidth / Math.Max(points.Count, 1);
        double Y(double value) => Top + plotHeight - value / top * plotHeight;

        var marks = new List<XElement>();
        for (var tick = 0.0; tick <= top + step / 1000; tick += step)
        {
            marks.Add(Element("line", Attr("x1", Left), Attr("x2", Left + plotWidth), Attr("y1", Y(tick)), Attr("y2", Y(tick)),
                Attr("stroke", tick == 0 ? Black : MidGrey), Attr("stroke-width", 1)));
            marks.Add(Element("text", Attr("x", Left - 8), Attr("y", Y(tick)), Attr("dy", "0.35em"), Attr("text-anchor", "end"),
                Attr("font-size", 13), Attr("fill", DarkGrey), Chart.Format(tick)));
        }

        foreach (var run in Runs(points))
        {
            if (run.Count > 1)
            {
                marks.Add(Element("polyline",
                    Attr("points", string.Join(' ', run.Select(i => $"{Attr("x", X(i)).Value},{Attr("y", Y(points[i].Value!.Value)).Value}"))),
                    Attr("fill", "none"), Attr("stroke", Blue), Attr("stroke-width", 3), Attr("stroke-linejoin", "round")));
            }
        }

        for (var i = 0; i < points.Count; i++)
        {
            var (first, second) = SplitLabel(points[i].Label);
            marks.Add(Element("text", Attr("x", X(i)), Attr("y", Top + plotHeight + 18), Attr("text-anchor", "middle"),
                Attr("font-size", 13), Attr("fill", Black),
                first,
                second is null ? null : Element("tspan", Attr("x", X(i)), Attr("dy", "1.2em"), second)));
            if (points[i].Value is { } value)
            {
                marks.Add(Element("circle", Attr("cx", X(i)), Attr("cy", Y(value)), Attr("r", 5), Attr("fill", Blue),
                    Attr("stroke", "#ffffff"), Attr("stroke-width", 2)));
                // Below a dip, above anything else, so the line never crosses its own figure.
                var below = IsDip(points, i) && Y(value) + 22 < Top + plotHeight;
                marks.Add(Element("text", Attr("x", X(i)), Attr("y", below ? Y(value) + 22 : Y(value) - 10), Attr("text-anchor", "middle"),
                    Attr("font-size", 13), Attr("font-weight", "bold"), Attr("fill", Black), Chart.Format(value)));
            }
        }

        return Root(chart, Width, Height, "line", marks);
    }

    /// <summary>The indexes of consecutive points that have a value: each run is drawn as one line.</summary>
    private static IEnumerable<List<int>> Runs(IReadOnlyList<ChartPoint> points)
    {
        var run = new List<int>();
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Value is null)
            {
                if (run.Count > 0) { yield return run; }
                run = [];
            }
            else
            {
                run.Add(i);
            }
        }
        if (run.Count > 0) { yield return run; }
    }

    private static bool IsDip(IReadOnlyList<ChartPoint> points, int index)
    {
        var value = points[index].Value;
        var before = index > 0 ? points[index - 1].Value : null;
        var after = index < points.Count - 1 ? points[index + 1].Value : null;
        return (before is not null || after is not null) && (before is null || before > value) && (after is null || after > value);
    }

    /// <summary>"Oct 2025" on two lines, so twelve months fit side by side.</summary>
    private static (string First, string? Second) SplitLabel(string label)
    {
        var space = label.LastIndexOf(' ');
        return space > 0 ? (label[..space], label[(space + 1)..]) : (label, null);
    }
}
