using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Outbox;
using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Bot.Channels.Sms;

/// <summary>
/// The SMS part of the casework outbox: the texts family workers' replies and complaint responses
/// put there, in the same save as the change that caused them. Each item is claimed with a lease
/// guarded by the record's version, so two instances never send the same item at once, and an
/// item whose sender died is claimed again when its lease runs out.
/// </summary>
public sealed class DatabaseSmsOutbox(IServiceScopeFactory scopes, TimeProvider clock) : ISmsOutbox
{
    public async Task<Guid> EnqueueAsync(string to, string body, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage { Channel = Channel.Sms, To = to, Body = body, Purpose = "assistant", CreatedAt = now, NextAttemptAt = now };
        db.Outbox.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        return message.Id;
    }

    public async Task<IReadOnlyList<SmsOutboxItem>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var claimed = await db.ClaimDueAsync(Channel.Sms, now.UtcDateTime, leaseUntil.UtcDateTime, max, cancellationToken);
        return [.. claimed.Select(ToItem)];
    }

    public Task MarkSentAsync(Guid id, string providerMessageSid, CancellationToken cancellationToken) =>
        UpdateAsync(id, m =>
        {
            m.Status = OutboxStatus.Sent;
            m.ProviderMessageId = providerMessageSid;
            m.SentAt = clock.GetUtcNow().UtcDateTime;
            m.LastError = null;
        }, cancellationToken);

    public Task MarkRetryAsync(Guid id, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken) =>
        UpdateAsync(id, m =>
        {
            m.Status = OutboxStatus.Pending;
            m.NextAttemptAt = nextAttemptAt.UtcDateTime;
            m.LastError = Truncate(error);
        }, cancellationToken);

    public Task MarkFailedAsync(Guid id, SmsOutboxStatus status, string error, CancellationToken cancellationToken) =>
        UpdateAsync(id, m =>
        {
            m.Status = status == SmsOutboxStatus.OptedOut ? OutboxStatus.Cancelled : OutboxStatus.Failed;
            m.LastError = Truncate(error);
        }, cancellationToken);

    public async Task RecordDeliveryAsync(string providerMessageSid, string messageStatus, string? errorCode, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var message = await db.Outbox.SingleOrDefaultAsync(m => m.ProviderMessageId == providerMessageSid, cancellationToken);
        if (message is null)
        {
            return;
        }
        // A late "sent" must not overwrite "delivered": callbacks can arrive out of order.
        if (message.DeliveryStatus is "delivered" or "undelivered" or "failed" && messageStatus is "queued" or "sending" or "sent")
        {
            return;
        }
        message.DeliveryStatus = messageStatus;
        if (messageStatus is "undelivered" or "failed")
        {
            message.Status = OutboxStatus.Failed;
            message.LastError = errorCode is null ? message.LastError : "Twilio error " + errorCode;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<SmsOutboxItem?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var message = await db.Outbox.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        return message is null ? null : ToItem(message);
    }

    private async Task UpdateAsync(Guid id, Action<OutboxMessage> change, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var message = await db.Outbox.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is not null)
        {
            change(message);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static SmsOutboxItem ToItem(OutboxMessage m) => new(
        m.Id,
        m.To,
        m.Body,
        m.Status switch
        {
            OutboxStatus.Pending => SmsOutboxStatus.Pending,
            OutboxStatus.Sending => SmsOutboxStatus.Sending,
            OutboxStatus.Cancelled => SmsOutboxStatus.OptedOut,
            OutboxStatus.Failed when m.DeliveryStatus == "undelivered" => SmsOutboxStatus.Undelivered,
            OutboxStatus.Failed => SmsOutboxStatus.Failed,
            _ when m.DeliveryStatus == "delivered" => SmsOutboxStatus.Delivered,
            _ => SmsOutboxStatus.Sent,
        },
        m.Attempts,
        new DateTimeOffset(m.NextAttemptAt, TimeSpan.Zero),
        m.ProviderMessageId,
        m.LastError,
        new DateTimeOffset(m.CreatedAt, TimeSpan.Zero));

    private static string Truncate(string error) => error.Length <= 1000 ? error : error[..1000];
}
