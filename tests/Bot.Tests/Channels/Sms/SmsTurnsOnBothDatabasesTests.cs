using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Bot.Tests.Channels.Sms;

/// <summary>
/// Real texts through the real engine on SQLite and PostgreSQL: an ordinary turn is saved without
/// EF's update pipeline, a welfare turn with it, and both keep a text's promises: answered once,
/// recorded before the reply, nothing lost when two instances answer one number at once.
/// </summary>
public class SmsTurnsOnBothDatabasesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_retried_text_gets_the_same_reply_and_the_conversation_carries_on_from_what_was_stored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = AppOver(database);
        var twilio = new TwilioWebhook(app.CreateClient());
        var number = "+447700900311";

        var question = TwilioWebhook.Inbound(number, "what are the visiting times at Leicester?");
        var reply = await (await twilio.PostAsync(question)).Content.ReadAsStringAsync();
        var retried = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ => await (await twilio.PostAsync(question)).Content.ReadAsStringAsync()));
        var next = await twilio.TextAsync(number, "what ID do I need?");

        Assert.All(retried, r => Assert.Equal(reply, r));
        Assert.NotEmpty(next);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var conversation = await db.Conversations.Include(c => c.Messages).SingleAsync(c => c.ExternalId == number);
        Assert.Equal(2, conversation.Messages.Count(m => m.Author == MessageAuthor.Family));
        Assert.Single(conversation.Messages, m => m.ChannelMessageId == question["MessageSid"]);
        Assert.Equal("leicester", conversation.EstablishmentId);
        Assert.Equal(2, await db.SmsReceipts.CountAsync());
        Assert.NotNull(await db.SmsSessions.SingleOrDefaultAsync(s => s.PhoneNumber == number));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Texts_from_one_number_to_two_instances_at_once_are_all_answered_and_all_kept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = AppOver(database);
        await using var second = AppOver(database);
        var number = "+447700900312";
        await new TwilioWebhook(first.CreateClient()).TextAsync(number, "hello");

        // Each instance has its own lock per number: only the conversation's version keeps the turns apart.
        var texts = Enumerable.Range(0, 6).Select(i => TwilioWebhook.Inbound(number, i % 2 == 0 ? "what are the visiting times?" : "what ID do I need?")).ToList();
        var replies = await Task.WhenAll(texts.Select(async (form, i) =>
            await (await new TwilioWebhook((i % 2 == 0 ? first : second).CreateClient()).PostAsync(form)).Content.ReadAsStringAsync()));

        Assert.All(replies, r => Assert.Contains("<Message>", r));
        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var familyMessages = await db.ConversationMessages.Where(m => m.Author == MessageAuthor.Family).Select(m => m.ChannelMessageId).ToListAsync();
        Assert.Equal(7, familyMessages.Count);
        Assert.All(texts, t => Assert.Contains(t["MessageSid"], familyMessages));
        Assert.Equal(7, await db.SmsReceipts.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_disclosure_after_ordinary_texts_is_escalated_with_the_turn_and_its_retry_is_not_escalated_again(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = AppOver(database);
        var twilio = new TwilioWebhook(app.CreateClient());
        var number = "+447700900313";
        await twilio.TextAsync(number, "what are the visiting times?");

        var disclosure = TwilioWebhook.Inbound(number, "my brother said he wants to end it all tonight");
        var reply = await (await twilio.PostAsync(disclosure)).Content.ReadAsStringAsync();
        var retried = await (await twilio.PostAsync(disclosure)).Content.ReadAsStringAsync();

        Assert.Contains("999", reply);
        Assert.Equal(reply, retried);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        Assert.Equal(Severity.Emergency, Assert.Single(await db.Escalations.ToListAsync()).Severity);
        Assert.Single(await db.ConversationMessages.Where(m => m.ChannelMessageId == disclosure["MessageSid"]).ToListAsync());
    }

    // On SQLite a number's next text starts from what its last turn saved, kept in memory: these show that what
    // the database holds still wins when something else changed it in between.

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_conversation_changed_elsewhere_between_two_texts_carries_on_from_the_change(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = AppOver(database);
        var twilio = new TwilioWebhook(app.CreateClient());
        var number = "+447700900314";
        Assert.Contains("Leicester", string.Join("\n", await twilio.TextAsync(number, "what are the visiting times at Leicester?")));

        // Another instance (or a worker's tool) moved the family to Chelmsford meanwhile.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
            var conversation = await db.Conversations.SingleAsync(c => c.ExternalId == number);
            conversation.EstablishmentId = "chelmsford";
            await db.SaveChangesAsync();
        }

        var reply = string.Join("\n", await twilio.TextAsync(number, "what are the visiting times?"));

        Assert.Contains("Chelmsford", reply);
        Assert.DoesNotContain("Leicester", reply);
        await using var check = app.Services.CreateAsyncScope();
        var saved = check.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        Assert.Equal(2, await saved.ConversationMessages.CountAsync(m => m.Author == MessageAuthor.Family));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_number_erased_between_two_texts_starts_a_new_conversation_and_loses_nothing_after(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = AppOver(database);
        var twilio = new TwilioWebhook(app.CreateClient());
        var number = "+447700900315";
        await twilio.TextAsync(number, "what are the visiting times at Leicester?");

        // Retention (or a request to erase) removed the number's conversation and session.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
            await db.Conversations.Where(c => c.ExternalId == number).ExecuteDeleteAsync();
            await db.SmsSessions.Where(s => s.PhoneNumber == number).ExecuteDeleteAsync();
        }

        var reply = await twilio.TextAsync(number, "what ID do I need to visit?");
        var next = await twilio.TextAsync(number, "what should I wear?");

        Assert.NotEmpty(reply);
        Assert.NotEmpty(next);
        await using var check = app.Services.CreateAsyncScope();
        var saved = check.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var conversation = await saved.Conversations.Include(c => c.Messages).SingleAsync(c => c.ExternalId == number);
        Assert.Equal(["what ID do I need to visit?", "what should I wear?"],
            conversation.Messages.Where(m => m.Author == MessageAuthor.Family).OrderBy(m => m.Id).Select(m => m.Text));
        Assert.NotNull(await saved.SmsSessions.SingleOrDefaultAsync(s => s.PhoneNumber == number));
    }

    private static BotApplication AppOver(TestDatabase database) => new()
    {
        RealConversations = true,
        OwnsDatabase = false,
        Settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Casework"] = database.ConnectionString,
        },
    };
}
