using System.Text.Json;
using FamilyServices.Bot.Conversations;
using FamilyServices.Casework.Hosting;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Bot.Channels.Sms;

/// <summary>
/// What the SMS channel keeps in the casework database: per number, the session ("MORE" and "2"
/// still work after a restart); per Twilio MessageSid, the reply given, so a retry, even to another
/// instance or after a restart, gets the same reply and the message is not processed twice. A turn
/// reads both at once and records both in one transaction, with the conversation engine's save when
/// the engine ran, so the reply Twilio gets is always one that was recorded.
/// </summary>
public sealed class SmsTurnRecords(IServiceScopeFactory scopes, TimeProvider clock, RecentTexters recent)
{
    /// <summary>
    /// The reply already given to this message, if any, the number's session and, when the number
    /// has one, its conversation: from what its last turn saved when that was moments ago, otherwise
    /// one query for a number we know (a join on both keys), two for a new one.
    /// </summary>
    public async Task<SmsTurnRead> ReadAsync(string messageSid, string phoneNumber, CancellationToken cancellationToken)
    {
        if (recent.Recall(phoneNumber, messageSid) is { } remembered)
        {
            return remembered;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var known = await KnownNumberOf.For(db)(db, phoneNumber, messageSid, cancellationToken);
        if (known is not null)
        {
            return known.RepliesJson is { } replies
                ? new SmsTurnRead(JsonSerializer.Deserialize<List<string>>(replies), null, null)
                : new SmsTurnRead(null, SessionFrom(known.Session), new ConversationRead(known.Conversation));
        }
        var receipt = await ReceiptOf.For(db)(db, messageSid, cancellationToken);
        return receipt is not null
            ? new SmsTurnRead(JsonSerializer.Deserialize<List<string>>(receipt.RepliesJson), null, null)
            // No session: the engine looks for a conversation itself (there is one only if the session was erased).
            : new SmsTurnRead(null, null, null);
    }

    /// <inheritdoc cref="RecentTexters.Remember"/>
    public void Remember(string phoneNumber, string messageSid, SmsSession session, Conversation conversation, IReadOnlyList<string> replies) =>
        recent.Remember(phoneNumber, messageSid, session, conversation, replies);

    /// <inheritdoc cref="RecentTexters.Forget"/>
    public void Forget(string phoneNumber) => recent.Forget(phoneNumber);

    /// <summary>The number's session, or null when we have never texted it.</summary>
    public async Task<SmsSession?> GetSessionAsync(string phoneNumber, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await ReadSessionAsync(scope.ServiceProvider.GetRequiredService<CaseworkDbContext>(), phoneNumber, cancellationToken);
    }

    /// <summary>Adds the session and the receipt to a save under way (the conversation engine's).</summary>
    /// <param name="sessionExists">Whether the number has a session row; null when not known, to look it up.</param>
    public void AddTo(CaseworkDbContext db, TurnRows rows, string messageSid, string phoneNumber, bool? sessionExists, SmsSession session, IReadOnlyList<string> replies)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var state = new SmsSessionState
        {
            PhoneNumber = phoneNumber,
            Language = session.Language,
            PendingPagesJson = JsonSerializer.Serialize(session.PendingPages),
            ChoicesJson = JsonSerializer.Serialize(session.Choices),
            UpdatedAt = now,
        };
        // An update of a row that is not there, or an insert of one that is, fails the save, and the turn is run again.
        if (sessionExists ?? db.SmsSessions.AsNoTracking().Any(s => s.PhoneNumber == phoneNumber))
        {
            rows.Update(state);
        }
        else
        {
            rows.Insert(state);
        }
        rows.Insert(new SmsReceipt { MessageSid = messageSid, RepliesJson = JsonSerializer.Serialize(replies), ReceivedAt = now });
    }

    /// <summary>
    /// Records a turn the engine did not save (a keyword, "MORE"), and gives the replies to send:
    /// these, or the ones another instance recorded first for the same message.
    /// </summary>
    public async Task<IReadOnlyList<string>> SaveAsync(string messageSid, string phoneNumber, SmsSession session, IReadOnlyList<string> replies, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
            var rows = new TurnRows();
            AddTo(db, rows, messageSid, phoneNumber, null, session, replies);
            rows.Track(db);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return replies;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another instance answered the same retry first: give its reply, as Twilio expects one.
                // Otherwise it created this number's session meanwhile: save again over it.
                if ((await ReadAsync(messageSid, phoneNumber, cancellationToken)).Answered is { } answered)
                {
                    return answered;
                }
            }
        }
    }

    // Compiled once: every text runs both, and translating the LINQ each time cost more than the query.
    private static readonly CompiledQuery<Func<CaseworkDbContext, string, CancellationToken, Task<SmsReceipt?>>> ReceiptOf = new(() =>
        EF.CompileAsyncQuery((CaseworkDbContext db, string messageSid, CancellationToken _) =>
            db.SmsReceipts.AsNoTracking().SingleOrDefault(r => r.MessageSid == messageSid)));

    // The session, the number's conversation (left join: a session is saved with its conversation's
    // first turn, but retention may have erased the conversation) and the receipt, in one statement.
    private static readonly CompiledQuery<Func<CaseworkDbContext, string, string, CancellationToken, Task<KnownNumber?>>> KnownNumberOf = new(() =>
        EF.CompileAsyncQuery((CaseworkDbContext db, string phoneNumber, string messageSid, CancellationToken _) =>
            (from session in db.SmsSessions.AsNoTracking()
             where session.PhoneNumber == phoneNumber
             join conversation in db.Conversations.AsNoTracking().Where(c => c.Channel == Channel.Sms) on session.PhoneNumber equals conversation.ExternalId into found
             from conversation in found.DefaultIfEmpty()
             select new KnownNumber(
                 session,
                 conversation,
                 db.SmsReceipts.Where(r => r.MessageSid == messageSid).Select(r => r.RepliesJson).FirstOrDefault()))
            .FirstOrDefault()));

    private sealed record KnownNumber(SmsSessionState Session, Conversation? Conversation, string? RepliesJson);

    private static readonly CompiledQuery<Func<CaseworkDbContext, string, CancellationToken, Task<SmsSessionState?>>> SessionOf = new(() =>
        EF.CompileAsyncQuery((CaseworkDbContext db, string phoneNumber, CancellationToken _) =>
            db.SmsSessions.AsNoTracking().SingleOrDefault(s => s.PhoneNumber == phoneNumber)));

    private static async Task<SmsSession?> ReadSessionAsync(CaseworkDbContext db, string phoneNumber, CancellationToken cancellationToken)
    {
        var state = await SessionOf.For(db)(db, phoneNumber, cancellationToken);
        return state is null ? null : SessionFrom(state);
    }

    private static SmsSession SessionFrom(SmsSessionState state) =>
        new SmsSession(
                state.Language,
                JsonSerializer.Deserialize<List<string>>(state.PendingPagesJson) ?? [],
                JsonSerializer.Deserialize<List<ReplyChoice>>(state.ChoicesJson) ?? []);
}

/// <param name="Answered">The reply already given to this message; the rest is then not read.</param>
/// <param name="Conversation">The number's conversation as read with the session; null when not read.</param>
public sealed record SmsTurnRead(IReadOnlyList<string>? Answered, SmsSession? Session, ConversationRead? Conversation);

/// <summary>STOP and START remembered per number with the person's other preferences.</summary>
public sealed class DatabaseSmsOptOuts(IServiceScopeFactory scopes, TimeProvider clock) : ISmsOptOuts
{
    public async Task<bool> IsOptedOutAsync(string phoneNumber, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        return await db.ContactPreferences.AnyAsync(p => p.Channel == Channel.Sms && p.Address == phoneNumber && p.OptedOut, cancellationToken);
    }

    public Task OptOutAsync(string phoneNumber, CancellationToken cancellationToken) => SetAsync(phoneNumber, true, cancellationToken);

    public Task OptInAsync(string phoneNumber, CancellationToken cancellationToken) => SetAsync(phoneNumber, false, cancellationToken);

    private async Task SetAsync(string phoneNumber, bool optedOut, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
            var preference = await db.ContactPreferences.SingleOrDefaultAsync(p => p.Channel == Channel.Sms && p.Address == phoneNumber, cancellationToken);
            if (preference is null)
            {
                preference = new ContactPreference { Channel = Channel.Sms, Address = phoneNumber };
                db.ContactPreferences.Add(preference);
            }
            preference.OptedOut = optedOut;
            preference.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException e) when (attempt < 3 && !DatabaseUnavailable.IsCause(e))
            {
                // The conversation engine saved this person's language at the same moment: read again.
            }
        }
    }
}
