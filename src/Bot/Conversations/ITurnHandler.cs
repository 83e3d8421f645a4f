using FamilyServices.Casework.Persistence;

namespace FamilyServices.Bot.Conversations;

/// <summary>The conversation engine as the channels see it: one message in, the replies out.</summary>
public interface ITurnHandler
{
    Task<TurnResult> HandleAsync(IncomingMessage message, CancellationToken cancellationToken);
}

public sealed record IncomingMessage(
    string Channel /* "sms" | "webchat" */,
    string Address /* phone number, or web chat user id */,
    string ConversationId /* phone number on SMS, Direct Line conversation id on web chat */,
    string Text,
    string? Locale,
    string? ChannelMessageId)
{
    /// <summary>
    /// What the channel keeps about this turn (its own state, the reply it will send), added to the
    /// turn's own save so both are recorded together or not at all, in one transaction: plain rows in
    /// the turn's rows (written without EF's change tracker), anything else in the context.
    /// </summary>
    public Action<CaseworkDbContext, TurnRows, IReadOnlyList<OutgoingReply>>? SaveWithTurn { get; init; }

    /// <summary>
    /// The channel has just looked for an earlier reply to <see cref="ChannelMessageId"/> and found
    /// none, and records the message with the turn under a unique key: the engine need not look again,
    /// except when it runs the turn again after a concurrent save.
    /// </summary>
    public bool RetryAlreadyChecked { get; init; }

    /// <summary>
    /// The conversation as the channel read it in the same query as its own records (untracked;
    /// null inside when there is none yet): the engine's first attempt uses it rather than read again.
    /// Its version still guards the save, so a turn saved meanwhile makes the engine read afresh.
    /// </summary>
    public ConversationRead? Conversation { get; init; }
}

public sealed record ConversationRead(Casework.Conversations.Conversation? Found);

/// <param name="SavedWithTurn">Whether <see cref="IncomingMessage.SaveWithTurn"/> was saved with this turn; if not, the channel saves its records itself.</param>
/// <param name="Conversation">The conversation row as this turn saved it (no longer tracked); null when the turn saved nothing.</param>
public sealed record TurnResult(IReadOnlyList<OutgoingReply> Replies, bool SavedWithTurn = false, Casework.Conversations.Conversation? Conversation = null);

public sealed record OutgoingReply(string Text, IReadOnlyList<ReplyChoice> Choices, string Language);

public sealed record ReplyChoice(string Label, string Value);

/// <summary>Channel names as they appear in <see cref="IncomingMessage.Channel"/>.</summary>
public static class ChannelNames
{
    public const string Sms = "sms";
    public const string WebChat = "webchat";
}
