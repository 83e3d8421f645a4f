using FamilyServices.Bot.Conversations;

namespace FamilyServices.Bot.Dialogs.WelfareConcerns;

/// <summary>
/// The first thing said when a life may be at risk: 999, and the prison's switchboard with "ask for
/// the Orderly Officer". With no prison known yet, every switchboard we have, so no time is lost asking.
/// </summary>
public static class EmergencyAdvice
{
    public static string Say(Turn turn)
    {
        var establishment = turn.Establishment(turn.Conversation.EstablishmentId);
        string text;
        if (establishment?.Switchboard is { } switchboard)
        {
            text = turn.T("emergency-call-prison", ("establishment", establishment.Name), ("switchboard", switchboard));
        }
        else if (establishment is not null)
        {
            text = turn.T("emergency-call-prison-no-number", ("establishment", establishment.Name));
        }
        else
        {
            var lines = turn.Knowledge.Establishments
                .Where(e => e.Switchboard is not null)
                .Select(e => $"{e.Name}: {e.Switchboard}");
            text = turn.T("emergency-call-any-prison", ("switchboards", string.Join(", ", lines)));
        }

        turn.SayText(text);
        return text;
    }
}
