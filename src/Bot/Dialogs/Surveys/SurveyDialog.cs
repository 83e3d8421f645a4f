using FamilyServices.Bot.Conversations;
using FamilyServices.Bot.Conversations.Prompts;
using FamilyServices.Bot.Dialogs.Common;
using FamilyServices.Casework.Surveys;

namespace FamilyServices.Bot.Dialogs.Surveys;

public sealed class SurveyForm
{
    public string? EstablishmentId { get; set; }
    public Dictionary<string, int> Scores { get; set; } = [];
    public string? Comment { get; set; }
}

/// <summary>The visits satisfaction survey: five scores from 1 to 5, one comment, anonymous unless they choose.</summary>
public sealed class SurveyDialog() : FormDialog<SurveyForm>(DialogId)
{
    public const string DialogId = "survey";

    public static readonly string[] Questions = ["booking", "welcome", "information", "facilities", "overall"];

    public override string? FormNameKey => "form-survey";

    protected override IEnumerable<Func<FormStep<SurveyForm>, Task<DialogTurnResult>>> Steps()
    {
        yield return AskPrison;
        yield return AskFirstScore;
        for (var i = 1; i < Questions.Length; i++)
        {
            var previous = Questions[i - 1];
            var next = Questions[i];
            yield return step => AskScore(step, previous, next);
        }

        yield return AskComment;
        yield return AskContact;
        yield return Submit;
    }

    private Task<DialogTurnResult> AskPrison(FormStep<SurveyForm> step)
    {
        step.Turn.Say("survey-start");
        return CommonQuestions.IsKnownEstablishment(step.Turn, step.Turn.Conversation.EstablishmentId)
            ? step.NextAsync(step.Turn.Conversation.EstablishmentId)
            : step.PromptAsync(PromptIds.Choice, CommonQuestions.Establishment(step.Turn, allowUnknown: false));
    }

    private Task<DialogTurnResult> AskFirstScore(FormStep<SurveyForm> step)
    {
        step.Form.EstablishmentId = (string)step.Result!;
        step.Turn.Conversation.EstablishmentId = step.Form.EstablishmentId;
        return Score(step, Questions[0]);
    }

    private Task<DialogTurnResult> AskScore(FormStep<SurveyForm> step, string answered, string next)
    {
        step.Form.Scores[answered] = (int)step.Result!;
        return Score(step, next);
    }

    private static Task<DialogTurnResult> Score(FormStep<SurveyForm> step, string question) =>
        step.PromptAsync(PromptIds.Number, new PromptOptions { Key = "survey-ask-" + question, Min = 1, Max = 5, RetryKey = "survey-retry-score" });

    private Task<DialogTurnResult> AskComment(FormStep<SurveyForm> step)
    {
        step.Form.Scores[Questions[^1]] = (int)step.Result!;
        return step.PromptAsync(PromptIds.Text, "survey-ask-comment", o => o.AllowSkip = true);
    }

    private Task<DialogTurnResult> AskContact(FormStep<SurveyForm> step)
    {
        step.Form.Comment = step.Result as string;
        return step.PromptAsync(PromptIds.YesNo, "survey-ask-contact");
    }

    private async Task<DialogTurnResult> Submit(FormStep<SurveyForm> step)
    {
        var turn = step.Turn;
        var scores = step.Form.Scores;
        var named = step.Result is true;
        turn.Db.SurveyResponses.Add(new SurveyResponse
        {
            EstablishmentId = step.Form.EstablishmentId,
            Channel = turn.Channel,
            Language = turn.Language,
            SubmittedAt = turn.Now,
            Booking = scores.GetValueOrDefault("booking"),
            Welcome = scores.GetValueOrDefault("welcome"),
            Information = scores.GetValueOrDefault("information"),
            Facilities = scores.GetValueOrDefault("facilities"),
            Overall = scores.GetValueOrDefault("overall"),
            Comment = step.Form.Comment,
            Anonymous = !named,
            ContactAddress = named ? turn.Message.Address : null,
        });
        turn.Say("survey-thanks");
        return await step.EndAsync();
    }
}
