using FamilyServices.Bot.Tests.Channels;
using FamilyServices.Bot.Tests.Channels.DirectLine;
using FamilyServices.Bot.Tests.Channels.Sms;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Bot.Tests.Resilience;

/// <summary>Messages per phone number and per web chat conversation: a polite reply in the family's language, never in the way of an emergency.</summary>
public class MessageRateLimitTests
{
    private const string English = "You have sent a lot of messages in a short time";
    private const string Polish = "Wysłano dużo wiadomości w krótkim czasie";

    private static BotApplication Limited(int perMinute, bool realConversations = false) => new()
    {
        RealConversations = realConversations,
        Settings = new Dictionary<string, string?> { ["Channels:RateLimits:MessagesPerMinute"] = perMinute.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    [Fact(Timeout = 60_000)]
    public async Task A_number_over_its_limit_is_answered_politely_in_its_language_and_other_numbers_are_not_held_back()
    {
        await using var app = Limited(perMinute: 3);
        var twilio = new TwilioWebhook(app.CreateClient());

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(["echo: when can I visit " + i], await twilio.TextAsync("+447700900301", "when can I visit " + i));
        }
        var english = await twilio.TextAsync("+447700900301", "what ID do I need to visit?");
        var polish = await twilio.TextAsync("+447700900301", "Kiedy mogę odwiedzić męża w więzieniu?");
        var otherNumber = await twilio.TextAsync("+447700900302", "when can I visit?");

        Assert.StartsWith(English, Assert.Single(english));
        Assert.StartsWith(Polish, Assert.Single(polish));
        Assert.Equal(["echo: when can I visit?"], otherNumber);
        Assert.Equal(3, app.Turns.Received.Count(m => m.Address == "+447700900301"));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_text_about_an_emergency_from_a_number_over_its_limit_still_gets_the_emergency_reply_and_is_escalated()
    {
        await using var app = Limited(perMinute: 2, realConversations: true);
        var twilio = new TwilioWebhook(app.CreateClient());
        await twilio.TextAsync("+447700900303", "hello");
        await twilio.TextAsync("+447700900303", "what are the visiting times?");
        Assert.StartsWith(English, Assert.Single(await twilio.TextAsync("+447700900303", "and parking?")));

        var reply = string.Join(" ", await twilio.TextAsync("+447700900303", "my brother said he wants to end it all tonight"));

        Assert.Contains("999", reply);
        Assert.DoesNotContain(English, reply);
        await using var scope = app.Services.CreateAsyncScope();
        var escalation = Assert.Single(await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().Escalations.ToListAsync());
        Assert.Equal(Severity.Emergency, escalation.Severity);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_web_chat_conversation_over_its_limit_gets_a_polite_reply_but_an_emergency_still_gets_through()
    {
        await using var app = Limited(perMinute: 2, realConversations: true);
        var client = await DirectLineClient.StartAsync(app);
        await client.PostMessageAsync("hello", "c1", "pl-PL");
        await client.PostMessageAsync("godziny odwiedzin?", "c2", "pl-PL");
        await client.PostMessageAsync("a parking?", "c3", "pl-PL");
        await client.PostMessageAsync("my brother said he wants to end it all tonight", "c4", "en-GB");

        var (activities, _) = await client.PollAsync();
        var replies = activities.Where(a => (string?)a!["type"] == "message" && (string?)a["from"]!["role"] == "bot").Select(a => (string)a!["text"]!).ToList();
        Assert.Single(replies, r => r.StartsWith(Polish, StringComparison.Ordinal));
        Assert.Contains(replies, r => r.Contains("999", StringComparison.Ordinal) && !r.StartsWith(Polish, StringComparison.Ordinal) && !r.StartsWith(English, StringComparison.Ordinal));
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(Severity.Emergency, Assert.Single(await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().Escalations.ToListAsync()).Severity);
    }
}
