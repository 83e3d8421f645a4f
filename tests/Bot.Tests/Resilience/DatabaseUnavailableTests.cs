using System.Net;
using System.Text.Json;
using FamilyServices.Bot.Tests.Channels;
using FamilyServices.Bot.Tests.Channels.DirectLine;
using FamilyServices.Bot.Tests.Channels.Sms;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Bot.Tests.Resilience;

/// <summary>The database locked by another process for a moment: 503 with Retry-After, nothing half-written, and the retry answered once.</summary>
public class DatabaseUnavailableTests
{
    private static BotApplication ImpatientBot(bool realConversations)
    {
        var file = Path.Combine(Path.GetTempPath(), $"familyservices-bot-{Guid.NewGuid():N}.db");
        return new BotApplication
        {
            DatabaseFile = file,
            RealConversations = realConversations,
            Settings = new Dictionary<string, string?> { ["ConnectionStrings:Casework"] = DatabaseLock.Impatient(file) },
        };
    }

    [Fact(Timeout = 60_000)]
    public async Task A_welfare_text_while_the_database_is_locked_gets_503_and_twilios_retry_is_answered_once()
    {
        await using var app = ImpatientBot(realConversations: true);
        var twilio = new TwilioWebhook(app.CreateClient());
        var form = TwilioWebhook.Inbound("+447700900777", "my brother is being threatened for money on his wing");

        HttpResponseMessage refused;
        using (DatabaseLock.Take(app.DatabaseFile))
        {
            refused = await twilio.PostAsync(form);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("try again", await refused.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal((0, 0, 0, 0), await CountsAsync(app));

        var answered = await twilio.PostAsync(form);
        var again = await twilio.PostAsync(form);

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var reply = await answered.Content.ReadAsStringAsync();
        Assert.Equal(reply, await again.Content.ReadAsStringAsync());
        var (conversations, familyMessages, escalations, receipts) = await CountsAsync(app);
        Assert.Equal((1, 1, 1, 1), (conversations, familyMessages, escalations, receipts));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_web_chat_message_while_the_database_is_locked_gets_a_direct_line_503_and_nothing_is_stored()
    {
        await using var app = ImpatientBot(realConversations: false);
        var client = await DirectLineClient.StartAsync(app);
        var path = $"/v3/directline/conversations/{client.ConversationId}/activities";

        HttpResponseMessage refused;
        using (DatabaseLock.Take(app.DatabaseFile))
        {
            refused = await client.SendAsync(HttpMethod.Post, path, new { type = "message", text = "when can I visit?" });
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        var error = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.Equal("ServiceUnavailable", error.GetProperty("code").GetString());
        Assert.Equal(0, await ActivityCountAsync(app, client.ConversationId));
        Assert.Empty(app.Turns.Received);

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Post, path, new { type = "message", text = "when can I visit?" })).StatusCode);
        Assert.Single(app.Turns.Received);
        // The family's message, the typing indicator and the answer: each once.
        Assert.Equal(3, await ActivityCountAsync(app, client.ConversationId));
    }

    private static async Task<(int Conversations, int FamilyMessages, int Escalations, int Receipts)> CountsAsync(BotApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        return (await db.Conversations.CountAsync(), await db.ConversationMessages.CountAsync(m => m.Author == MessageAuthor.Family),
            await db.Escalations.CountAsync(), await db.SmsReceipts.CountAsync());
    }

    private static async Task<int> ActivityCountAsync(BotApplication app, string conversationId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().WebChatActivities.CountAsync(a => a.ConversationId == conversationId);
    }
}
