using System.Text.Json.Nodes;
using FamilyServices.Bot.Tests.Channels.DirectLine;
using FamilyServices.Bot.Tests.Channels.Sms;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Outbox;
using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Bot.Tests.Channels;

/// <summary>The channels keep what they know in the casework database: a restart loses nothing, and the console's replies reach families.</summary>
public class ChannelsOverTheDatabaseTests
{
    [Fact]
    public async Task A_web_chat_conversation_carries_on_after_the_assistant_restarts()
    {
        var first = new BotApplication { OwnsDatabase = false };
        var chat = await DirectLineClient.StartAsync(first);
        await chat.PostMessageAsync("hello before the restart", "c1");
        var (before, _) = await chat.PollAsync();
        Assert.Contains(before, a => (string?)a!["text"] == "hello before the restart");
        await first.DisposeAsync();

        await using var second = new BotApplication { DatabaseFile = first.DatabaseFile };
        var again = new DirectLineClient(second.CreateClient(), second.Server) { Token = chat.Token, ConversationId = chat.ConversationId };
        await again.PostMessageAsync("hello after the restart", "c2");
        var (after, _) = await again.PollAsync();

        var texts = after.Select(a => (string?)a!["text"]).Where(t => t is not null).ToList();
        Assert.Contains("hello before the restart", texts);
        Assert.Contains("hello after the restart", texts);
        Assert.True(texts.IndexOf("hello before the restart") < texts.IndexOf("hello after the restart"));
    }

    [Fact]
    public async Task A_family_workers_reply_from_the_console_reaches_the_open_web_chat()
    {
        await using var app = new BotApplication();
        var chat = await DirectLineClient.StartAsync(app);
        await chat.PostMessageAsync("is anyone there", "c1");

        await AddToOutboxAsync(app, Channel.WebChat, chat.ConversationId, "Hello, this is Sam, a family worker.");

        var reply = await WaitForAsync(async () =>
        {
            var (activities, _) = await chat.PollAsync();
            return activities.FirstOrDefault(a => (string?)a!["text"] == "Hello, this is Sam, a family worker.");
        });
        Assert.Equal("bot", (string?)reply!["from"]!["role"]);
        Assert.Equal(OutboxStatus.Sent, await OutboxStatusAsync(app));
    }

    [Fact]
    public async Task A_family_workers_text_from_the_console_is_sent_through_twilio()
    {
        await using var twilio = await FakeTwilioServer.StartAsync();
        await using var app = new BotApplication
        {
            Settings = new Dictionary<string, string?> { ["Twilio:ApiBaseUrl"] = twilio.BaseUrl, ["Sms:Outbox:PollInterval"] = "00:00:00.050" },
        };
        _ = app.Server;

        await AddToOutboxAsync(app, Channel.Sms, "+447700900123", "We have passed your worry to the Safer Custody team.");

        var sent = await WaitForAsync(() => Task.FromResult(twilio.Requests.FirstOrDefault()));
        Assert.Equal("+447700900123", sent!.Form["To"]);
        Assert.Equal("We have passed your worry to the Safer Custody team.", sent.Form["Body"]);
        await WaitForAsync(async () => await OutboxStatusAsync(app) == OutboxStatus.Sent ? "sent" : null);
    }

    [Fact]
    public async Task A_retried_text_is_answered_the_same_after_a_restart_and_processed_once()
    {
        var first = new BotApplication { OwnsDatabase = false, RealConversations = true };
        var form = TwilioWebhook.Inbound("+447700900456", "my brother said he wants to end it all tonight");
        var firstReply = await (await new TwilioWebhook(first.CreateClient()).PostAsync(form)).Content.ReadAsStringAsync();
        await first.DisposeAsync();

        await using var second = new BotApplication { DatabaseFile = first.DatabaseFile, RealConversations = true };
        var retried = await (await new TwilioWebhook(second.CreateClient()).PostAsync(form)).Content.ReadAsStringAsync();

        Assert.Equal(firstReply, retried);
        Assert.Contains("999", firstReply);
        await using var scope = second.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var escalation = Assert.Single(await db.Escalations.ToListAsync());
        Assert.Equal(Severity.Emergency, escalation.Severity);
        Assert.Single(await db.ConversationMessages.Where(m => m.Author == MessageAuthor.Family).ToListAsync());
    }

    private static async Task AddToOutboxAsync(BotApplication app, Channel channel, string to, string body)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        db.Outbox.Add(new OutboxMessage
        {
            Channel = channel, To = to, Body = body, Purpose = "worker-reply", CreatedAt = DateTime.UtcNow, NextAttemptAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    private static async Task<OutboxStatus> OutboxStatusAsync(BotApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().Outbox.SingleAsync()).Status;
    }

    private static async Task<T?> WaitForAsync<T>(Func<Task<T?>> probe)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await probe() is { } found)
            {
                return found;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("It never happened.");
    }
}
