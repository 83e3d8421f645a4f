using System.Collections.Concurrent;
using FamilyServices.Bot.Conversations;

namespace FamilyServices.Bot.Tests.Channels;

/// <summary>
/// Stands in for the conversation engine in channel tests: it records every message and answers
/// "echo: text" in the message's language, with choices when asked for "menu", a long answer for
/// "long", and a failure for "fail".
/// </summary>
public sealed class TestTurnHandler : ITurnHandler
{
    public ConcurrentQueue<IncomingMessage> Received { get; } = new();

    public static readonly string LongEnglish = string.Join(' ', Enumerable.Range(1, 120).Select(i => $"word{i}"));
    public static readonly string LongPolish = string.Join(' ', Enumerable.Range(1, 60).Select(i => $"zażółć{i}"));

    public Task<TurnResult> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        Received.Enqueue(message);
        var language = message.Locale?.Split('-')[0] ?? (message.Text.Contains("zażółć", StringComparison.Ordinal) ? "pl" : "en");
        var text = message.Text.Trim();
        OutgoingReply reply = text switch
        {
            "fail" => throw new InvalidOperationException("the engine failed"),
            "menu" => new OutgoingReply("What would you like to know?",
                [new ReplyChoice("Visiting times", "visiting-times"), new ReplyChoice("ID to bring", "id-requirements"), new ReplyChoice("Talk to a person", "human")], language),
            "menu ar" => new OutgoingReply("ماذا تريد أن تعرف؟",
                [new ReplyChoice("أوقات الزيارة", "visiting-times"), new ReplyChoice("الهوية", "id-requirements"), new ReplyChoice("شخص", "human")], "ar"),
            "long" => new OutgoingReply(LongEnglish, [], "en"),
            "long pl" => new OutgoingReply(LongPolish, [], "pl"),
            "silent" => new OutgoingReply("", [], language),
            _ => new OutgoingReply("echo: " + text, [], language),
        };
        return Task.FromResult(new TurnResult(text == "silent" ? [] : [reply]));
    }
}
