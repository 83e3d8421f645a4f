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
    string? LastError,
    DateTimeOffset? CreatedAt = null);

/// <summary>
/// The queue of proactive texts. The sender claims due items with a lease, so an item being sent
/// when the process dies is claimed again once the lease runs out: nothing is lost, and the sender
/// asks Twilio whether it went before sending it again. DatabaseSmsOutbox keeps it in the casework outbox.
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
