using System.Globalization;
using FamilyServices.Bot.Channels.Content;
using FamilyServices.Bot.Conversations;

namespace FamilyServices.Bot.Channels.Sms;

/// <summary>
/// One inbound text, start to finish: keywords, paging, numbered choices, then the engine. A turn is
/// one read (the message's receipt, the number's session and its conversation) and one write (the engine's save, with
/// the session and the reply in it), so the reply Twilio gets has always been recorded first.
/// </summary>
public sealed class SmsConversation(
    ITurnHandler turns,
    IChannelTexts texts,
    SmsTurnRecords records,
    ISmsOptOuts optOuts,
    SmsCommands commands,
    SmsReplyFormatter formatter,
    MessageRateLimit rateLimit,
    KeyedLock locks)
{
    /// <summary>The messages to send back in the TwiML reply (none, one, or a page of a longer one); a retried message gets the same ones.</summary>
    public async Task<IReadOnlyList<string>> HandleAsync(string from, string body, int mediaCount, string messageSid, CancellationToken cancellationToken)
    {
        // One turn at a time per number: a retry of a message still being answered waits here, then finds its reply.
        using var _ = await locks.AcquireAsync("sms:" + from, cancellationToken);
        var (answered, stored, read) = await records.ReadAsync(messageSid, from, cancellationToken);
        if (answered is not null)
        {
            return answered;
        }
        var remembered = false;
        try
        {
            (var replies, remembered) = await AnswerAsync(from, body, mediaCount, messageSid, stored, read, cancellationToken);
            return replies;
        }
        finally
        {
            if (!remembered)
            {
                // A keyword, a failure, a turn saved some other way: this number's records are read next time.
                records.Forget(from);
            }
        }
    }

    /// <summary>The turn itself, and whether what it saved is remembered for the number's next text.</summary>
    private async Task<(IReadOnlyList<string> Replies, bool Remembered)> AnswerAsync(
        string from, string body, int mediaCount, string messageSid, SmsSession? stored, ConversationRead? read, CancellationToken cancellationToken)
    {
        var session = stored ?? SmsSession.Empty;
        var (command, keywordLanguage) = commands.Recognise(body, session.Language);
        var language = keywordLanguage ?? session.Language ?? texts.DefaultLanguage;

        async Task<(IReadOnlyList<string>, bool)> RecordAsync((SmsSession Session, IReadOnlyList<string> Replies) turn) =>
            (await records.SaveAsync(messageSid, from, turn.Session, turn.Replies, cancellationToken), false);

        // A picture with no words: tell them we only read text rather than pass the engine nothing.
        if (string.IsNullOrWhiteSpace(body) && mediaCount > 0)
        {
            var sessionLanguage = session.Language ?? texts.DefaultLanguage;
            return await RecordAsync(Reply(session, texts.Get(sessionLanguage, "sms.media_not_supported"), sessionLanguage));
        }

        switch (command)
        {
            case SmsCommand.More when session.PendingPages.Count > 0:
                return await RecordAsync((session with { PendingPages = session.PendingPages.Skip(1).ToList() }, [session.PendingPages[0]]));

            case SmsCommand.Stop:
                await optOuts.OptOutAsync(from, cancellationToken);
                return await RecordAsync(Reply(session with { Choices = [] }, texts.Get(language, "sms.stop_confirmation"), language));

            // START and YES only mean "opt me back in" to someone who opted out; otherwise "yes" is an answer.
            case SmsCommand.Start when await optOuts.IsOptedOutAsync(from, cancellationToken):
                await optOuts.OptInAsync(from, cancellationToken);
                return await RecordAsync(Reply(session with { Choices = [] }, texts.Get(language, "sms.start_confirmation"), language));

            case SmsCommand.Help:
                return await RecordAsync(Reply(session with { Choices = [] }, texts.Get(language, "sms.help"), language));
        }

        // Counted after the receipt, so Twilio's retry of a refused text gets the same polite reply;
        // after the keywords, so STOP always works. A welfare message is never refused.
        if (rateLimit.Refuse("sms:" + from, body, null) is { } polite)
        {
            return await RecordAsync(Reply(session, polite.Text, polite.Language));
        }

        // After STOP we still listen: a welfare disclosure must reach the engine and the family workers.
        IReadOnlyList<string> saved = [];
        var savedSession = session;
        var saves = 0;
        var result = await turns.HandleAsync(
            new IncomingMessage(ChannelNames.Sms, from, from, ChoiceValue(body, session), null, messageSid)
            {
                // The receipt read above, under this number's lock, and saved with the turn.
                RetryAlreadyChecked = true,
                Conversation = read,
                SaveWithTurn = (db, rows, replies) =>
                {
                    var turn = Reply(session, replies);
                    // On a second attempt the session row may have been created meanwhile: look.
                    records.AddTo(db, rows, messageSid, from, saves++ == 0 ? stored is not null : null, turn.Session, turn.Replies);
                    (savedSession, saved) = turn;
                },
            },
            cancellationToken);
        if (result.SavedWithTurn && result.Conversation is { } conversation)
        {
            records.Remember(from, messageSid, savedSession, conversation, saved);
            return (saved, true);
        }
        return result.SavedWithTurn ? (saved, false) : await RecordAsync(Reply(session, result.Replies));
    }

    /// <summary>The apology when the engine fails, in the language we last used with this number.</summary>
    public async Task<string> ErrorReplyAsync(string from, CancellationToken cancellationToken)
    {
        var session = await records.GetSessionAsync(from, cancellationToken);
        return texts.Get(session?.Language ?? texts.DefaultLanguage, "channel.error");
    }

    /// <summary>The engine's replies as texts: the first page now, the rest kept for "MORE", choices numbered.</summary>
    private (SmsSession Session, IReadOnlyList<string> Replies) Reply(SmsSession session, IReadOnlyList<OutgoingReply> replies)
    {
        if (replies.Count == 0)
        {
            return (session with { PendingPages = [], Choices = [] }, []);
        }
        var (text, choices, replyLanguage) = formatter.Render(replies);
        return Reply(new SmsSession(replyLanguage, [], choices), text, replyLanguage);
    }

    private (SmsSession Session, IReadOnlyList<string> Replies) Reply(SmsSession session, string text, string language)
    {
        var pages = formatter.Paginate(text, language);
        return (session with { Language = language, PendingPages = pages.Skip(1).ToList() }, [pages[0]]);
    }

    private static string ChoiceValue(string body, SmsSession session)
    {
        // Phones set to Arabic or Urdu type Eastern Arabic digits.
        var trimmed = new string(body.Trim().TrimEnd('.').Select(c => c is >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9'
            ? (char)('0' + (int)char.GetNumericValue(c))
            : c).ToArray());
        return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= session.Choices.Count
            ? session.Choices[n - 1].Value
            : body;
    }
}
