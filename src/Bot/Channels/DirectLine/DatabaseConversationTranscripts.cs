using System.Collections.Concurrent;
using FamilyServices.Casework.Hosting;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Bot.Channels.DirectLine;

/// <summary>
/// The web chat transcript in the casework database, so a restart, a second instance or a family
/// coming back the next day replays every activity after its watermark. Open sockets on this
/// instance hear of an append at once; a short poll covers appends made by another instance.
/// </summary>
public sealed class DatabaseConversationTranscripts(IServiceScopeFactory scopes, TimeProvider clock) : IConversationTranscripts
{
    private static readonly TimeSpan OtherInstancesPoll = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<string, ImmutableSubscribers> subscribers = new(StringComparer.Ordinal);

    public async Task CreateAsync(ConversationRecord conversation, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        db.WebChatConversations.Add(new WebChatConversation
        {
            ConversationId = conversation.ConversationId,
            UserId = conversation.UserId,
            StartedAt = conversation.StartedAt.UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<ConversationRecord?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var found = await db.WebChatConversations.AsNoTracking().SingleOrDefaultAsync(c => c.ConversationId == conversationId, cancellationToken);
        return found is null ? null : new ConversationRecord(found.ConversationId, found.UserId, new DateTimeOffset(found.StartedAt, TimeSpan.Zero));
    }

    public async Task<long> AppendAsync(string conversationId, IReadOnlyList<NewActivity> activities, CancellationToken cancellationToken)
    {
        // Appends on this instance are serialised per conversation by the caller; another instance
        // taking the same watermark at the same moment makes the unique index refuse one, which tries again.
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
            var last = await db.WebChatActivities.Where(a => a.ConversationId == conversationId).MaxAsync(a => (long?)a.Watermark, cancellationToken) ?? 0;
            AddTo(db, conversationId, last, activities);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (attempt < 5 && !DatabaseUnavailable.IsCause(e))
            {
                continue;
            }
            Appended(conversationId);
            return last + activities.Count;
        }
    }

    public void AddTo(CaseworkDbContext db, string conversationId, long? lastWatermark, IReadOnlyList<NewActivity> activities)
    {
        var last = lastWatermark ?? db.WebChatActivities.Where(a => a.ConversationId == conversationId).Max(a => (long?)a.Watermark) ?? 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var activity in activities)
        {
            db.WebChatActivities.Add(new WebChatActivity
            {
                ConversationId = conversationId,
                Watermark = ++last,
                ActivityId = activity.Id,
                Type = activity.Type,
                Json = activity.Json,
                At = now,
            });
        }
    }

    public void Appended(string conversationId)
    {
        if (subscribers.TryGetValue(conversationId, out var listening))
        {
            foreach (var notify in listening.All)
            {
                notify();
            }
        }
    }

    public async Task<IReadOnlyList<StoredActivity>> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        return await db.WebChatActivities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Watermark > watermark)
            .OrderBy(a => a.Watermark)
            .Select(a => new StoredActivity(a.Watermark, a.ActivityId, a.Type, a.Json))
            .ToListAsync(cancellationToken);
    }

    public IDisposable Subscribe(string conversationId, Action appended)
    {
        subscribers.AddOrUpdate(conversationId, _ => new ImmutableSubscribers([appended]), (_, current) => current.With(appended));
        var poll = new Timer(_ => appended(), null, OtherInstancesPoll, OtherInstancesPoll);
        return new Subscription(() =>
        {
            poll.Dispose();
            while (subscribers.TryGetValue(conversationId, out var current))
            {
                var remaining = current.Without(appended);
                if (remaining.All.Length == 0
                    ? subscribers.TryRemove(new KeyValuePair<string, ImmutableSubscribers>(conversationId, current))
                    : subscribers.TryUpdate(conversationId, remaining, current))
                {
                    break;
                }
            }
        });
    }

    private sealed record ImmutableSubscribers(Action[] All)
    {
        public ImmutableSubscribers With(Action add) => new([.. All, add]);
        public ImmutableSubscribers Without(Action remove) => new([.. All.Where(a => a != remove)]);
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                dispose();
            }
        }
    }
}
