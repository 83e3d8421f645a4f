using FamilyServices.Casework.Persistence;

namespace FamilyServices.Bot.Channels.DirectLine;

/// <summary>One activity as stored: its place in the conversation (the watermark) and its JSON as sent to clients.</summary>
public sealed record StoredActivity(long Watermark, string Id, string Type, string Json);

/// <summary>An activity to add to a transcript: its id, type and JSON as clients will get it.</summary>
public sealed record NewActivity(string Id, string Type, string Json);

public sealed record ConversationRecord(string ConversationId, string UserId, DateTimeOffset StartedAt);

/// <summary>
/// The web chat transcript: every activity of a conversation in order, kept in the casework
/// database (DatabaseConversationTranscripts), so a family coming back (or a socket reconnecting) misses nothing.
/// </summary>
public interface IConversationTranscripts
{
    Task CreateAsync(ConversationRecord conversation, CancellationToken cancellationToken);

    Task<ConversationRecord?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Adds activities at the end, in one save, and returns the last one's watermark (1, 2, 3…).</summary>
    Task<long> AppendAsync(string conversationId, IReadOnlyList<NewActivity> activities, CancellationToken cancellationToken);

    /// <summary>
    /// Adds activities at the end within a save under way (the conversation engine's), after
    /// <paramref name="lastWatermark"/>, or after the last one stored when null. Call
    /// <see cref="Appended"/> once the save is done.
    /// </summary>
    void AddTo(CaseworkDbContext db, string conversationId, long? lastWatermark, IReadOnlyList<NewActivity> activities);

    /// <summary>Tells whoever listens to the conversation that activities were added.</summary>
    void Appended(string conversationId);

    /// <summary>The activities after a watermark (0 for all), oldest first.</summary>
    Task<IReadOnlyList<StoredActivity>> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken);

    /// <summary>Calls back whenever an activity is appended to the conversation, until disposed.</summary>
    IDisposable Subscribe(string conversationId, Action appended);
}
