using FamilyServices.Bot.Conversations;
using FamilyServices.Bot.Conversations.Prompts;
using FamilyServices.Bot.Dialogs.TalkToAPerson;
using FamilyServices.Casework.ContentReview;

namespace FamilyServices.Bot.Dialogs.Questions;

/// <summary>No answer is good enough: say so, offer the menu or a person, and keep the question for content review.</summary>
public sealed class NotUnderstoodDialog() : FormDialog<NotUnderstoodDialog.Nothing>(DialogId)
{
    public const string DialogId = "not-understood";
    public const string Menu = "menu";
    public const string Person = "person";

    public sealed class Nothing;

    protected override IEnumerable<Func<FormStep<Nothing>, Task<DialogTurnResult>>> Steps() => [Offer, Follow];

    private Task<DialogTurnResult> Offer(FormStep<Nothing> step)
    {
        var turn = step.Turn;
        turn.Db.UnansweredQuestions.Add(new UnansweredQuestion
        {
            Text = turn.Text,
            Language = turn.Language,
            EstablishmentId = turn.Conversation.EstablishmentId,
            Channel = turn.Channel,
            BestGuessIntent = turn.Routing.Intent == "fallback" ? turn.Routing.RunnerUp : turn.Routing.Intent,
            Confidence = turn.Routing.Confidence,
            AskedAt = turn.Now,
        });
        return step.PromptAsync(PromptIds.Choice, new PromptOptions
        {
            Key = "not-understood",
            Choices = [new(Menu, "ui:choice-menu", "words-menu"), new(Person, "ui:choice-person", "words-person")],
            Optional = true,
        });
    }

    private async Task<DialogTurnResult> Follow(FormStep<Nothing> step) => step.Result switch
    {
        Menu => await step.ReplaceDialogAsync(MenuDialog.DialogId),
        Person => await step.ReplaceDialogAsync(TalkToAPersonDialog.DialogId),
        _ => await step.EndAsync(),
    };
}
