using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Casework.Outbox;

public static class OutboxQueue
{
    /// <summary>What a claim records of a message whose sender stopped mid-send; it starts like every "it may have gone" error.</summary>
    public const string InterruptedSend = "may have been sent: its sender stopped before hearing back";

    /// <summary>
    /// Claims what is due on a channel (pending, or sending with a lease that ran out) until
    /// <paramref name="leaseUntil"/>. The record's version makes a claim fail when another sender
    /// took the same item first, so no item is sent by two senders at once.
    /// </summary>
    public static async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(this CaseworkDbContext db, Channel channel, DateTime now, DateTime leaseUntil, int max, CancellationToken cancellationToken)
    {
        var candidates = await db.Outbox
            .Where(m => m.Channel == channel && (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending) && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt)
            .Take(max)
            .ToListAsync(cancellationToken);

        var claimed = new List<OutboxMessage>();
        foreach (var message in candidates)
        {
            if (message.Status == OutboxStatus.Sending)
            {
                // Its lease ran out: the sender that held it stopped (a crash, a restart) before it heard
                // whether the provider took it, whatever the attempt before that said.
                message.LastError = InterruptedSend;
            }
            message.Status = OutboxStatus.Sending;
            message.Attempts++;
            message.NextAttemptAt = leaseUntil;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                claimed.Add(message);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.Entry(message).State = EntityState.Detached;
            }
        }
        return claimed;
    }
}
