using System.Text.Json;
using FamilyServices.Bot.Dialogs;
using FamilyServices.Bot.Dialogs.Common;
using FamilyServices.Bot.Dialogs.WelfareConcerns;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Hosting;
using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Bot.Conversations;

/// <summary>
/// The one engine behind every channel. Per turn: load the conversation, run the welfare check,
/// then global commands, then the dialog under way (or the router), and save the dialog state, the
/// transcript and whatever the dialogs created in one SaveChanges. A concurrent turn on the same
/// conversation makes the save fail (the version changed): the turn is run again on fresh state.
/// </summary>
public sealed class ConversationEngine(IServiceScopeFactory scopes, IAssistantKnowledge knowledge, DialogSet dialogs, TimeProvider clock, ILogger<ConversationEngine> logger)
    : ITurnHandler
{
    /// <summary>After this long without a message, a form under way is put aside and offered again.</summary>
    public static readonly TimeSpan IdleAfter = TimeSpan.FromMinutes(30);

    /// <summary>A form put aside is kept this long.</summary>
    public static readonly TimeSpan KeepFormFor = TimeSpan.FromHours(24);

    private const int Attempts = 5;

    public async Task<TurnResult> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                return await RunTurnAsync(scope.ServiceProvider, message, firstAttempt: attempt == 1, cancellationToken);
            }
            catch (DbUpdateException exception) when (attempt < Attempts && !DatabaseUnavailable.IsCause(exception))
            {
                // Another instance saved this conversation first (or created it): run the turn again on what it saved.
                logger.LogInformation("Turn on {Channel} retried after a concurrent save ({Error}), attempt {Attempt}", message.Channel, exception.GetType().Name, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), cancellationToken);
            }
        }
    }

    private async Task<TurnResult> RunTurnAsync(IServiceProvider services, IncomingMessage message, bool firstAttempt, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CaseworkDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var channel = message.Channel == "sms" ? Channel.Sms : Channel.WebChat;
        var checkRetry = !firstAttempt || !message.RetryAlreadyChecked;

        // The turn's own rows stay out of EF's change tracker (see TurnRows): the conversation is written whole
        // at the end, if it still has the version it was read with.
        var rows = new TurnRows();
        Conversation? conversation;
        if (firstAttempt && message.Conversation is { } read)
        {
            conversation = read.Found;
        }
        else
        {
            conversation = await ConversationOf.For(db)(db, channel, message.ConversationId, cancellationToken);
        }
        if (conversation is not null && checkRetry && message.ChannelMessageId is { } messageId
            && await RepliesAlreadySentAsync(db, conversation, messageId, cancellationToken) is { } replayed)
        {
            return replayed;
        }

        var isNew = conversation is null;
        conversation ??= new Conversation { Channel = channel, Address = message.Address, ExternalId = message.ConversationId, StartedAt = now, LastActivityAt = now };
        if (isNew)
        {
            rows.Insert(conversation);
        }
        else
        {
            rows.Update(conversation, conversation.Version);
        }

        var state = ConversationState.Read(conversation.DialogState);
        var idleFor = now - conversation.LastActivityAt;

        // A language chosen elsewhere: by this person in another web chat, or before their SMS
        // conversation was erased. On SMS the number's one conversation is the only place it is
        // chosen (and then marked chosen), so only a new one looks.
        if (isNew || (!state.LanguageChosen && channel != Channel.Sms))
        {
            var preference = await PreferenceOf.For(db)(db, channel, message.Address, cancellationToken);
            if (preference?.Language is { } remembered && knowledge.Languages.Contains(remembered))
            {
                conversation.Language = remembered;
                state.LanguageChosen = true;
            }
        }
        var routing = knowledge.Route(message.Text, state.LanguageChosen ? conversation.Language : null, conversation.EstablishmentId);
        var turn = new Turn
        {
            Message = message,
            Conversation = conversation,
            Db = db,
            Knowledge = knowledge,
            Services = services,
            Routing = routing,
            Now = now,
        };
        DetectLanguage(turn, state, isNew);
        if (routing.EstablishmentId is { } named && turn.Establishment(named) is not null)
        {
            conversation.EstablishmentId = named;
        }

        var incoming = new ConversationMessage
        {
            ConversationId = conversation.Id,
            Author = MessageAuthor.Family,
            Text = message.Text,
            Language = turn.Language,
            SentAt = now,
            ChannelMessageId = message.ChannelMessageId,
            Intent = routing.Intent,
        };
        rows.Insert(incoming);

        var dc = new DialogContext(dialogs, state, turn);
        try
        {
            await RunDialogsAsync(dc, idleFor, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not DbUpdateException)
        {
            // A fault in a dialog (or state an older version saved) must not lose what this turn already
            // holds, above all an escalation: start the conversation again from the top and save the rest.
            logger.LogError(exception, "A dialog failed on {Channel}; the conversation starts again from the top", message.Channel);
            state.Stack.Clear();
            state.Suspended = null;
            try
            {
                if (routing.Welfare != Welfare.None && !HoldsAnEscalation(db))
                {
                    // The fault came before the worry was written down: write it down now, whatever else failed.
                    await WelfareCheck.RaiseAfterFaultAsync(turn, state, cancellationToken);
                }
                else
                {
                    turn.Say("something-went-wrong");
                }
            }
            catch (Exception) when (routing.Welfare == Welfare.None || HoldsAnEscalation(db))
            {
                // Even the apology failed (broken content): the family still gets whatever was already said. A worry
                // that could not be written down fails the whole turn instead, rather than be answered as if taken.
            }
        }
        dc.SaveForms();
        conversation.DialogState = state.Write();
        conversation.LastActivityAt = now;
        foreach (var reply in turn.Replies)
        {
            rows.Insert(new ConversationMessage
            {
                ConversationId = conversation.Id,
                Author = MessageAuthor.Assistant,
                Text = reply.Text,
                Language = reply.Language,
                SentAt = now,
                Intent = turn.Answered is { } answered && ReferenceEquals(answered.Reply, reply) ? answered.Intent : null,
                ChannelData = reply.Choices.Count == 0 ? null : JsonSerializer.Serialize(reply.Choices, ConversationState.Json),
            });
        }

        message.SaveWithTurn?.Invoke(db, rows, turn.Replies);
        await db.SaveAsync(rows, DirectlySaved, cancellationToken);
        return new TurnResult(turn.Replies, SavedWithTurn: message.SaveWithTurn is not null, conversation);
    }

    /// <summary>Whether this turn has made or added to an escalation (a worry, a handover) still to be saved.</summary>
    private static bool HoldsAnEscalation(CaseworkDbContext db) =>
        db.ChangeTracker.Entries<Escalation>().Any(e => e.State is EntityState.Added or EntityState.Modified);

    // What an ordinary turn writes without EF's update pipeline; a turn that also creates a case record
    // (an escalation, a complaint) is saved by SaveChanges, in one transaction all the same.
    private static readonly IReadOnlySet<Type> DirectlySaved = new HashSet<Type>
    {
        typeof(Conversation), typeof(ConversationMessage), typeof(ContactPreference), typeof(SmsSessionState), typeof(SmsReceipt),
    };

    // Compiled once: translating the LINQ on every turn cost more than the query itself. Not tracked: the turn
    // writes the row itself (TurnRows).
    private static readonly CompiledQuery<Func<CaseworkDbContext, Channel, string, CancellationToken, Task<Conversation?>>> ConversationOf = new(() =>
        EF.CompileAsyncQuery((CaseworkDbContext db, Channel channel, string externalId, CancellationToken _) =>
            db.Conversations.AsNoTracking().SingleOrDefault(c => c.Channel == channel && c.ExternalId == externalId)));

    // Tracked, as Find would: a dialog that changes the preference later in the turn gets this same one.
    private static readonly CompiledQuery<Func<CaseworkDbContext, Channel, string, CancellationToken, Task<ContactPreference?>>> PreferenceOf = new(() =>
        EF.CompileAsyncQuery((CaseworkDbContext db, Channel channel, string address, CancellationToken _) =>
            db.ContactPreferences.SingleOrDefault(p => p.Channel == channel && p.Address == address)));

    private static async Task RunDialogsAsync(DialogContext dc, TimeSpan idleFor, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        var state = dc.State;
        if (state.Suspended is not null && turn.Now - state.SuspendedAt > KeepFormFor)
        {
            state.Suspended = null;
        }

        if (idleFor > KeepFormFor)
        {
            // An SMS conversation lasts as long as the phone number: after a day away it starts afresh
            // (greeting, "Did this help?"), but what we learnt about the family (language, welfare) stays.
            state.Greeted = false;
            state.AnswersGiven = 0;
            state.SurveyOffered = false;
        }

        var offerAfterPause = false;
        if (state.Stack.Count > 0 && idleFor > IdleAfter)
        {
            if (idleFor > KeepFormFor)
            {
                state.Stack.Clear();
            }
            else
            {
                dc.SuspendForms();
                offerAfterPause = state.Suspended is not null;
            }
        }

        // The welfare check comes first, on every message, whatever else is under way.
        if (turn.Routing.Welfare != Welfare.None)
        {
            if (await WelfareCheck.RaiseAsync(dc, turn.Routing.Welfare, turn.Routing.WelfareCategory, cancellationToken))
            {
                return;
            }
        }
        else if (await GlobalCommands.TryHandleAsync(dc))
        {
            return;
        }

        if (state.Stack.Count > 0)
        {
            await dc.ContinueDialogAsync();
            if (!turn.Unhandled || state.Stack.Count > 0)
            {
                return;
            }
        }

        // Back after a pause: answer a clear new question, then offer the form that was put aside.
        if (offerAfterPause && (turn.Routing.Intent is "fallback" or "greeting" || turn.Routing.Ambiguous))
        {
            await dc.BeginDialogAsync(ResumeOfferDialog.DialogId);
            return;
        }

        turn.ResumeOfferPending = offerAfterPause;
        await TopLevel.HandleAsync(dc, cancellationToken);
        if (offerAfterPause && state.Stack.Count == 0 && state.Suspended is not null)
        {
            await dc.BeginDialogAsync(ResumeOfferDialog.DialogId);
        }
    }

    /// <summary>
    /// Guesses the language until the family chooses one: from the first message, and later from a
    /// sentence (not "2" or "ok", which say nothing about language) while no question is waiting.
    /// </summary>
    private static void DetectLanguage(Turn turn, ConversationState state, bool isNew)
    {
        if (state.LanguageChosen)
        {
            return;
        }

        // A web chat page in Polish says so in its locale: a better guess than a first "hi" or "ok", which read as English.
        var words = turn.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var saysLittle = turn.Routing.LanguageConfidence < 0.5 || (words <= 1 && turn.Routing.Language == "en");
        if (isNew && saysLittle && turn.Message.Locale is { Length: >= 2 } locale
            && turn.Knowledge.Languages.Contains(locale[..2].ToLowerInvariant()))
        {
            turn.Language = locale[..2].ToLowerInvariant();
            return;
        }

        if (!turn.Knowledge.Languages.Contains(turn.Routing.Language))
        {
            return;
        }

        if ((isNew && turn.Routing.LanguageConfidence >= 0.5) || (state.Stack.Count == 0 && words >= 3 && turn.Routing.LanguageConfidence >= 0.8))
        {
            turn.Language = turn.Routing.Language;
        }
    }

    /// <summary>A message the channel sent again (a retried webhook) gets the replies it got the first time.</summary>
    private static async Task<TurnResult?> RepliesAlreadySentAsync(CaseworkDbContext db, Conversation conversation, string channelMessageId, CancellationToken cancellationToken)
    {
        var original = await db.ConversationMessages
            .Where(m => m.ConversationId == conversation.Id && m.ChannelMessageId == channelMessageId && m.Author == MessageAuthor.Family)
            .OrderBy(m => m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (original is null)
        {
            return null;
        }

        var after = await db.ConversationMessages
            .Where(m => m.ConversationId == conversation.Id && m.Id > original.Id)
            .OrderBy(m => m.Id)
            .Take(50)
            .ToListAsync(cancellationToken);
        var replies = after
            .TakeWhile(m => m.Author == MessageAuthor.Assistant)
            .Select(m => new OutgoingReply(
                m.Text,
                m.ChannelData is null ? [] : JsonSerializer.Deserialize<List<ReplyChoice>>(m.ChannelData, ConversationState.Json) ?? [],
                m.Language ?? conversation.Language))
            .ToList();
        return new TurnResult(replies);
    }
}
