using System.Globalization;
using System.Xml.Linq;
using FamilyServices.StaffConsole.Charts;

namespace FamilyServices.StaffConsole.Tests.Charts;

public class LineChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly Chart Trend = new("Overall satisfaction by month",
    [
        new("Jul 2026", 4.5), new("Aug 2026", null), new("Sep 2026", 3), new("Oct 2026", 5),
    ])
    {
        LabelHeading = "Month",
        ValueHeading = "Average overall score (1 to 5)",
        Maximum = 5,
        NoValue = "No responses",
    };

    [Fact]
    public void The_chart_is_well_formed_svg_an_image_with_its_title_and_description()
    {
        var svg = XElement.Parse(LineChart.Svg(Trend));

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        var title = svg.Elements().First();
        Assert.Equal(Svg + "title", title.Name);
        Assert.Equal("Overall satisfaction by month", title.Value);
        var desc = svg.Element(Svg + "desc")!;
        Assert.Equal(
            "Average overall score (1 to 5), 4 items from Jul 2026 to Oct 2026. Highest 5 (Oct 2026), lowest 3 (Sep 2026).",
            desc.Value);
        Assert.Equal($"{title.Attribute("id")!.Value} {desc.Attribute("id")!.Value}", (string?)svg.Attribute("aria-labelledby"));
        Assert.Empty(svg.Descendants(Svg + "script"));
    }

    [Fact]
    public void Each_value_is_a_point_written_above_it_and_a_month_without_data_breaks_the_line()
    {
        var svg = XElement.Parse(LineChart.Svg(Trend));

        var points = svg.Descendants(Svg + "circle").ToList();
        Assert.Equal(3, points.Count);
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("4.5", texts);
        Assert.Contains("3", texts);
        Assert.Contains("5", texts);
        // Jul stands alone before the gap; Sep to Oct is one line of two points.
        var line = Assert.Single(svg.Descendants(Svg + "polyline"));
        Assert.Equal(2, ((string)line.Attribute("points")!).Split(' ').Length);
    }

    [Fact]
    public void A_higher_value_is_drawn_higher_on_a_scale_from_0_to_the_fixed_maximum()
    {
        var svg = XElement.Parse(LineChart.Svg(Trend));

        var heights = svg.Descendants(Svg + "circle").Select(c => double.Parse((string)c.Attribute("cy")!, CultureInfo.InvariantCulture)).ToList();
        // 4.5, 3 and 5: y grows downwards.
        Assert.True(heights[2] < heights[0] && heights[0] < heights[1]);
        var scale = svg.Descendants(Svg + "text").Select(t => t.Value).Where(v => v.Length == 1).Distinct().ToList();
        Assert.Equal(["0", "1", "2", "3", "4", "5"], scale.Order());
    }

    [Fact]
    public void The_page_gets_the_chart_and_the_same_figures_as_a_visually_hidden_table()
    {
        var figure = XElement.Parse(LineChart.Render(Trend).Value!);

        Assert.Equal("figure", figure.Name.LocalName);
        Assert.NotNull(figure.Element(Svg + "svg"));
        var table = figure.Element("table")!;
        Assert.Equal("govuk-visually-hidden", (string?)table.Attribute("class"));
        Assert.Equal("Overall satisfaction by month", table.Element("caption")!.Value);
        Assert.Equal(["Month", "Average overall score (1 to 5)"], table.Descendants("thead").Descendants("th").Select(th => th.Value));
        Assert.Equal(
            ["Jul 2026: 4.5", "Aug 2026: No responses", "Sep 2026: 3", "Oct 2026: 5"],
            table.Element("tbody")!.Elements("tr").Select(tr => $"{tr.Element("th")!.Value}: {tr.Element("td")!.Value}"));
    }

    [Fact]
    public void Text_from_the_database_cannot_break_the_markup()
    {
        var chart = new Chart("Scores <b>& \"more\"</b>", [new("<script>alert(1)</script>", 2)]);

        var figure = XElement.Parse(LineChart.Render(chart).Value!);

        Assert.DoesNotContain(figure.Descendants(), e => e.Name.LocalName is "script" or "b");
        Assert.Equal("Scores <b>& \"more\"</b>", figure.Element(Svg + "svg")!.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void A_chart_without_any_value_says_so_and_still_draws_its_axis()
    {
        var chart = Trend with { Points = [new("Jul 2026", null), new("Aug 2026", null)] };

        var svg = XElement.Parse(LineChart.Svg(chart));

        Assert.Empty(svg.Descendants(Svg + "circle"));
        Assert.Equal("No responses for any of the 2 items.", svg.Element(Svg + "desc")!.Value);
        Assert.NotEmpty(svg.Descendants(Svg + "line"));
    }
}
