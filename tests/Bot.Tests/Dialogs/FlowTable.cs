using FamilyServices.Bot.Conversations;
using FamilyServices.Bot.Tests.Conversations;

namespace FamilyServices.Bot.Tests.Dialogs;

/// <summary>
/// One conversation of a table: its language (English runs on the real content and router; other
/// languages on our UI texts with the router scripted), its channel, the scripted phrases and the turns.
/// </summary>
public sealed record Flow(string Language, Line[] Lines, string Channel = "webchat")
{
    public List<(string Text, string Language, string Intent, Welfare Welfare, string? Category)> Phrases { get; } = [];

    public Flow Routes(string text, string intent, Welfare welfare = Welfare.None, string? category = null)
    {
        Phrases.Add((text, Language, intent, welfare, category));
        return this;
    }

    public async Task<ConversationHarness> RunAsync()
    {
        Func<IAssistantKnowledge>? knowledge = null;
        if (Language != "en")
        {
            knowledge = () =>
            {
                var scripted = new ScriptedKnowledge();
                foreach (var phrase in Phrases)
                {
                    scripted.Routes(phrase.Text, phrase.Language, phrase.Intent, phrase.Welfare, phrase.Category);
                }

                return scripted;
            };
        }

        var harness = await ConversationHarness.StartAsync(knowledge);
        harness.Channel = Channel;
        harness.Address = Channel == "sms" ? "+447700900123" : "web-user-1";
        harness.ConversationId = Channel == "sms" ? "+447700900123" : "directline-conversation-1";
        await Script.RunAsync(harness, Lines);
        return harness;
    }

    public override string ToString() => $"{Language} {Channel}: {Lines.FirstOrDefault()?.Says}";
}
