using System.Collections.Concurrent;

namespace FamilyServices.Bot.Channels.Sms;

public enum SmsOutboxStatus { Pending, Sending, Sent, Delivered, Undelivered, Failed, OptedOut }

/// <summary>A proactive text (a family worker's reply, a complaint response) waiting for Twilio.</summary>
public sealed record SmsOutboxItem(
    Guid Id,
    string To,
    string Body,
    SmsOutboxStatus Status,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    string? ProviderMessageSid,
    string? LastError);

/// <summary>
/// The queue of proactive texts. The sender claims due items with a lease, so an item being sent
/// when the process dies is claimed again once the lease runs out: nothing is lost, though Twilio
/// may then send it twice. The Casework database will provide the persisted implementation.
/// </summary>
public interface ISmsOutbox
{
    Task<Guid> EnqueueAsync(string to, string body, CancellationToken cancellationToken);

    /// <summary>Pending items whose time has come, and sending items whose lease ran out, marked Sending until <paramref name="leaseUntil"/>.</summary>
    Task<IReadOnlyList<SmsOutboxItem>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken);

    Task MarkSentAsync(Guid id, string providerMessageSid, CancellationToken cancellationToken);
    Task MarkRetryAsync(Guid id, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken);
    Task MarkFailedAsync(Guid id, SmsOutboxStatus status, string error, CancellationToken cancellationToken);

    /// <summary>From Twilio's status callback; unknown message sids are ignored.</summary>
    Task RecordDeliveryAsync(string providerMessageSid, string messageStatus, string? errorCode, CancellationToken cancellationToken);

    Task<SmsOutboxItem?> FindAsync(Guid id, CancellationToken cancellationToken);
}

public sealed class InMemorySmsOutbox(TimeProvider clock) : ISmsOutbox
{
    private readonly ConcurrentDictionary<Guid, SmsOutboxItem> _items = new();
    private readonly object _claim = new();

    public Task<Guid> EnqueueAsync(string to, string body, CancellationToken cancellationToken)
    {
        var item = new SmsOutboxItem(Guid.NewGuid(), to, body, SmsOutboxStatus.Pending, 0, clock.GetUtcNow(), null, null);
        _items[item.Id] = item;
        return Task.FromResult(item.Id);
    }

    public Task<IReadOnlyList<SmsOutboxItem>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken)
    {
        lock (_claim)
        {
            var due = _items.Values
                .Where(i => i.Status is SmsOutboxStatus.Pending or SmsOutboxStatus.Sending && i.NextAttemptAt <= now)
                .OrderBy(i => i.NextAttemptAt)
                .Take(max)
                .Select(i => _items[i.Id] = i with { Status = SmsOutboxStatus.Sending, Attempts = i.Attempts + 1, NextAttemptAt = leaseUntil })
                .ToList();
            return Task.FromResult<IReadOnlyList<SmsOutboxItem>>(due);
        }
    }

    public Task MarkSentAsync(Guid id, string providerMessageSid, CancellationToken cancellationToken) =>
        Update(id, i => i with { Status = SmsOutboxStatus.Sent, ProviderMessageSid = providerMessageSid, LastError = null });

    public Task MarkRetryAsync(Guid id, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken) =>
        Update(id, i => i with { Status = SmsOutboxStatus.Pending, NextAttemptAt = nextAttemptAt, LastError = error });

    public Task MarkFailedAsync(Guid id, SmsOutboxStatus status, string error, CancellationToken cancellationToken) =>
        Update(id, i => i with { Status = status, LastError = error });

    public Task RecordDeliveryAsync(string providerMessageSid, string messageStatus, string? errorCode, CancellationToken cancellationToken)
    {
        var item = _items.Values.FirstOrDefault(i => i.ProviderMessageSid == providerMessageSid);
        if (item is null)
        {
            return Task.CompletedTask;
        }
        var status = messageStatus switch
        {
            "delivered" => SmsOutboxStatus.Delivered,
            "undelivered" => SmsOutboxStatus.Undelivered,
            "failed" => SmsOutboxStatus.Failed,
            _ => SmsOutboxStatus.Sent,
        };
        // A late "sent" must not overwrite "delivered": callbacks can arrive out of order.
        if (item.Status is SmsOutboxStatus.Delivered or SmsOutboxStatus.Undelivered or SmsOutboxStatus.Failed && status == SmsOutboxStatus.Sent)
        {
            return Task.CompletedTask;
        }
        return Update(item.Id, i => i with { Status = status, LastError = errorCode is null ? i.LastError : "Twilio error " + errorCode });
    }

    public Task<SmsOutboxItem?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(_items.GetValueOrDefault(id));

    private Task Update(Guid id, Func<SmsOutboxItem, SmsOutboxItem> change)
    {
        lock (_claim)
        {
            if (_items.TryGetValue(id, out var item))
            {
                _items[id] = change(item);
            }
        }
        return Task.CompletedTask;
    }
}
