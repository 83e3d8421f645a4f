using FamilyServices.Bot.Conversations;
using FamilyServices.Bot.Conversations.Prompts;
using FamilyServices.Bot.Dialogs.WelfareConcerns;

namespace FamilyServices.Bot.Dialogs.Questions;

/// <summary>What the assistant can do, as a list to pick from; a form put aside comes first.</summary>
public sealed class MenuDialog() : FormDialog<MenuDialog.Nothing>(DialogId)
{
    public const string DialogId = "menu";
    public const string CarryOn = "carry-on";

    public static readonly string[] Intents =
    [
        "visiting-times", "booking-a-visit", "id-requirements", "dress-code", "financial-help",
        "video-calls", "sending-money", "concern", "complaint", "feedback", "reestablish-contact", "human",
    ];

    public sealed class Nothing;

    protected override IEnumerable<Func<FormStep<Nothing>, Task<DialogTurnResult>>> Steps() => [Show, Follow];

    private Task<DialogTurnResult> Show(FormStep<Nothing> step)
    {
        var choices = Intents.Select(i => new PromptChoice(i, "intent:" + i)).ToList();
        if (step.Dc.SuspendedFormNameKey is not null)
        {
            choices.Insert(0, new PromptChoice(CarryOn, "ui:choice-carry-on"));
        }

        return step.PromptAsync(PromptIds.Choice, new PromptOptions { Key = "menu-intro", Choices = choices, Optional = true });
    }

    private async Task<DialogTurnResult> Follow(FormStep<Nothing> step)
    {
        var state = step.Dc.State;
        switch (step.Result)
        {
            case CarryOn when state.Suspended is not null:
                state.Stack.Clear();
                state.Stack.AddRange(state.Suspended);
                state.Suspended = null;
                await step.Dc.RepromptAsync();
                return DialogTurnResult.Waiting;
            case "concern":
                // Not EndAsync: that would ask the question under the menu again before the concern is taken.
                state.Stack.RemoveAt(state.Stack.Count - 1);
                await WelfareCheck.RaiseAsync(step.Dc, Conversations.Welfare.None, null, CancellationToken.None);
                return DialogTurnResult.Waiting;
            case string intent:
                return await step.ReplaceDialogAsync(QuestionsDialog.DialogId, new Question(intent));
            default:
                return await step.EndAsync();
        }
    }
}
