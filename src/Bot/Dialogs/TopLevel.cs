using FamilyServices.Bot.Conversations;
using FamilyServices.Bot.Dialogs.Complaints;
using FamilyServices.Bot.Dialogs.GettingBackInTouch;
using FamilyServices.Bot.Dialogs.Questions;
using FamilyServices.Bot.Dialogs.Surveys;
using FamilyServices.Bot.Dialogs.TalkToAPerson;
using FamilyServices.Bot.Dialogs.WelfareConcerns;

namespace FamilyServices.Bot.Dialogs;

/// <summary>A message with no form under way: greet a newcomer, then start what the router says they want.</summary>
public static class TopLevel
{
    /// <summary>Intents that start a form rather than get an answer.</summary>
    public static string? FlowFor(string intent) => intent switch
    {
        "complaint" => ComplaintDialog.DialogId,
        "feedback" => SurveyDialog.DialogId,
        "human" => TalkToAPersonDialog.DialogId,
        "reestablish-contact" => GettingBackInTouchDialog.DialogId,
        _ => null,
    };

    public static async Task HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        var routing = turn.Routing;
        if (!dc.State.Greeted)
        {
            Welcome.Welcome.Greet(turn, dc.State);
            if (routing.Intent is "greeting" or "fallback")
            {
                return;
            }
        }

        switch (routing.Intent)
        {
            case "greeting":
                turn.Say("welcome-again");
                return;
            case "concern" or "emergency":
                // The router heard a worry but no welfare signal: still a concern, taken as one.
                await WelfareCheck.RaiseAsync(dc, routing.Intent == "emergency" ? Welfare.Emergency : Welfare.Concern, null, cancellationToken);
                return;
            case "fallback":
                await dc.BeginDialogAsync(NotUnderstoodDialog.DialogId);
                return;
        }

        if (FlowFor(routing.Intent) is { } flow)
        {
            await dc.BeginDialogAsync(flow);
            return;
        }

        await dc.BeginDialogAsync(QuestionsDialog.DialogId, new Question(routing.Intent, routing.RunnerUp, routing.Ambiguous));
    }
}
