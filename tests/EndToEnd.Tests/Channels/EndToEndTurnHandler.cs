using System.Collections.Concurrent;
using FamilyServices.Bot.Conversations;

namespace FamilyServices.EndToEnd.Tests.Channels;

/// <summary>
/// Stands in for the conversation engine, which is built separately: it answers the ID question in
/// the language of the message's locale, offers choices for "menu", and echoes anything else.
/// </summary>
public sealed class EndToEndTurnHandler : ITurnHandler
{
    public static readonly IReadOnlyDictionary<string, string> IdAnswer = new Dictionary<string, string>
    {
        ["en"] = "Every adult visitor needs photo ID, such as a passport or a driving licence.",
        ["pl"] = "Każdy dorosły odwiedzający potrzebuje dokumentu tożsamości ze zdjęciem, np. paszportu.",
        ["ar"] = "يحتاج كل زائر بالغ إلى هوية تحمل صورة، مثل جواز السفر.",
    };

    public ConcurrentQueue<IncomingMessage> Received { get; } = new();

    public Task<TurnResult> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        Received.Enqueue(message);
        var language = message.Locale?.Split('-')[0] is { } l && IdAnswer.ContainsKey(l) ? l : "en";
        var text = message.Text.Trim();
        OutgoingReply reply;
        if (text.Contains("ID", StringComparison.OrdinalIgnoreCase) || text.Contains("dowód", StringComparison.OrdinalIgnoreCase) || text.Contains("هوية", StringComparison.Ordinal))
        {
            reply = new OutgoingReply(IdAnswer[language], [], language);
        }
        else if (text == "menu")
        {
            reply = new OutgoingReply("What would you like to know?",
                [new ReplyChoice("Visiting times", "Visiting times"), new ReplyChoice("ID to bring", "ID to bring")], language);
        }
        else if (text == "Visiting times")
        {
            reply = new OutgoingReply("Visits are on Tuesday, Thursday and Saturday afternoons.", [], language);
        }
        else
        {
            reply = new OutgoingReply("echo: " + text, [], language);
        }
        return Task.FromResult(new TurnResult([reply]));
    }
}
