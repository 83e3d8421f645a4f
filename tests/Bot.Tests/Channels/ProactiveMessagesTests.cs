using FamilyServices.Bot.Channels;
using FamilyServices.Bot.Channels.DirectLine;
using FamilyServices.Bot.Channels.Sms;
using FamilyServices.Bot.Tests.Channels.DirectLine;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Bot.Tests.Channels;

public class ProactiveMessagesTests(BotApplication app) : IClassFixture<BotApplication>
{
    [Fact]
    public async Task A_family_workers_reply_goes_to_the_sms_outbox_or_the_web_chat_transcript()
    {
        var client = await DirectLineClient.StartAsync(app);
        using var scope = app.Services.CreateScope();
        var proactive = scope.ServiceProvider.GetRequiredService<IProactiveMessages>();

        await proactive.SendAsync("webchat", "dl_test", client.ConversationId, new("Sam here, a family worker.", [], "en"), default);
        await proactive.SendAsync("sms", "+447700900999", "+447700900999", new("Sam here, a family worker.", [], "en"), default);

        var (activities, _) = await client.PollAsync();
        Assert.Equal("Sam here, a family worker.", (string)activities[^1]!["text"]!);
        var outbox = scope.ServiceProvider.GetRequiredService<ISmsOutbox>();
        // Far enough ahead that an item the background sender holds (or is backing off) is due as well.
        var later = DateTimeOffset.UtcNow.AddHours(1);
        var claimed = await outbox.ClaimDueAsync(later, later.AddMinutes(2), 1000, default);
        Assert.Contains(claimed, i => i.To == "+447700900999" && i.Body == "Sam here, a family worker.");
        await Assert.ThrowsAsync<ArgumentException>(() => proactive.SendAsync("fax", "x", "x", new("x", [], "en"), default));
    }
}
