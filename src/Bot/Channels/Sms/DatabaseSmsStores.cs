using System.Collections.Concurrent;
using System.Text.Json;
using FamilyServices.Bot.Conversations;
using FamilyServices.Casework.Hosting;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Bot.Channels.Sms;

/// <summary>Per-number SMS state in the casework database, so "MORE" and "2" still work after a restart.</summary>
public sealed class DatabaseSmsSessions(IServiceScopeFactory scopes, TimeProvider clock) : ISmsSessions
{
    public async Task<SmsSession> GetAsync(string phoneNumber, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var state = await db.SmsSessions.AsNoTracking().SingleOrDefaultAsync(s => s.PhoneNumber == phoneNumber, cancellationToken);
        return state is null
            ? SmsSession.Empty
            : new SmsSession(
                state.Language,
                JsonSerializer.Deserialize<List<string>>(state.PendingPagesJson) ?? [],
                JsonSerializer.Deserialize<List<ReplyChoice>>(state.ChoicesJson) ?? []);
    }

    public async Task SaveAsync(string phoneNumber, SmsSession session, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var state = await db.SmsSessions.SingleOrDefaultAsync(s => s.PhoneNumber == phoneNumber, cancellationToken);
        if (state is null)
        {
            state = new SmsSessionState { PhoneNumber = phoneNumber };
            db.SmsSessions.Add(state);
        }
        state.Language = session.Language;
        state.PendingPagesJson = JsonSerializer.Serialize(session.PendingPages);
        state.ChoicesJson = JsonSerializer.Serialize(session.Choices);
        state.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}

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

/// <summary>
/// Replies per Twilio MessageSid in the casework database: a retry, even to another instance or
/// after a restart, gets the same reply and the message is not processed twice. A turn still
/// running on this instance is awaited, not run again.
/// </summary>
public sealed class DatabaseSmsReceipts(IServiceScopeFactory scopes, TimeProvider clock) : ISmsReceipts
{
    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<string>>>> running = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<string>> GetOrRunAsync(string messageSid, Func<Task<IReadOnlyList<string>>> run)
    {
        if (await FindAsync(messageSid) is { } answered)
        {
            return answered;
        }

        var turn = running.GetOrAdd(messageSid, _ => new Lazy<Task<IReadOnlyList<string>>>(() => RunAndRecordAsync(messageSid, run)));
        try
        {
            return await turn.Value;
        }
        finally
        {
            running.TryRemove(new KeyValuePair<string, Lazy<Task<IReadOnlyList<string>>>>(messageSid, turn));
        }
    }

    private async Task<IReadOnlyList<string>> RunAndRecordAsync(string messageSid, Func<Task<IReadOnlyList<string>>> run)
    {
        var replies = await run();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        db.SmsReceipts.Add(new SmsReceipt { MessageSid = messageSid, RepliesJson = JsonSerializer.Serialize(replies), ReceivedAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another instance answered the same retry first: give its reply, as Twilio expects one.
            return await FindAsync(messageSid) ?? replies;
        }
        return replies;
    }

    private async Task<IReadOnlyList<string>?> FindAsync(string messageSid)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var receipt = await db.SmsReceipts.AsNoTracking().SingleOrDefaultAsync(r => r.MessageSid == messageSid);
        return receipt is null ? null : JsonSerializer.Deserialize<List<string>>(receipt.RepliesJson);
    }
}
