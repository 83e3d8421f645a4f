using FamilyServices.Bot.Conversations;
using FamilyServices.Bot.Conversations.Prompts;
using FamilyServices.Bot.Dialogs.Common;
using FamilyServices.Bot.Dialogs.Surveys;
using FamilyServices.Casework.ContentReview;

namespace FamilyServices.Bot.Dialogs.Questions;

public sealed record Question(string Intent, string? RunnerUp = null, bool Ambiguous = false);

public sealed class QuestionForm
{
    public string Intent { get; set; } = "";
    public string? RunnerUp { get; set; }
    public bool Ambiguous { get; set; }
}

/// <summary>
/// Answers a question from the knowledge content, for the family's prison and in their language;
/// asks which prison when the answer depends on it, and which question when two are close.
/// </summary>
public sealed class QuestionsDialog() : FormDialog<QuestionForm>(DialogId)
{
    public const string DialogId = "questions";

    /// <summary>Ask "Did this help?" after the first answer and every third one after that: now and then, not always.</summary>
    public static bool FeedbackDue(int answersGiven) => answersGiven % 3 == 1;

    protected override void Start(QuestionForm form, object? options, Turn turn)
    {
        var question = (Question)options!;
        form.Intent = question.Intent;
        form.RunnerUp = question.RunnerUp;
        form.Ambiguous = question.Ambiguous && question.RunnerUp is not null;
    }

    protected override IEnumerable<Func<FormStep<QuestionForm>, Task<DialogTurnResult>>> Steps() =>
        [AskWhichQuestion, AskWhichPrison, Answer, AskDidThisHelp, OfferSurvey, StartSurvey];

    private Task<DialogTurnResult> AskWhichQuestion(FormStep<QuestionForm> step) =>
        step.Form.Ambiguous
            ? step.PromptAsync(PromptIds.Choice, new PromptOptions
            {
                Key = "ask-which-question",
                Values = new()
                {
                    ["first"] = step.Turn.Knowledge.IntentLabel(step.Form.Intent, step.Turn.Language),
                    ["second"] = step.Turn.Knowledge.IntentLabel(step.Form.RunnerUp!, step.Turn.Language),
                },
                Choices = [new(step.Form.Intent, "intent:" + step.Form.Intent), new(step.Form.RunnerUp!, "intent:" + step.Form.RunnerUp)],
                Optional = true,
            })
            : step.NextAsync(step.Form.Intent);

    private async Task<DialogTurnResult> AskWhichPrison(FormStep<QuestionForm> step)
    {
        if (step.Result is not string intent)
        {
            return await step.EndAsync();
        }

        step.Form.Intent = intent;
        if (TopLevel.FlowFor(intent) is { } flow)
        {
            return await step.ReplaceDialogAsync(flow);
        }

        if (intent == "fallback")
        {
            return await step.ReplaceDialogAsync(NotUnderstoodDialog.DialogId);
        }

        return step.Turn.Knowledge.DependsOnEstablishment(intent) && !CommonQuestions.IsKnownEstablishment(step.Turn, step.Turn.Conversation.EstablishmentId)
            ? await step.PromptAsync(PromptIds.Choice, CommonQuestions.Establishment(step.Turn, allowUnknown: false))
            : await step.NextAsync(step.Turn.Conversation.EstablishmentId);
    }

    private async Task<DialogTurnResult> Answer(FormStep<QuestionForm> step)
    {
        var turn = step.Turn;
        if (step.Result is string establishment && CommonQuestions.IsKnownEstablishment(turn, establishment))
        {
            turn.Conversation.EstablishmentId = establishment;
        }

        var answer = turn.Knowledge.Answer(step.Form.Intent, turn.Language, turn.Conversation.EstablishmentId);
        var latestChange = step.Form.Intent == LatestChange.Intent ? await LatestChange.TextAsync(turn) : null;
        turn.SayAnswer(step.Form.Intent, latestChange ?? (turn.IsSms ? answer.Short : answer.Full));
        var state = step.Dc.State;
        state.AnswersGiven++;
        // Only at the top: answered on top of a form, or just before offering one back, the form comes next.
        var onItsOwn = state.Stack.Count == 1 && !turn.ResumeOfferPending;
        return onItsOwn && FeedbackDue(state.AnswersGiven)
            ? await step.PromptAsync(PromptIds.YesNo, new PromptOptions { Key = "did-this-help", Optional = true })
            : await step.EndAsync();
    }

    private async Task<DialogTurnResult> AskDidThisHelp(FormStep<QuestionForm> step)
    {
        if (step.Result is not bool helpful)
        {
            return await step.EndAsync();
        }

        var turn = step.Turn;
        turn.Db.AnswerFeedback.Add(new AnswerFeedback
        {
            Intent = step.Form.Intent,
            Language = turn.Language,
            EstablishmentId = turn.Conversation.EstablishmentId,
            Helpful = helpful,
            At = turn.Now,
        });

        if (!helpful)
        {
            turn.Say("feedback-sorry");
            return await step.EndAsync();
        }

        turn.Say("feedback-thanks");
        return await step.NextAsync();
    }

    private async Task<DialogTurnResult> OfferSurvey(FormStep<QuestionForm> step)
    {
        var state = step.Dc.State;
        // Never after a welfare concern: a family in that position is not asked to rate our service.
        if (state.WelfareRaised || state.SurveyOffered)
        {
            return await step.EndAsync();
        }

        state.SurveyOffered = true;
        return await step.PromptAsync(PromptIds.YesNo, new PromptOptions { Key = "survey-offer", Optional = true });
    }

    private async Task<DialogTurnResult> StartSurvey(FormStep<QuestionForm> step)
    {
        if (step.Result is true)
        {
            return await step.ReplaceDialogAsync(SurveyDialog.DialogId);
        }

        if (step.Result is false)
        {
            step.Turn.Say("anything-else");
        }

        return await step.EndAsync();
    }
}
