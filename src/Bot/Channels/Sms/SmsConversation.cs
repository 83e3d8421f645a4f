using System.Globalization;
using FamilyServices.Bot.Channels.Content;
using FamilyServices.Bot.Conversations;

namespace FamilyServices.Bot.Channels.Sms;

/// <summary>One inbound text, start to finish: keywords, paging, numbered choices, then the engine.</summary>
public sealed class SmsConversation(
    ITurnHandler turns,
    IChannelTexts texts,
    ISmsSessions sessions,
    ISmsOptOuts optOuts,
    SmsCommands commands,
    SmsReplyFormatter formatter,
    KeyedLock locks)
{
    /// <summary>The messages to send back in the TwiML reply (none, one, or a page of a longer one).</summary>
    public async Task<IReadOnlyList<string>> HandleAsync(string from, string body, int mediaCount, string messageSid, CancellationToken cancellationToken)
    {
        using var _ = await locks.AcquireAsync("sms:" + from, cancellationToken);
        var session = await sessions.GetAsync(from, cancellationToken);
        var (command, keywordLanguage) = commands.Recognise(body, session.Language);
        var language = keywordLanguage ?? session.Language ?? texts.DefaultLanguage;

        // A picture with no words: tell them we only read text rather than pass the engine nothing.
        if (string.IsNullOrWhiteSpace(body) && mediaCount > 0)
        {
            return await ReplyAsync(from, session, texts.Get(session.Language ?? texts.DefaultLanguage, "sms.media_not_supported"), session.Language ?? texts.DefaultLanguage, cancellationToken);
        }

        switch (command)
        {
            case SmsCommand.More when session.PendingPages.Count > 0:
                await sessions.SaveAsync(from, session with { PendingPages = session.PendingPages.Skip(1).ToList() }, cancellationToken);
                return [session.PendingPages[0]];

            case SmsCommand.Stop:
                await optOuts.OptOutAsync(from, cancellationToken);
                return await ReplyAsync(from, session with { Choices = [] }, texts.Get(language, "sms.stop_confirmation"), language, cancellationToken);

            // START and YES only mean "opt me back in" to someone who opted out; otherwise "yes" is an answer.
            case SmsCommand.Start when await optOuts.IsOptedOutAsync(from, cancellationToken):
                await optOuts.OptInAsync(from, cancellationToken);
                return await ReplyAsync(from, session with { Choices = [] }, texts.Get(language, "sms.start_confirmation"), language, cancellationToken);

            case SmsCommand.Help:
                return await ReplyAsync(from, session with { Choices = [] }, texts.Get(language, "sms.help"), language, cancellationToken);
        }

        // After STOP we still listen: a welfare disclosure must reach the engine and the family workers.
        var result = await turns.HandleAsync(
            new IncomingMessage(ChannelNames.Sms, from, from, ChoiceValue(body, session), null, messageSid),
            cancellationToken);
        if (result.Replies.Count == 0)
        {
            await sessions.SaveAsync(from, session with { PendingPages = [], Choices = [] }, cancellationToken);
            return [];
        }
        var (text, choices, replyLanguage) = formatter.Render(result.Replies);
        return await ReplyAsync(from, new SmsSession(replyLanguage, [], choices), text, replyLanguage, cancellationToken);
    }

    /// <summary>The apology when the engine fails, in the language we last used with this number.</summary>
    public async Task<string> ErrorReplyAsync(string from, CancellationToken cancellationToken)
    {
        var session = await sessions.GetAsync(from, cancellationToken);
        return texts.Get(session.Language ?? texts.DefaultLanguage, "channel.error");
    }

    private async Task<IReadOnlyList<string>> ReplyAsync(string from, SmsSession session, string text, string language, CancellationToken cancellationToken)
    {
        var pages = formatter.Paginate(text, language);
        await sessions.SaveAsync(from, session with { Language = language, PendingPages = pages.Skip(1).ToList() }, cancellationToken);
        return [pages[0]];
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
