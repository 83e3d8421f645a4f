using FamilyServices.Bot.Conversations;
using FamilyServices.Bot.Conversations.Prompts;

namespace FamilyServices.Bot.Dialogs.Common;

/// <summary>"Do you want to carry on with your complaint?" after a welfare concern or a long pause.</summary>
public sealed class ResumeOfferDialog() : FormDialog<ResumeOfferDialog.Nothing>(DialogId)
{
    public const string DialogId = "resume-offer";

    public sealed class Nothing;

    protected override IEnumerable<Func<FormStep<Nothing>, Task<DialogTurnResult>>> Steps() => [Offer, Answer];

    private async Task<DialogTurnResult> Offer(FormStep<Nothing> step)
    {
        if (step.Dc.SuspendedFormNameKey is not { } form)
        {
            step.Dc.State.Suspended = null;
            return await step.EndAsync();
        }

        return await step.PromptAsync(PromptIds.YesNo, new PromptOptions
        {
            Key = "resume-offer",
            Values = new() { ["form"] = step.Turn.T(form) },
            Optional = true,
        });
    }

    private async Task<DialogTurnResult> Answer(FormStep<Nothing> step)
    {
        var state = step.Dc.State;
        switch (step.Result)
        {
            case true:
                state.Stack.Clear();
                state.Stack.AddRange(state.Suspended!);
                state.Suspended = null;
                step.Turn.Say("resume-carry-on");
                await step.Dc.RepromptAsync();
                return DialogTurnResult.Waiting;
            case false:
                state.Suspended = null;
                step.Turn.Say("resume-dropped");
                return await step.EndAsync();
            default:
                // They said something else: keep the form for later and deal with what they said.
                return await step.EndAsync();
        }
    }
}
