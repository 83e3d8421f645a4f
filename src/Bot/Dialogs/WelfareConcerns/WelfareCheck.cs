using FamilyServices.Bot.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.References;

namespace FamilyServices.Bot.Dialogs.WelfareConcerns;

public sealed record WelfareStart(Guid EscalationId, bool Emergency, string? Topic);

/// <summary>
/// Runs on every message before any dialog. A disclosure creates the escalation at once, in this
/// turn's save, with the transcript linked, so a family that stops replying loses nothing.
/// </summary>
public static class WelfareCheck
{
    /// <summary>True when the message has been dealt with; false when it should also reach the welfare form under way.</summary>
    public static async Task<bool> RaiseAsync(DialogContext dc, Welfare level, string? category, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        var state = dc.State;
        state.WelfareRaised = true;

        if (state.WelfareEscalationId is { } existingId
            && await turn.Db.Escalations.FindAsync([existingId], cancellationToken) is { } existing
            && existing.Status is EscalationStatus.New or EscalationStatus.Acknowledged or EscalationStatus.InProgress)
        {
            var emergencyNow = level == Welfare.Emergency && existing.Severity != Severity.Emergency;
            if (emergencyNow)
            {
                existing.Severity = Severity.Emergency;
            }

            existing.Summary = Append(existing.Summary, turn.Text);
            existing.UpdatedAt = turn.Now;
            if (level == Welfare.Emergency && (emergencyNow || !state.EmergencyAdviceGiven))
            {
                existing.AdviceGiven = Append(existing.AdviceGiven, EmergencyAdvice.Say(turn));
                state.EmergencyAdviceGiven = true;
            }

            if (dc.IsActive(WelfareConcernDialog.DialogId))
            {
                return false;
            }

            turn.Say("welfare-added", ("reference", existing.Reference));
            await dc.RepromptAsync();
            return true;
        }

        var escalation = await NewEscalationAsync(turn, level, category, cancellationToken);
        turn.Db.Escalations.Add(escalation);
        state.WelfareEscalationId = escalation.Id;

        // The form under way waits; it is offered again when the concern has been taken.
        dc.SuspendForms();
        await dc.BeginDialogAsync(WelfareConcernDialog.DialogId, new WelfareStart(escalation.Id, level == Welfare.Emergency, WelfareTopics.FromCategory(category)));
        return true;
    }

    /// <summary>
    /// The safety net when a turn that disclosed a worry failed before its escalation was made (see
    /// ConversationEngine): the escalation is made all the same, without the questions, and the family
    /// hears the emergency advice and their reference.
    /// </summary>
    public static async Task RaiseAfterFaultAsync(Turn turn, ConversationState state, CancellationToken cancellationToken)
    {
        var level = turn.Routing.Welfare;
        var escalation = await NewEscalationAsync(turn, level, turn.Routing.WelfareCategory, cancellationToken);
        turn.Db.Escalations.Add(escalation);
        state.WelfareRaised = true;
        state.WelfareEscalationId = escalation.Id;
        if (level == Welfare.Emergency)
        {
            escalation.AdviceGiven = EmergencyAdvice.Say(turn);
            state.EmergencyAdviceGiven = true;
        }
        turn.Say("welfare-taken", ("reference", escalation.Reference));
    }

    private static async Task<Escalation> NewEscalationAsync(Turn turn, Welfare level, string? category, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        return new Escalation
        {
            Id = id,
            // Never lost to a busy counter: the worry is saved with a reference from its id instead.
            Reference = await turn.Service<ReferenceNumbers>().NextOrFallbackAsync(ReferenceNumbers.Welfare, id, cancellationToken),
            Kind = EscalationKind.WelfareConcern,
            Severity = level switch
            {
                Welfare.Emergency => Severity.Emergency,
                Welfare.Concern => Severity.Urgent,
                _ => Severity.Routine,
            },
            Category = WelfareTopics.FromCategory(category) ?? category,
            EstablishmentId = turn.Conversation.EstablishmentId,
            Summary = level == Welfare.None ? null : turn.Text,
            Language = turn.Language,
            ConversationId = turn.Conversation.Id,
            ContactChannel = turn.Channel,
            ContactAddress = turn.Message.Address,
            RaisedAt = turn.Now,
            UpdatedAt = turn.Now,
        };
    }

    public static string Append(string? existing, string text) =>
        string.IsNullOrEmpty(existing) ? text : existing + "\n" + text;
}
