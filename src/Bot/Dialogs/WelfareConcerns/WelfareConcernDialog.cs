using FamilyServices.Bot.Conversations;
using FamilyServices.Bot.Conversations.Prompts;
using FamilyServices.Bot.Dialogs.Common;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Hosting;
using Microsoft.Extensions.Options;

namespace FamilyServices.Bot.Dialogs.WelfareConcerns;

public sealed class WelfareForm
{
    public Guid EscalationId { get; set; }
    public bool Emergency { get; set; }
    public string? Topic { get; set; }
    public string? ContactMethod { get; set; }
    public bool SaferCustodyLineGiven { get; set; }
}

/// <summary>
/// A worry about someone in prison. The escalation already exists (WelfareCheck made it); each answer
/// is written to it as it comes. Emergency advice comes before any question.
/// </summary>
public sealed class WelfareConcernDialog() : FormDialog<WelfareForm>(DialogId)
{
    public const string DialogId = "welfare-concern";

    public override string? FormNameKey => "form-welfare-concern";

    protected override void Start(WelfareForm form, object? options, Turn turn)
    {
        var start = (WelfareStart)options!;
        form.EscalationId = start.EscalationId;
        form.Emergency = start.Emergency;
        form.Topic = start.Topic;
    }

    protected override IEnumerable<Func<FormStep<WelfareForm>, Task<DialogTurnResult>>> Steps() =>
    [
        AdviseAndAskPrison,
        AskTopic,
        AskDanger,
        AskName,
        AskPrisonNumber,
        AskWhatIsHappening,
        AskWhoTheyAre,
        AskHowToReach,
        AskContactDetails,
        AskConsent,
        TellWhatHappensNext,
    ];

    private static async Task<Escalation> EscalationAsync(FormStep<WelfareForm> step)
    {
        var escalation = await step.Turn.Db.Escalations.FindAsync(step.Form.EscalationId)
            ?? throw new InvalidOperationException("The escalation of a welfare concern is missing.");
        escalation.UpdatedAt = step.Turn.Now;
        return escalation;
    }

    private async Task<DialogTurnResult> AdviseAndAskPrison(FormStep<WelfareForm> step)
    {
        var escalation = await EscalationAsync(step);
        if (step.Form.Emergency)
        {
            escalation.AdviceGiven = WelfareCheck.Append(escalation.AdviceGiven, EmergencyAdvice.Say(step.Turn));
            step.Dc.State.EmergencyAdviceGiven = true;
        }

        step.Turn.Say("welfare-thanks", ("reference", escalation.Reference));
        GiveSaferCustodyLine(step, escalation);
        return CommonQuestions.IsKnownEstablishment(step.Turn, step.Turn.Conversation.EstablishmentId)
            ? await step.NextAsync(step.Turn.Conversation.EstablishmentId)
            : await step.PromptAsync(PromptIds.Choice, CommonQuestions.Establishment(step.Turn, allowUnknown: true));
    }

    private async Task<DialogTurnResult> AskTopic(FormStep<WelfareForm> step)
    {
        var escalation = await EscalationAsync(step);
        if (step.Result is string id && CommonQuestions.IsKnownEstablishment(step.Turn, id))
        {
            escalation.EstablishmentId = id;
            step.Turn.Conversation.EstablishmentId = id;
            GiveSaferCustodyLine(step, escalation);
        }

        if (step.Form.Topic is not null)
        {
            return await step.NextAsync(step.Form.Topic);
        }

        return await step.PromptAsync(PromptIds.Choice, new PromptOptions
        {
            Key = "welfare-ask-topic",
            Choices = WelfareTopics.All.Select(t => new PromptChoice(t, "ui:welfare-topic-" + t, "words-welfare-topic-" + t)).ToList(),
        });
    }

    private async Task<DialogTurnResult> AskDanger(FormStep<WelfareForm> step)
    {
        var escalation = await EscalationAsync(step);
        step.Form.Topic = step.Result as string ?? WelfareTopics.Other;
        escalation.Category = step.Form.Topic;
        if (WelfareTopics.SeverityOf(step.Form.Topic) < escalation.Severity)
        {
            escalation.Severity = WelfareTopics.SeverityOf(step.Form.Topic);
        }

        return step.Form.Emergency
            ? await step.NextAsync()
            : await step.PromptAsync(PromptIds.YesNo, "welfare-ask-danger");
    }

    private async Task<DialogTurnResult> AskName(FormStep<WelfareForm> step)
    {
        if (step.Result is true)
        {
            var escalation = await EscalationAsync(step);
            escalation.Severity = Severity.Emergency;
            step.Form.Emergency = true;
            escalation.AdviceGiven = WelfareCheck.Append(escalation.AdviceGiven, EmergencyAdvice.Say(step.Turn));
            step.Dc.State.EmergencyAdviceGiven = true;
        }

        return await step.PromptAsync(PromptIds.Text, "welfare-ask-name", o => o.AllowSkip = true);
    }

    private async Task<DialogTurnResult> AskPrisonNumber(FormStep<WelfareForm> step)
    {
        (await EscalationAsync(step)).PrisonerName = step.Result as string;
        return await step.PromptAsync(PromptIds.PrisonNumber, "welfare-ask-prison-number", o => o.AllowSkip = true);
    }

    private async Task<DialogTurnResult> AskWhatIsHappening(FormStep<WelfareForm> step)
    {
        (await EscalationAsync(step)).PrisonNumber = step.Result as string;
        return await step.PromptAsync(PromptIds.Text, "welfare-ask-what-is-happening");
    }

    private async Task<DialogTurnResult> AskWhoTheyAre(FormStep<WelfareForm> step)
    {
        var escalation = await EscalationAsync(step);
        escalation.Summary = WelfareCheck.Append(escalation.Summary, (string)step.Result!);
        return await step.PromptAsync(PromptIds.Text, "welfare-ask-who-you-are", o => o.AllowSkip = true);
    }

    private async Task<DialogTurnResult> AskHowToReach(FormStep<WelfareForm> step)
    {
        (await EscalationAsync(step)).RaisedByRelationship = Truncate(step.Result as string, 100);
        return await step.PromptAsync(PromptIds.Choice, CommonQuestions.ContactMethod(step.Turn, "welfare-ask-contact", allowAnonymous: true));
    }

    private Task<DialogTurnResult> AskContactDetails(FormStep<WelfareForm> step)
    {
        step.Form.ContactMethod = step.Result as string;
        return CommonQuestions.AskContactDetailsAsync(step, step.Form.ContactMethod);
    }

    private async Task<DialogTurnResult> AskConsent(FormStep<WelfareForm> step)
    {
        var escalation = await EscalationAsync(step);
        var (channel, address) = CommonQuestions.ContactFrom(step.Turn, step.Form.ContactMethod, step.Result);
        escalation.Anonymous = step.Form.ContactMethod == CommonQuestions.Anonymous;
        escalation.ContactChannel = channel;
        escalation.ContactAddress = address;
        return await step.PromptAsync(PromptIds.YesNo, "welfare-ask-consent");
    }

    private async Task<DialogTurnResult> TellWhatHappensNext(FormStep<WelfareForm> step)
    {
        var turn = step.Turn;
        var escalation = await EscalationAsync(step);
        escalation.ConsentToShareWithPrison = step.Result as bool?;
        escalation.DetailsComplete = true;

        var hours = new OfficeHours(turn.Service<IOptions<OfficeHoursSettings>>().Value);
        var target = turn.Service<IOptions<ResponseTargetSettings>>().Value.For(escalation.Severity);
        // Promise a time only if a worker is in for all of it; routine targets are counted in working days anyway.
        if (escalation.Severity == Severity.Routine || (hours.IsOpen(turn.Now) && hours.IsOpen(turn.Now + target)))
        {
            turn.Say("welfare-next-in-hours", ("reference", escalation.Reference), ("within", OfficeHours.Describe(turn, target)));
        }
        else
        {
            turn.Say("welfare-next-out-of-hours", ("reference", escalation.Reference), ("opens", turn.FormatDateTime(hours.NextOpening(turn.Now))));
        }

        if (escalation.Category == WelfareTopics.Debt)
        {
            turn.Say("welfare-advice-debt");
        }
        else if (escalation.Category == WelfareTopics.UnwantedContact)
        {
            turn.Say("welfare-advice-unwanted-contact");
        }

        GiveSaferCustodyLine(step, escalation, atTheEnd: true);
        turn.Say("welfare-helpline");

        // A form the concern interrupted is offered again now the concern has been taken.
        return step.Dc.State.Suspended is not null
            ? await step.ReplaceDialogAsync(ResumeOfferDialog.DialogId)
            : await step.EndAsync();
    }

    /// <summary>
    /// The prison's Safer Custody line as soon as we know the prison, so a family that stops replying
    /// already has it; said once.
    /// </summary>
    private static void GiveSaferCustodyLine(FormStep<WelfareForm> step, Escalation escalation, bool atTheEnd = false)
    {
        // In an emergency the switchboard comes first; the line for less urgent worries waits for the end.
        if (step.Form.SaferCustodyLineGiven || (step.Form.Emergency && !atTheEnd)
            || step.Turn.Establishment(escalation.EstablishmentId) is not { SaferCustodyLine: { } line } establishment)
        {
            return;
        }

        var text = step.Turn.T("welfare-safer-custody-line", ("establishment", establishment.Name), ("phone", line));
        step.Turn.SayText(text);
        escalation.AdviceGiven = WelfareCheck.Append(escalation.AdviceGiven, text);
        step.Form.SaferCustodyLineGiven = true;
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
