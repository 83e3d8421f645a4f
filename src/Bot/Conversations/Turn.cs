using System.Globalization;
using FamilyServices.Bot.Conversations.Recognisers;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Bot.Conversations;

/// <summary>One message from a family and what the assistant says back, with what it needs to answer.</summary>
public sealed class Turn
{
    public required IncomingMessage Message { get; init; }
    public required Conversation Conversation { get; init; }
    public required CaseworkDbContext Db { get; init; }
    public required IAssistantKnowledge Knowledge { get; init; }
    public required IServiceProvider Services { get; init; }
    public required Routing Routing { get; set; }
    public required DateTime Now { get; init; }

    public Channel Channel => Conversation.Channel;
    public string Text => Message.Text;

    /// <summary>SMS shows the short form of an answer and a numbered list; web chat the full form and buttons.</summary>
    public bool IsSms => Channel == Channel.Sms;

    public string Language
    {
        get => Conversation.Language;
        set => Conversation.Language = value;
    }

    public List<OutgoingReply> Replies { get; } = [];

    /// <summary>Set by an optional question the message did not answer: the engine treats it as a new question.</summary>
    public bool Unhandled { get; set; }

    /// <summary>The family is back after a pause and will be offered the form they left this turn.</summary>
    public bool ResumeOfferPending { get; set; }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public string T(string key, params (string Name, string Value)[] values) =>
        TextOf(key, values.ToDictionary(v => v.Name, v => v.Value));

    /// <summary>A UI text in the family's language, with national facts (the helpline's number) available to every text.</summary>
    public string TextOf(string key, IReadOnlyDictionary<string, string>? values)
    {
        var all = new Dictionary<string, string>(Knowledge.NationalFacts);
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            all[name] = value;
        }

        return Knowledge.Text(Language, key, all);
    }

    public void Say(string key, params (string Name, string Value)[] values) => SayText(T(key, values));

    public void SayText(string text, IReadOnlyList<ReplyChoice>? choices = null) =>
        Replies.Add(new OutgoingReply(text, choices ?? [], Language));

    /// <summary>The reply that answered a question, kept with its intent: the quarterly figures count questions answered.</summary>
    public (OutgoingReply Reply, string Intent)? Answered { get; private set; }

    public void SayAnswer(string intent, string text)
    {
        SayText(text);
        Answered = (Replies[^1], intent);
    }

    /// <summary>The person's language first, then English, which many mix in.</summary>
    public IReadOnlyList<Vocabulary> Vocabularies =>
        Language == "en" ? [VocabularyOf("en")] : [VocabularyOf(Language), VocabularyOf("en")];

    public Vocabulary VocabularyOf(string language) => Knowledge.Vocabulary(language);

    public DateOnly Today => DateOnly.FromDateTime(Now);

    public EstablishmentContact? Establishment(string? id) => Knowledge.Establishments.FirstOrDefault(e => e.Id == id);

    /// <summary>A date as the family reads it in their language ("14 March 2026", "14 marca 2026").</summary>
    public string FormatDate(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public string FormatDateTime(DateTime at) => at.ToString("dddd d MMMM, HH:mm", Culture);

    /// <summary>The family's language for dates, always on the Gregorian calendar the prisons use.</summary>
    public CultureInfo Culture
    {
        get
        {
            var culture = (CultureInfo)CultureInfo.GetCultureInfo(Language).Clone();
            if (culture.DateTimeFormat.Calendar is not GregorianCalendar
                && culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault() is { } gregorian)
            {
                culture.DateTimeFormat.Calendar = gregorian;
            }

            return culture;
        }
    }
}
