using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;

namespace FamilyServices.StaffConsole.Charts;

/// <summary>What both charts share: the GOV.UK colours, the accessible frame, the figures table.</summary>
internal static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    // GOV.UK colour palette. Blue on white is 5.2:1 and black and dark grey are over 7:1, so text
    // and marks read for people with low vision; the light grid lines are decoration only.
    public const string Blue = "#1d70b8";
    public const string Black = "#0b0c0c";
    public const string DarkGrey = "#505a5f";
    public const string MidGrey = "#b1b4b6";
    public const string FontFamily = "\"GDS Transport\", arial, sans-serif";

    public static XElement Element(string name, params object?[] content) => new(Ns + name, content);

    public static XAttribute Attr(string name, double value) => new(name, value.ToString("0.#", CultureInfo.InvariantCulture));

    public static XAttribute Attr(string name, string value) => new(name, value);

    /// <summary>The svg element with role="img", its title and description first, as screen readers expect.</summary>
    public static XElement Root(Chart chart, double width, double height, string kind, IEnumerable<XElement> marks)
    {
        var id = chart.ElementId;
        return Element("svg",
            Attr("viewBox", $"0 0 {width.ToString(CultureInfo.InvariantCulture)} {height.ToString(CultureInfo.InvariantCulture)}"),
            Attr("class", $"app-chart__svg app-chart__svg--{kind}"),
            Attr("role", "img"),
            Attr("aria-labelledby", $"{id}-title {id}-desc"),
            Attr("focusable", "false"),
            Attr("font-family", FontFamily),
            Element("title", Attr("id", $"{id}-title"), chart.Title),
            Element("desc", Attr("id", $"{id}-desc"), chart.Summary()),
            marks);
    }

    public static string Text(XElement svg) => svg.ToString(SaveOptions.DisableFormatting);

    /// <summary>
    /// The chart and, for screen readers and anyone who wants the exact numbers, the same figures
    /// as a table hidden from view with GOV.UK Frontend's class.
    /// </summary>
    public static HtmlString Figure(Chart chart, XElement svg)
    {
        var table = new XElement("table",
            new XAttribute("class", "govuk-visually-hidden"),
            new XElement("caption", chart.Title),
            new XElement("thead", new XElement("tr",
                new XElement("th", new XAttribute("scope", "col"), chart.LabelHeading),
                new XElement("th", new XAttribute("scope", "col"), chart.ValueHeading))),
            new XElement("tbody", chart.Points.Select(p => new XElement("tr",
                new XElement("th", new XAttribute("scope", "row"), p.Label),
                new XElement("td", chart.FormatValue(p.Value))))));
        var figure = new XElement("figure",
            new XAttribute("class", "app-chart"),
            new XAttribute("id", chart.ElementId),
            svg,
            table);
        return new HtmlString(figure.ToString(SaveOptions.DisableFormatting));
    }
}
