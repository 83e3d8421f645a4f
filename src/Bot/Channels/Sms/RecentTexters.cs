using System.Collections.Concurrent;
using FamilyServices.Bot.Conversations;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Persistence;

namespace FamilyServices.Bot.Channels.Sms;

/// <summary>
/// What the last turn saved for each number that texted in the last few minutes (its session, its conversation
/// row and the replies to its latest messages), so the next text from it, usually seconds later, is answered
/// without reading them back. Only with SQLite, where one bot instance owns the database; with several
/// instances (PostgreSQL) another may have answered meanwhile, so every turn reads.
/// </summary>
/// <remarks>
/// Only a turn the engine saved is remembered; any other turn (a failure, a keyword such as STOP or MORE) makes
/// its number forgotten, to be read afresh. The conversation's version
/// still guards the save: a change made elsewhere (a worker's console, retention) makes it fail and the turn
/// run again on what the database holds.
/// </remarks>
public sealed class RecentTexters
{
    /// <summary>Families text in bursts; after this the number is read from the database again.</summary>
    public static readonly TimeSpan RememberFor = TimeSpan.FromMinutes(10);

    private const int MaxNumbers = 20_000;
    private const int RepliesKept = 4; // Twilio retries a message within seconds, before the next one

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    public RecentTexters(DatabaseProvider provider, TimeProvider clock)
    {
        Enabled = provider == DatabaseProvider.Sqlite;
        _clock = clock;
    }

    public bool Enabled { get; }

    /// <summary>The number's turn as if read from the database, or null to read it.</summary>
    public SmsTurnRead? Recall(string phoneNumber, string messageSid)
    {
        if (!Enabled || !_entries.TryGetValue(phoneNumber, out var entry))
        {
            return null;
        }
        if (_clock.GetUtcNow() - entry.SavedAt > RememberFor)
        {
            _entries.TryRemove(KeyValuePair.Create(phoneNumber, entry));
            return null;
        }
        foreach (var (sid, replies) in entry.Answered)
        {
            if (sid == messageSid)
            {
                return new SmsTurnRead(replies, null, null); // Twilio's retry of a message answered
            }
        }
        return new SmsTurnRead(null, entry.Session, new ConversationRead(entry.Conversation));
    }

    /// <summary>After the engine saved a turn: what the next text from this number starts from.</summary>
    public void Remember(string phoneNumber, string messageSid, SmsSession session, Conversation conversation, IReadOnlyList<string> replies)
    {
        if (!Enabled)
        {
            return;
        }
        if (_entries.Count >= MaxNumbers)
        {
            Prune();
        }
        // The messages EF attached to the row this turn are saved; kept, they would pile up turn after turn.
        conversation.Messages = [];
        var answered = _entries.TryGetValue(phoneNumber, out var previous) ? previous.Answered : [];
        _entries[phoneNumber] = new Entry(session, conversation, [(messageSid, replies), .. answered.Take(RepliesKept - 1)], _clock.GetUtcNow());
    }

    /// <summary>The number's records changed some other way (a keyword, a failed turn): read them next time.</summary>
    public void Forget(string phoneNumber) => _entries.TryRemove(phoneNumber, out _);

    private void Prune()
    {
        var cutoff = _clock.GetUtcNow() - RememberFor;
        foreach (var (number, entry) in _entries)
        {
            if (entry.SavedAt < cutoff)
            {
                _entries.TryRemove(KeyValuePair.Create(number, entry));
            }
        }
        if (_entries.Count >= MaxNumbers)
        {
            _entries.Clear(); // a flood of new numbers: they are read from the database, as after a restart
        }
    }

    private sealed record Entry(SmsSession Session, Conversation Conversation, (string MessageSid, IReadOnlyList<string> Replies)[] Answered, DateTimeOffset SavedAt);
}
