using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Casework.Tests.Persistence;

/// <summary>A conversation turn's rows saved without EF's update pipeline, with SaveChanges's guarantees.</summary>
public class DirectSaveTests
{
    private static readonly IReadOnlySet<Type> TurnTypes = new HashSet<Type>
    {
        typeof(Conversation), typeof(ConversationMessage), typeof(SmsSessionState), typeof(SmsReceipt),
    };

    private static readonly DateTime Now = new(2026, 5, 1, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_conversation_its_messages_and_the_text_receipt_are_stored_as_SaveChanges_would(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var conversation = new Conversation { Channel = Channel.Sms, Address = "+447700900001", ExternalId = "+447700900001", Language = "pl", DialogState = "{\"greeted\":true}", StartedAt = Now, LastActivityAt = Now };
        var question = new ConversationMessage { ConversationId = conversation.Id, Author = MessageAuthor.Family, Text = "Kiedy mogę odwiedzić?", Language = "pl", SentAt = Now, ChannelMessageId = "SM1", Intent = "visiting-times" };
        var answer = new ConversationMessage { ConversationId = conversation.Id, Author = MessageAuthor.Assistant, Text = "Wizyty: wtorek", Language = "pl", SentAt = Now };
        await using (var db = database.NewContext())
        {
            // Messages added first: the conversation still goes in before them.
            db.ConversationMessages.AddRange(question, answer);
            db.Conversations.Add(conversation);
            db.SmsSessions.Add(new SmsSessionState { PhoneNumber = "+447700900001", Language = "pl", UpdatedAt = Now });
            db.SmsReceipts.Add(new SmsReceipt { MessageSid = "SM1", RepliesJson = "[\"Wizyty: wtorek\"]", ReceivedAt = Now });

            Assert.True(await db.TrySaveAsync(TurnTypes, default));
            Assert.All(db.ChangeTracker.Entries(), e => Assert.Equal(EntityState.Unchanged, e.State));
            Assert.True(question.Id > 0 && answer.Id > question.Id, "the database's ids are read back, in order");
            Assert.NotEqual(Guid.Empty, conversation.Version);
        }

        await using var check = database.NewContext();
        var stored = await check.Conversations.Include(c => c.Messages).SingleAsync();
        Assert.Equal(("pl", "{\"greeted\":true}", Now, conversation.Version), (stored.Language, stored.DialogState, stored.StartedAt, stored.Version));
        Assert.Equal(DateTimeKind.Utc, stored.StartedAt.Kind);
        Assert.Equal(
            [(MessageAuthor.Family, "Kiedy mogę odwiedzić?", "SM1", "visiting-times"), (MessageAuthor.Assistant, "Wizyty: wtorek", null, null)],
            stored.Messages.OrderBy(m => m.Id).Select(m => (m.Author, m.Text, m.ChannelMessageId, m.Intent)));
        Assert.Equal("pl", (await check.SmsSessions.SingleAsync()).Language);
        Assert.Equal("[\"Wizyty: wtorek\"]", (await check.SmsReceipts.SingleAsync(r => r.MessageSid == "SM1")).RepliesJson);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_turn_on_a_conversation_another_instance_saved_meanwhile_is_refused_and_writes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await StoredConversationAsync(database);

        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var firstCopy = await first.Conversations.SingleAsync(c => c.Id == id);
        var secondCopy = await second.Conversations.SingleAsync(c => c.Id == id);

        firstCopy.DialogState = "first";
        Assert.True(await first.TrySaveAsync(TurnTypes, default));

        secondCopy.DialogState = "second";
        second.ConversationMessages.Add(new ConversationMessage { ConversationId = id, Author = MessageAuthor.Family, Text = "lost?", SentAt = Now });
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.TrySaveAsync(TurnTypes, default));

        // Reloaded, the turn is run again and saved over the first instance's state.
        await using var retry = database.NewContext();
        var fresh = await retry.Conversations.SingleAsync(c => c.Id == id);
        Assert.Equal("first", fresh.DialogState);
        fresh.DialogState = "second, again";
        Assert.True(await retry.TrySaveAsync(TurnTypes, default));

        await using var check = database.NewContext();
        Assert.Equal("second, again", (await check.Conversations.SingleAsync()).DialogState);
        Assert.Empty(await check.ConversationMessages.ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_retried_text_already_recorded_breaks_the_receipt_key_and_rolls_the_whole_turn_back(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await StoredConversationAsync(database);
        await using (var db = database.NewContext())
        {
            db.SmsReceipts.Add(new SmsReceipt { MessageSid = "SM-retried", RepliesJson = "[\"first reply\"]", ReceivedAt = Now });
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var conversation = await db.Conversations.SingleAsync(c => c.Id == id);
            conversation.DialogState = "processed twice";
            db.ConversationMessages.Add(new ConversationMessage { ConversationId = id, Author = MessageAuthor.Family, Text = "again", SentAt = Now, ChannelMessageId = "SM-retried" });
            db.SmsReceipts.Add(new SmsReceipt { MessageSid = "SM-retried", RepliesJson = "[\"second reply\"]", ReceivedAt = Now });
            var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.TrySaveAsync(TurnTypes, default));
            Assert.IsNotType<DbUpdateConcurrencyException>(refused);
        }

        await using (var check = database.NewContext())
        {
            Assert.Equal("[\"first reply\"]", (await check.SmsReceipts.SingleAsync()).RepliesJson);
            Assert.Null((await check.Conversations.SingleAsync()).DialogState);
            Assert.Empty(await check.ConversationMessages.ToListAsync());
        }

        // The failure leaves nothing behind: the family's next text is saved.
        await using (var db = database.NewContext())
        {
            (await db.Conversations.SingleAsync(c => c.Id == id)).DialogState = "next text";
            db.SmsReceipts.Add(new SmsReceipt { MessageSid = "SM-next", RepliesJson = "[\"next reply\"]", ReceivedAt = Now });
            Assert.True(await db.TrySaveAsync(TurnTypes, default));
        }
        await using var after = database.NewContext();
        Assert.Equal("next text", (await after.Conversations.SingleAsync()).DialogState);
        Assert.Equal(2, await after.SmsReceipts.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_session_updated_for_a_number_that_has_none_is_refused_so_the_turn_is_run_again(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        db.SmsSessions.Update(new SmsSessionState { PhoneNumber = "+447700900009", UpdatedAt = Now });
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.TrySaveAsync(TurnTypes, default));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_turn_that_also_raises_an_escalation_is_left_to_SaveChanges_untouched(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await StoredConversationAsync(database);
        await using (var db = database.NewContext())
        {
            var conversation = await db.Conversations.SingleAsync(c => c.Id == id);
            conversation.DialogState = "welfare raised";
            db.Escalations.Add(new Escalation { Reference = "W-2026-000001", Severity = Severity.Urgent, RaisedAt = Now, UpdatedAt = Now });

            Assert.False(await db.TrySaveAsync(TurnTypes, default));
            Assert.Equal(EntityState.Modified, db.Entry(conversation).State);
            await db.SaveChangesAsync();
        }

        await using var check = database.NewContext();
        Assert.Equal("welfare raised", (await check.Conversations.SingleAsync()).DialogState);
        Assert.Single(await check.Escalations.ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_turns_rows_kept_out_of_the_change_tracker_are_written_whole_with_the_conversations_new_version(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await StoredConversationAsync(database);
        await using (var db = database.NewContext())
        {
            db.SmsSessions.Add(new SmsSessionState { PhoneNumber = "+447700900002", Language = "en", UpdatedAt = Now });
            await db.SaveChangesAsync();
        }

        var question = new ConversationMessage { ConversationId = id, Author = MessageAuthor.Family, Text = "Ile kosztuje?", SentAt = Now, ChannelMessageId = "SM2" };
        var answer = new ConversationMessage { ConversationId = id, Author = MessageAuthor.Assistant, Text = "Nic", SentAt = Now };
        Conversation conversation;
        await using (var db = database.NewContext())
        {
            conversation = await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == id);
            var read = conversation.Version;
            (conversation.Language, conversation.DialogState, conversation.LastActivityAt) = ("pl", "{\"greeted\":true}", Now.AddMinutes(1));
            var rows = new TurnRows();
            rows.Update(conversation, read);
            rows.Insert(question);
            rows.Insert(answer);
            rows.Update(new SmsSessionState { PhoneNumber = "+447700900002", Language = "pl", UpdatedAt = Now });
            rows.Insert(new SmsReceipt { MessageSid = "SM2", RepliesJson = "[\"Nic\"]", ReceivedAt = Now });

            await db.SaveAsync(rows, TurnTypes, default);
            Assert.Empty(db.ChangeTracker.Entries());
            Assert.NotEqual(read, conversation.Version);
            Assert.True(question.Id > 0 && answer.Id > question.Id, "the database's ids are read back, in order");
        }

        await using var check = database.NewContext();
        var stored = await check.Conversations.Include(c => c.Messages).SingleAsync();
        Assert.Equal(("pl", "{\"greeted\":true}", Now.AddMinutes(1), conversation.Version, Now), (stored.Language, stored.DialogState, stored.LastActivityAt, stored.Version, stored.StartedAt));
        Assert.Equal(["Ile kosztuje?", "Nic"], stored.Messages.OrderBy(m => m.Id).Select(m => m.Text));
        Assert.Equal("pl", (await check.SmsSessions.SingleAsync()).Language);
        Assert.Equal("[\"Nic\"]", (await check.SmsReceipts.SingleAsync()).RepliesJson);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_turns_rows_over_a_conversation_saved_elsewhere_meanwhile_are_refused_and_write_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await StoredConversationAsync(database);
        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var firstCopy = await first.Conversations.AsNoTracking().SingleAsync(c => c.Id == id);
        var secondCopy = await second.Conversations.AsNoTracking().SingleAsync(c => c.Id == id);

        var rows = new TurnRows();
        rows.Update(firstCopy, firstCopy.Version);
        firstCopy.DialogState = "first";
        await first.SaveAsync(rows, TurnTypes, default);

        var stale = new TurnRows();
        stale.Update(secondCopy, secondCopy.Version);
        secondCopy.DialogState = "second";
        stale.Insert(new ConversationMessage { ConversationId = id, Author = MessageAuthor.Family, Text = "lost?", SentAt = Now });
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveAsync(stale, TurnTypes, default));

        await using var check = database.NewContext();
        Assert.Equal("first", (await check.Conversations.SingleAsync()).DialogState);
        Assert.Empty(await check.ConversationMessages.ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_turns_rows_with_an_escalation_the_turn_raised_are_saved_with_it_by_the_change_tracker(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await StoredConversationAsync(database);
        await using (var db = database.NewContext())
        {
            var conversation = await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == id);
            var rows = new TurnRows();
            rows.Update(conversation, conversation.Version);
            conversation.DialogState = "welfare raised";
            rows.Insert(new ConversationMessage { ConversationId = id, Author = MessageAuthor.Family, Text = "he is not safe", SentAt = Now });
            db.Escalations.Add(new Escalation { Reference = "W-2026-000002", Severity = Severity.Urgent, RaisedAt = Now, UpdatedAt = Now });

            await db.SaveAsync(rows, TurnTypes, default);
            Assert.Equal(EntityState.Unchanged, db.Entry(conversation).State);
        }

        await using var check = database.NewContext();
        Assert.Equal("welfare raised", (await check.Conversations.SingleAsync()).DialogState);
        Assert.Single(await check.ConversationMessages.ToListAsync());
        Assert.Single(await check.Escalations.ToListAsync());
    }

    private static async Task<Guid> StoredConversationAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var conversation = new Conversation { Channel = Channel.Sms, Address = "+447700900002", ExternalId = "+447700900002", StartedAt = Now, LastActivityAt = Now };
        db.Conversations.Add(conversation);
        await db.SaveChangesAsync();
        return conversation.Id;
    }
}
