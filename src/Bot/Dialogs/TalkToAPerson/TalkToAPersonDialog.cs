using FamilyServices.Bot.Conversations;
using FamilyServices.Bot.Dialogs.Common;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Hosting;
using FamilyServices.Casework.References;
using Microsoft.Extensions.Options;

namespace FamilyServices.Bot.Dialogs.TalkToAPerson;

/// <summary>
/// A handover into the console queue with the transcript (linked by the conversation), and when a
/// family worker will be there; out of hours, what to do if it is urgent.
/// </summary>
public sealed class TalkToAPersonDialog() : Dialog(DialogId)
{
    public const string DialogId = "talk-to-a-person";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options)
    {
        var turn = dc.Turn;
        var state = dc.State;
        Escalation? handover = null;
        if (state.HandoverEscalationId is { } id)
        {
            handover = await turn.Db.Escalations.FindAsync(id);
            if (handover?.Status is not (EscalationStatus.New or EscalationStatus.Acknowledged or EscalationStatus.InProgress))
            {
                handover = null;
            }
        }

        if (handover is null)
        {
            var handoverId = Guid.NewGuid();
            handover = new Escalation
            {
                Id = handoverId,
                Reference = await turn.Service<ReferenceNumbers>().NextOrFallbackAsync(ReferenceNumbers.Handover, handoverId),
                Kind = EscalationKind.Handover,
                Severity = Severity.Routine,
                EstablishmentId = turn.Establishment(turn.Conversation.EstablishmentId)?.Id,
                Language = turn.Language,
                ConversationId = turn.Conversation.Id,
                ContactChannel = turn.Channel,
                ContactAddress = turn.Message.Address,
                RaisedAt = turn.Now,
                UpdatedAt = turn.Now,
                DetailsComplete = true,
            };
            turn.Db.Escalations.Add(handover);
            state.HandoverEscalationId = handover.Id;
        }

        var hours = new OfficeHours(turn.Service<IOptions<OfficeHoursSettings>>().Value);
        if (hours.IsOpen(turn.Now))
        {
            turn.Say("person-in-hours", ("reference", handover.Reference), ("hours", hours.Describe(turn)));
        }
        else
        {
            turn.Say("person-out-of-hours", ("reference", handover.Reference), ("hours", hours.Describe(turn)), ("opens", turn.FormatDateTime(hours.NextOpening(turn.Now))));
        }

        turn.Say("person-if-urgent");
        return await dc.EndDialogAsync();
    }
}
