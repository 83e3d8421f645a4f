using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using FamilyServices.Bot.Channels.Content;
using FamilyServices.Bot.Conversations;
using FamilyServices.Casework.Hosting;

namespace FamilyServices.Bot.Channels.DirectLine;

/// <summary>Why a posted activity was refused; the client shows the message as not sent.</summary>
public sealed class ActivityRejectedException(string message) : Exception(message);

/// <summary>
/// Web chat conversations as Direct Line sees them: the user's activity is stored and echoed (with
/// the client's channelData intact, so Web Chat stops showing "Sending"), the engine answers, and its
/// replies are stored as bot activities that every open socket, poll or page reload then sees.
/// </summary>
public sealed class DirectLineConversations(
    IConversationTranscripts transcripts,
    ITurnHandler turns,
    IChannelTexts texts,
    KeyedLock locks,
    MessageRateLimit rateLimit,
    TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineConversations> logger)
{
    public const string ChannelId = "directline";
    public const string BotId = "familyservices";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ConversationRecord> StartAsync(string? userId, CancellationToken cancellationToken)
    {
        var record = new ConversationRecord(NewId(), string.IsNullOrWhiteSpace(userId) ? "dl_" + NewId() : userId, clock.GetUtcNow());
        await transcripts.CreateAsync(record, cancellationToken);
        return record;
    }

    public Task<ConversationRecord?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        transcripts.FindAsync(conversationId, cancellationToken);

    /// <summary>Stores the user's activity, runs the turn for a message, and returns the activity's id.</summary>
    public async Task<string> PostAsync(ConversationRecord conversation, JsonObject activity, CancellationToken cancellationToken)
    {
        var type = activity["type"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
        if (string.IsNullOrEmpty(type))
        {
            throw new ActivityRejectedException("An activity needs a type.");
        }
        var text = activity["text"] is JsonValue v && v.TryGetValue<string>(out var x) ? x : null;
        if (text is { Length: var length } && length > options.Value.MaxTextLength)
        {
            throw new ActivityRejectedException($"A message can be at most {options.Value.MaxTextLength} characters.");
        }

        var id = conversation.ConversationId + "|" + NewId()[..12];
        // Typing from the family has nowhere to go: there is no person watching live.
        if (type == "typing")
        {
            return id;
        }

        // The turn runs to the end even if the browser goes away: the reply waits in the transcript.
        var turnToken = lifetime.ApplicationStopping;
        using var _ = await locks.AcquireAsync("webchat:" + conversation.ConversationId, turnToken);
        activity["id"] = id;
        activity["timestamp"] = Timestamp();
        activity["channelId"] = ChannelId;
        activity["conversation"] = new JsonObject { ["id"] = conversation.ConversationId };
        var from = activity["from"] as JsonObject ?? new JsonObject();
        from["id"] = conversation.UserId;
        from["role"] = "user";
        activity["from"] = from;
        activity["recipient"] = new JsonObject { ["id"] = BotId, ["role"] = "bot" };
        var echo = new NewActivity(id, type, activity.ToJsonString());

        if (type == "message" && !string.IsNullOrWhiteSpace(text))
        {
            var locale = activity["locale"] is JsonValue l && l.TryGetValue<string>(out var loc) ? loc : null;
            if (rateLimit.Refuse("webchat:" + conversation.ConversationId, text, locale) is { } polite)
            {
                // The family's message and the polite reply in one save, as a turn would.
                await transcripts.AppendAsync(conversation.ConversationId, [echo, Stamp(conversation, Reply(conversation, polite, id))], turnToken);
                return id;
            }
            await RunTurnAsync(conversation, echo, text, locale, turnToken);
        }
        else
        {
            await transcripts.AppendAsync(conversation.ConversationId, [echo], turnToken);
        }
        return id;
    }

    /// <summary>A message we start (a family worker's reply): it reaches an open page at once, or waits for the family's return.</summary>
    public async Task SendAsync(string conversationId, OutgoingReply reply, CancellationToken cancellationToken)
    {
        var conversation = await transcripts.FindAsync(conversationId, cancellationToken)
            ?? throw new KeyNotFoundException("No such web chat conversation.");
        using var _ = await locks.AcquireAsync("webchat:" + conversationId, cancellationToken);
        await AppendAsync(conversation, Reply(conversation, reply, null), cancellationToken);
    }

    /// <summary>The family's message and our typing in one save, then the turn, which saves the replies with its own.</summary>
    private async Task RunTurnAsync(ConversationRecord conversation, NewActivity echo, string text, string? locale, CancellationToken cancellationToken)
    {
        var activityId = echo.Id;
        var typing = await transcripts.AppendAsync(conversation.ConversationId, [echo, Stamp(conversation, new JsonObject
        {
            ["type"] = "typing",
            ["from"] = BotAccount(texts.Match(locale) ?? texts.DefaultLanguage),
        })], cancellationToken);
        TurnResult result;
        var saves = 0;
        try
        {
            result = await turns.HandleAsync(
                new IncomingMessage(ChannelNames.WebChat, conversation.UserId, conversation.ConversationId, text, locale, activityId)
                {
                    // The replies go into the transcript in the turn's own save. Appends here are one at a time
                    // per conversation, so they follow the typing; on a second attempt, look again.
                    SaveWithTurn = (db, _, replies) => transcripts.AddTo(db, conversation.ConversationId, saves++ == 0 ? typing : null,
                        [.. replies.Select(reply => Stamp(conversation, Reply(conversation, reply, activityId)))]),
                },
                cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException && !DatabaseUnavailable.IsCause(e))
        {
            logger.LogError(e, "Web chat turn failed for activity {ActivityId}", activityId);
            var language = texts.Match(locale) ?? texts.DefaultLanguage;
            result = new TurnResult([new OutgoingReply(texts.Get(language, "channel.error"), [], language)]);
        }
        if (result.SavedWithTurn)
        {
            transcripts.Appended(conversation.ConversationId);
            return;
        }
        foreach (var reply in result.Replies)
        {
            await AppendAsync(conversation, Reply(conversation, reply, activityId), cancellationToken);
        }
    }

    private JsonObject Reply(ConversationRecord conversation, OutgoingReply reply, string? replyToId)
    {
        var language = texts.Match(reply.Language) ?? texts.DefaultLanguage;
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["from"] = BotAccount(language),
            ["recipient"] = new JsonObject { ["id"] = conversation.UserId, ["role"] = "user" },
            ["text"] = reply.Text,
            ["textFormat"] = "plain",
            ["locale"] = language,
            ["inputHint"] = "acceptingInput",
        };
        if (replyToId is not null)
        {
            activity["replyToId"] = replyToId;
        }
        if (reply.Choices.Count > 0)
        {
            activity["suggestedActions"] = new JsonObject
            {
                ["to"] = new JsonArray(conversation.UserId),
                ["actions"] = new JsonArray([.. reply.Choices.Select(c => (JsonNode)new JsonObject
                {
                    ["type"] = "imBack",
                    ["title"] = c.Label,
                    ["value"] = c.Value,
                })]),
            };
        }
        return activity;
    }

    private Task<long> AppendAsync(ConversationRecord conversation, JsonObject activity, CancellationToken cancellationToken) =>
        transcripts.AppendAsync(conversation.ConversationId, [Stamp(conversation, activity)], cancellationToken);

    private NewActivity Stamp(ConversationRecord conversation, JsonObject activity)
    {
        var id = conversation.ConversationId + "|" + NewId()[..12];
        activity["id"] = id;
        activity["timestamp"] = Timestamp();
        activity["channelId"] = ChannelId;
        activity["conversation"] = new JsonObject { ["id"] = conversation.ConversationId };
        return new NewActivity(id, (string)activity["type"]!, activity.ToJsonString(Json));
    }

    private JsonObject BotAccount(string language) => new()
    {
        ["id"] = BotId,
        ["name"] = texts.Get(language, "webchat.bot_name"),
        ["role"] = "bot",
    };

    private static readonly Lock TimestampLock = new();
    private static DateTimeOffset _lastTimestamp = DateTimeOffset.MinValue;

    /// <summary>UTC, and strictly increasing, because Web Chat orders what it shows by timestamp.</summary>
    private string Timestamp()
    {
        lock (TimestampLock)
        {
            var now = clock.GetUtcNow();
            _lastTimestamp = now > _lastTimestamp ? now : _lastTimestamp.AddTicks(10_000);
            return _lastTimestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
