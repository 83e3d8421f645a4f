using FamilyServices.Bot.Conversations;

namespace FamilyServices.Bot.Tests.Conversations;

/// <summary>
/// One turn of a table-driven conversation: what the family says and the key facts the assistant's
/// replies must contain. A fact starting with "!" must not appear.
/// </summary>
public sealed record Line(string Says, params string[] Expect)
{
    public override string ToString() => Says;
}

public static class Script
{
    public static async Task RunAsync(ConversationHarness harness, IEnumerable<Line> lines)
    {
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            var result = await harness.SayAsync(line.Says);
            Check(result, line, number);
        }
    }

    public static void Check(TurnResult result, Line line, int number = 0)
    {
        var text = Text(result);
        foreach (var expected in line.Expect)
        {
            if (expected.StartsWith('!'))
            {
                Assert.False(text.Contains(expected[1..], StringComparison.OrdinalIgnoreCase),
                    $"Turn {number} \"{line.Says}\": the reply should not contain \"{expected[1..]}\" but was:\n{text}");
            }
            else
            {
                Assert.True(text.Contains(expected, StringComparison.OrdinalIgnoreCase),
                    $"Turn {number} \"{line.Says}\": the reply should contain \"{expected}\" but was:\n{text}");
            }
        }
    }

    /// <summary>Every reply with its choices as SMS would number them, so a test can check either.</summary>
    public static string Text(TurnResult result) =>
        string.Join("\n", result.Replies.Select(r =>
            r.Text + string.Concat(r.Choices.Select((c, i) => $"\n  {i + 1} {c.Label} [{c.Value}]"))));
}
