using FamilyServices.Bot.Tests.Conversations;

namespace FamilyServices.Bot.Tests.Dialogs;

/// <summary>One conversation of a table, on the real content and router: its language, channel and turns.</summary>
public sealed record Flow(string Language, Line[] Lines, string Channel = "webchat")
{
    public async Task<ConversationHarness> RunAsync()
    {
        var harness = await ConversationHarness.StartAsync();
        harness.Channel = Channel;
        harness.Address = Channel == "sms" ? "+447700900123" : "web-user-1";
        harness.ConversationId = Channel == "sms" ? "+447700900123" : "directline-conversation-1";
        await Script.RunAsync(harness, Lines);
        return harness;
    }

    public override string ToString() => $"{Language} {Channel}: {Lines.FirstOrDefault()?.Says}";
}
