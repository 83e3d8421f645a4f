using System.Globalization;
using System.Xml.Linq;
using FamilyServices.Casework.ManagementInformation;
using FamilyServices.StaffConsole.Charts;

namespace FamilyServices.StaffConsole.Tests.Charts;

public class BarChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly SurveyScores Scores = new(3,
    [
        new QuestionScore(SurveyScores.Booking, 3, 3.67),
        new QuestionScore(SurveyScores.Welcome, 2, 5),
        new QuestionScore(SurveyScores.Information, 3, 2.5),
        new QuestionScore(SurveyScores.Facilities, 0, null),
        new QuestionScore(SurveyScores.Overall, 3, 4.33),
    ]);

    [Fact]
    public void Each_question_has_a_bar_as_long_as_its_average_on_the_1_to_5_scale_with_the_average_written_after_it()
    {
        var svg = XElement.Parse(BarChart.Svg(ReportCharts.QuestionAverages(Scores, "Average score per question")));

        var bars = svg.Descendants(Svg + "rect").Select(r => Number(r, "width")).ToList();
        Assert.Equal(4, bars.Count);
        // Welcome's 5 fills the scale; Information's 2.5 is half of it.
        Assert.Equal(bars[1] / 2, bars[2], precision: 0);
        Assert.Equal(bars[1] * 3.67 / 5, bars[0], precision: 0);
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("3.67", texts);
        Assert.Contains("4.33", texts);
        Assert.Contains("No answers", texts);
        Assert.Contains(SurveyScores.Information, texts);
    }

    [Fact]
    public void The_chart_is_well_formed_svg_an_image_with_its_title()
    {
        var svg = XElement.Parse(BarChart.Svg(ReportCharts.QuestionAverages(Scores, "Average score per question")));

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("Average score per question", svg.Element(Svg + "title")!.Value);
        Assert.Equal("chart-question-averages-title chart-question-averages-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Contains("Highest 5 (Welcome from staff), lowest 2.5 (Information before the visit)", svg.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void Counts_are_drawn_on_a_scale_of_whole_numbers_with_a_table_of_the_same_counts()
    {
        var chart = ReportCharts.Counts(
            [new Tally("Debt", 3), new Tally("Self harm", 2), new Tally("Bullying", 0)], "Escalations by category", "Category", "chart-escalations");

        var figure = XElement.Parse(BarChart.Render(chart).Value!);

        var svg = figure.Element(Svg + "svg")!;
        Assert.Equal(2, svg.Descendants(Svg + "rect").Count());
        var scale = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("text-anchor") == "middle").Select(t => t.Value);
        Assert.Equal(["0", "1", "2", "3"], scale);
        Assert.Equal(
            ["Debt: 3", "Self harm: 2", "Bullying: 0"],
            figure.Element("table")!.Element("tbody")!.Elements("tr").Select(tr => $"{tr.Element("th")!.Value}: {tr.Element("td")!.Value}"));
        Assert.Equal("chart-escalations", (string?)figure.Attribute("id"));
    }

    [Fact]
    public void A_long_label_is_shortened_on_the_chart_but_kept_whole_in_the_table()
    {
        var label = "Information about getting to the prison by public transport";
        var figure = XElement.Parse(BarChart.Render(new Chart("Long", [new(label, 1)])).Value!);

        Assert.DoesNotContain(label, figure.Element(Svg + "svg")!.Descendants(Svg + "text").Select(t => t.Value));
        Assert.Contains(figure.Element(Svg + "svg")!.Descendants(Svg + "text"), t => t.Value.EndsWith('…'));
        Assert.Equal(label, figure.Element("table")!.Element("tbody")!.Element("tr")!.Element("th")!.Value);
    }

    [Theory]
    [InlineData("#1d70b8")]
    [InlineData("#0b0c0c")]
    [InlineData("#505a5f")]
    public void Every_colour_used_for_bars_lines_and_text_contrasts_with_white_at_least_4_5_to_1(string colour)
    {
        var svg = BarChart.Svg(ReportCharts.QuestionAverages(Scores, "Scores")) + LineChart.Svg(new Chart("Trend", [new("Jul", 1), new("Aug", 2)]));
        Assert.Contains(colour, svg);

        Assert.True(Contrast(colour, "#ffffff") >= 4.5, $"{colour} on white is {Contrast(colour, "#ffffff"):0.00}:1");
    }

    [Fact]
    public void Only_the_listed_colours_fill_or_stroke_text_and_marks()
    {
        var svg = XElement.Parse(BarChart.Svg(ReportCharts.QuestionAverages(Scores, "Scores")));

        var colours = svg.Descendants()
            .Where(e => e.Name != Svg + "line")
            .SelectMany(e => new[] { (string?)e.Attribute("fill"), (string?)e.Attribute("stroke") })
            .OfType<string>()
            .Distinct();
        Assert.All(colours, c => Assert.Contains(c, new[] { "#1d70b8", "#0b0c0c", "#505a5f", "#ffffff", "none" }));
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>WCAG 2 contrast ratio.</summary>
    private static double Contrast(string first, string second)
    {
        static double Luminance(string hex)
        {
            double Channel(int offset)
            {
                var c = Convert.ToInt32(hex.Substring(offset, 2), 16) / 255.0;
                return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }
            return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
        }
        var (a, b) = (Luminance(first), Luminance(second));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }
}
