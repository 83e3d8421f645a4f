using System.Collections.Concurrent;

namespace FamilyServices.Bot.Channels.DirectLine;

/// <summary>One activity as stored: its place in the conversation (the watermark) and its JSON as sent to clients.</summary>
public sealed record StoredActivity(long Watermark, string Id, string Type, string Json);

public sealed record ConversationRecord(string ConversationId, string UserId, DateTimeOffset StartedAt);

/// <summary>
/// The web chat transcript: every activity of a conversation in order. In memory now; the Casework
/// database will keep it, so a family coming back (or a socket reconnecting) misses nothing.
/// </summary>
public interface IConversationTranscripts
{
    Task CreateAsync(ConversationRecord conversation, CancellationToken cancellationToken);

    Task<ConversationRecord?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Adds an activity at the end and returns its watermark (1, 2, 3…).</summary>
    Task<long> AppendAsync(string conversationId, string activityId, string type, string json, CancellationToken cancellationToken);

    /// <summary>The activities after a watermark (0 for all), oldest first.</summary>
    Task<IReadOnlyList<StoredActivity>> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken);

    /// <summary>Calls back whenever an activity is appended to the conversation, until disposed.</summary>
    IDisposable Subscribe(string conversationId, Action appended);
}

public sealed class InMemoryConversationTranscripts : IConversationTranscripts
{
    private readonly ConcurrentDictionary<string, Transcript> _conversations = new(StringComparer.Ordinal);

    public Task CreateAsync(ConversationRecord conversation, CancellationToken cancellationToken)
    {
        _conversations.TryAdd(conversation.ConversationId, new Transcript(conversation));
        return Task.CompletedTask;
    }

    public Task<ConversationRecord?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_conversations.TryGetValue(conversationId, out var t) ? t.Record : null);

    public Task<long> AppendAsync(string conversationId, string activityId, string type, string json, CancellationToken cancellationToken)
    {
        var transcript = Get(conversationId);
        long watermark;
        Action[] subscribers;
        lock (transcript)
        {
            watermark = transcript.Activities.Count + 1;
            transcript.Activities.Add(new StoredActivity(watermark, activityId, type, json));
            subscribers = [.. transcript.Subscribers];
        }
        foreach (var notify in subscribers)
        {
            notify();
        }
        return Task.FromResult(watermark);
    }

    public Task<IReadOnlyList<StoredActivity>> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var transcript = Get(conversationId);
        lock (transcript)
        {
            var from = (int)Math.Clamp(watermark, 0, transcript.Activities.Count);
            return Task.FromResult<IReadOnlyList<StoredActivity>>(transcript.Activities.GetRange(from, transcript.Activities.Count - from));
        }
    }

    public IDisposable Subscribe(string conversationId, Action appended)
    {
        var transcript = Get(conversationId);
        lock (transcript)
        {
            transcript.Subscribers.Add(appended);
        }
        return new Subscription(() =>
        {
            lock (transcript)
            {
                transcript.Subscribers.Remove(appended);
            }
        });
    }

    private Transcript Get(string conversationId) =>
        _conversations.TryGetValue(conversationId, out var t) ? t : throw new KeyNotFoundException("No such conversation.");

    private sealed class Transcript(ConversationRecord record)
    {
        public ConversationRecord Record { get; } = record;
        public List<StoredActivity> Activities { get; } = [];
        public List<Action> Subscribers { get; } = [];
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                dispose();
            }
        }
    }
}
