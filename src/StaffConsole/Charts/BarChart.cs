using System.Xml.Linq;
using Microsoft.AspNetCore.Html;
using static FamilyServices.StaffConsole.Charts.Svg;

namespace FamilyServices.StaffConsole.Charts;

/// <summary>
/// Horizontal bars, one per label, for averages per survey question or counts by category: long
/// labels read on the left and each value is written at the end of its bar.
/// </summary>
public static class BarChart
{
    private const double Width = 640;
    private const double RowHeight = 32;
    private const double BarHeight = 22;
    private const double Top = 8;
    private const double Bottom = 28;
    private const double ValueSpace = 72;
    private const int LongestLabel = 36;

    /// <summary>The chart with its figures table, for a page.</summary>
    public static HtmlString Render(Chart chart) => Figure(chart, Build(chart));

    /// <summary>The svg element alone.</summary>
    public static string Svg(Chart chart) => Text(Build(chart));

    private static XElement Build(Chart chart)
    {
        var points = chart.Points;
        var (top, step) = chart.Scale();
        // About 7.5 units a character at 14px: enough room for the longest label, within limits.
        var labelWidth = Math.Clamp(points.Select(p => Math.Min(p.Label.Length, LongestLabel + 1)).DefaultIfEmpty(0).Max() * 7.5 + 12, 80, 290);
        var plotWidth = Width - labelWidth - ValueSpace;
        var plotBottom = Top + points.Count * RowHeight;
        double X(double value) => labelWidth + value / top * plotWidth;

        var marks = new List<XElement>();
        for (var tick = 0.0; tick <= top + step / 1000; tick += step)
        {
            marks.Add(Element("line", Attr("x1", X(tick)), Attr("x2", X(tick)), Attr("y1", Top), Attr("y2", plotBottom),
                Attr("stroke", tick == 0 ? Black : MidGrey), Attr("stroke-width", 1)));
            marks.Add(Element("text", Attr("x", X(tick)), Attr("y", plotBottom + 18), Attr("text-anchor", "middle"),
                Attr("font-size", 13), Attr("fill", DarkGrey), Chart.Format(tick)));
        }

        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            var middle = Top + i * RowHeight + RowHeight / 2;
            var label = point.Label.Length > LongestLabel ? point.Label[..(LongestLabel - 1)].TrimEnd() + "…" : point.Label;
            marks.Add(Element("text", Attr("x", labelWidth - 8), Attr("y", middle), Attr("dy", "0.35em"), Attr("text-anchor", "end"),
                Attr("font-size", 14), Attr("fill", Black), label));
            var barWidth = point.Value is { } value ? Math.Max(X(value) - labelWidth, 0) : 0;
            if (barWidth > 0)
            {
                marks.Add(Element("rect", Attr("x", labelWidth), Attr("y", middle - BarHeight / 2), Attr("width", barWidth),
                    Attr("height", BarHeight), Attr("fill", Blue)));
            }
            marks.Add(Element("text", Attr("x", labelWidth + barWidth + 6), Attr("y", middle), Attr("dy", "0.35em"),
                Attr("font-size", 14), Attr("font-weight", point.Value is null ? "normal" : "bold"),
                Attr("fill", point.Value is null ? DarkGrey : Black), chart.FormatValue(point.Value)));
        }

        return Root(chart, Width, plotBottom + Bottom, "bar", marks);
    }
}
