using System.Text.Json.Nodes;
using FamilyServices.Knowledge.Evaluation;

namespace FamilyServices.Knowledge.Tests.Evaluation;

public class EvalCommandTests
{
    private static string WriteTsv(params string[] lines)
    {
        var path = Path.Combine(Path.GetTempPath(), "eval-" + Guid.NewGuid().ToString("N") + ".tsv");
        File.WriteAllLines(path, lines.Prepend("lang\ttext\tintent"));
        return path;
    }

    private static readonly string Sample = WriteTsv(
        "en\twhat time are visits at leicester\tvisiting-times",
        "en\the said he is going to kill himself tonight\temergency",
        "en\tmy son is being bullied\tconcern",
        "pl\tjak wysłać pieniądze\tsending-money",
        "en\twhat is the capital of peru\tfallback",
        "en\thow do i book a visit\tdress-code"); // deliberately wrong label: must show as a miss

    [Fact]
    public void Prints_each_miss_then_a_summary_line()
    {
        var output = new StringWriter();
        Assert.Equal(0, EvalCommand.Run([Sample], output, Shared.Router));
        var lines = output.ToString().TrimEnd().Split('\n');

        var miss = Assert.Single(lines, l => l.StartsWith("MISS", StringComparison.Ordinal));
        Assert.Contains("how do i book a visit", miss);
        Assert.Contains("expected=dress-code", miss);
        Assert.Contains("got=booking-a-visit", miss);

        var summary = JsonNode.Parse(lines[^1])!.AsObject();
        Assert.Equal(6, summary["total"]!.GetValue<int>());
        Assert.Equal(Math.Round(5 / 6.0, 4), summary["intent_accuracy"]!.GetValue<double>());
        Assert.Equal(1.0, summary["language_accuracy"]!.GetValue<double>());
        Assert.Equal(0.8, summary["by_language"]!["en"]!.GetValue<double>());
        Assert.Equal(1.0, summary["by_language"]!["pl"]!.GetValue<double>());
        Assert.Equal(1.0, summary["emergency_recall"]!.GetValue<double>());
        Assert.Equal(1.0, summary["concern_recall"]!.GetValue<double>());
        Assert.Equal(0.0, summary["false_concern_rate"]!.GetValue<double>());
        Assert.Equal(1.0, summary["fallback_recall"]!.GetValue<double>());
    }

    [Fact]
    public void Jsonl_prints_one_object_per_line_then_the_summary()
    {
        var output = new StringWriter();
        EvalCommand.Run([Sample, "--jsonl"], output, Shared.Router);
        var lines = output.ToString().TrimEnd().Split('\n');

        Assert.Equal(7, lines.Length);
        var first = JsonNode.Parse(lines[0])!.AsObject();
        Assert.Equal("what time are visits at leicester", first["text"]!.GetValue<string>());
        Assert.Equal("visiting-times", first["expected"]!.GetValue<string>());
        Assert.Equal("visiting-times", first["intent"]!.GetValue<string>());
        Assert.Equal("en", first["expected_language"]!.GetValue<string>());
        Assert.Equal("en", first["language"]!.GetValue<string>());
        Assert.InRange(first["confidence"]!.GetValue<double>(), 0.0, 1.0);
        Assert.Equal("jak wysłać pieniądze", JsonNode.Parse(lines[3])!["text"]!.GetValue<string>());
        Assert.Equal(6, JsonNode.Parse(lines[^1])!["total"]!.GetValue<int>());
    }

    [Fact]
    public void Explain_shows_under_a_miss_which_welfare_words_were_found_in_it()
    {
        // A worry labelled as a question, so it is a miss: whoever corrects the content sees the words that made it one.
        var file = WriteTsv("en	my son is being bullied on the wing, what are visiting times	visiting-times", "en	how do i book a visit	booking-a-visit");
        var output = new StringWriter();
        EvalCommand.Run([file, "--explain"], output, Shared.Router);
        var lines = output.ToString().TrimEnd().Split('\n');

        var miss = Array.FindIndex(lines, l => l.StartsWith("MISS", StringComparison.Ordinal));
        Assert.Contains("got=concern", lines[miss]);
        Assert.StartsWith("  ranked concern", lines[miss + 1]);
        // The words as the router read them (after text-speak and romanised spelling), then the worry found in them.
        Assert.StartsWith("  reading \"my son is being bullied", lines[miss + 2]);
        Assert.Contains("Concern/bullying", lines[miss + 3]);
        Assert.Contains("bullied", lines[miss + 3]);
        // The line answered rightly is not explained: after the miss, only its explanation and the summary.
        Assert.Single(lines, l => l.StartsWith("MISS", StringComparison.Ordinal));
        Assert.All(lines[(miss + 1)..^1], l => Assert.StartsWith("  ", l));
    }

    [Fact]
    public void A_missing_file_is_reported_not_thrown()
    {
        var output = new StringWriter();
        Assert.Equal(2, EvalCommand.Run(["no-such-file.tsv"], output, Shared.Router));
        Assert.Contains("not found", output.ToString());
    }
}
