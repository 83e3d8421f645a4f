using System.Collections.Concurrent;
using FamilyServices.Bot.Conversations;

namespace FamilyServices.Bot.Channels.Sms;

/// <summary>What the SMS channel remembers about a number between messages.</summary>
/// <param name="Language">The language of our last reply, for the next paging prompt or error.</param>
/// <param name="PendingPages">The rest of a long answer, sent one page per "MORE".</param>
/// <param name="Choices">The numbered choices of our last reply, so "2" means the second one.</param>
public sealed record SmsSession(string? Language, IReadOnlyList<string> PendingPages, IReadOnlyList<ReplyChoice> Choices)
{
    public static readonly SmsSession Empty = new(null, [], []);
}

/// <summary>Per-number channel state. In memory now; the Casework database will keep it across restarts.</summary>
public interface ISmsSessions
{
    Task<SmsSession> GetAsync(string phoneNumber, CancellationToken cancellationToken);
    Task SaveAsync(string phoneNumber, SmsSession session, CancellationToken cancellationToken);
}

/// <summary>Numbers that texted STOP: no proactive message goes to them until they text START.</summary>
public interface ISmsOptOuts
{
    Task<bool> IsOptedOutAsync(string phoneNumber, CancellationToken cancellationToken);
    Task OptOutAsync(string phoneNumber, CancellationToken cancellationToken);
    Task OptInAsync(string phoneNumber, CancellationToken cancellationToken);
}

/// <summary>
/// The replies already given per Twilio MessageSid, so a retried webhook is answered the same way
/// and not processed twice. A failed turn is forgotten so that a retry gets another go.
/// </summary>
public interface ISmsReceipts
{
    Task<IReadOnlyList<string>> GetOrRunAsync(string messageSid, Func<Task<IReadOnlyList<string>>> run);
}

public sealed class InMemorySmsSessions : ISmsSessions
{
    private readonly ConcurrentDictionary<string, SmsSession> _sessions = new(StringComparer.Ordinal);

    public Task<SmsSession> GetAsync(string phoneNumber, CancellationToken cancellationToken) =>
        Task.FromResult(_sessions.GetValueOrDefault(phoneNumber, SmsSession.Empty));

    public Task SaveAsync(string phoneNumber, SmsSession session, CancellationToken cancellationToken)
    {
        _sessions[phoneNumber] = session;
        return Task.CompletedTask;
    }
}

public sealed class InMemorySmsOptOuts : ISmsOptOuts
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _optedOut = new(StringComparer.Ordinal);

    public Task<bool> IsOptedOutAsync(string phoneNumber, CancellationToken cancellationToken) =>
        Task.FromResult(_optedOut.ContainsKey(phoneNumber));

    public Task OptOutAsync(string phoneNumber, CancellationToken cancellationToken)
    {
        _optedOut[phoneNumber] = DateTimeOffset.UtcNow;
        return Task.CompletedTask;
    }

    public Task OptInAsync(string phoneNumber, CancellationToken cancellationToken)
    {
        _optedOut.TryRemove(phoneNumber, out _);
        return Task.CompletedTask;
    }
}

public sealed class InMemorySmsReceipts(TimeProvider clock) : ISmsReceipts
{
    // Twilio retries within seconds; a day is ample and bounds the memory.
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(24);
    private readonly ConcurrentDictionary<string, (Lazy<Task<IReadOnlyList<string>>> Reply, DateTimeOffset At)> _receipts = new(StringComparer.Ordinal);
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    public async Task<IReadOnlyList<string>> GetOrRunAsync(string messageSid, Func<Task<IReadOnlyList<string>>> run)
    {
        Sweep();
        var entry = _receipts.GetOrAdd(messageSid, _ => (new Lazy<Task<IReadOnlyList<string>>>(run), clock.GetUtcNow()));
        try
        {
            return await entry.Reply.Value;
        }
        catch
        {
            _receipts.TryRemove(new KeyValuePair<string, (Lazy<Task<IReadOnlyList<string>>>, DateTimeOffset)>(messageSid, entry));
            throw;
        }
    }

    private void Sweep()
    {
        var now = clock.GetUtcNow();
        if (now - _lastSweep < TimeSpan.FromMinutes(1))
        {
            return;
        }
        _lastSweep = now;
        foreach (var (sid, entry) in _receipts)
        {
            if (now - entry.At > KeepFor)
            {
                _receipts.TryRemove(sid, out _);
            }
        }
    }
}
