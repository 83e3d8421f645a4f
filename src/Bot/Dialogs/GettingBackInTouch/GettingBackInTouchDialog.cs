using FamilyServices.Bot.Conversations;
using FamilyServices.Bot.Conversations.Prompts;
using FamilyServices.Bot.Dialogs.Common;
using FamilyServices.Casework.ContactRequests;
using FamilyServices.Casework.References;

namespace FamilyServices.Bot.Dialogs.GettingBackInTouch;

public sealed class GettingBackInTouchForm
{
    public string? Relationship { get; set; }
    public string? PrisonerName { get; set; }
    public string? EstablishmentId { get; set; }
    public string? OwnName { get; set; }
    public string? ContactMethod { get; set; }
    public string? ContactChannel { get; set; }
    public string? ContactAddress { get; set; }
}

/// <summary>A family member who wants to get back in touch with someone in prison: a request for the contact re-establishment workflow.</summary>
public sealed class GettingBackInTouchDialog() : FormDialog<GettingBackInTouchForm>(DialogId)
{
    public const string DialogId = "getting-back-in-touch";

    public override string? FormNameKey => "form-getting-back-in-touch";

    protected override IEnumerable<Func<FormStep<GettingBackInTouchForm>, Task<DialogTurnResult>>> Steps() =>
        [AskRelationship, AskName, AskPrison, AskOwnName, AskHowToReach, AskContactDetails, AskConsent, Submit];

    private Task<DialogTurnResult> AskRelationship(FormStep<GettingBackInTouchForm> step)
    {
        step.Turn.Say("reconnect-start");
        return step.PromptAsync(PromptIds.Text, "reconnect-ask-relationship");
    }

    private Task<DialogTurnResult> AskName(FormStep<GettingBackInTouchForm> step)
    {
        step.Form.Relationship = Truncate((string)step.Result!);
        return step.PromptAsync(PromptIds.Text, "reconnect-ask-name");
    }

    private Task<DialogTurnResult> AskPrison(FormStep<GettingBackInTouchForm> step)
    {
        step.Form.PrisonerName = (string)step.Result!;
        return step.PromptAsync(PromptIds.Choice, CommonQuestions.Establishment(step.Turn, allowUnknown: true));
    }

    private Task<DialogTurnResult> AskOwnName(FormStep<GettingBackInTouchForm> step)
    {
        step.Form.EstablishmentId = CommonQuestions.IsKnownEstablishment(step.Turn, step.Result as string) ? (string)step.Result! : null;
        return step.PromptAsync(PromptIds.Text, "reconnect-ask-own-name");
    }

    private Task<DialogTurnResult> AskHowToReach(FormStep<GettingBackInTouchForm> step)
    {
        step.Form.OwnName = (string)step.Result!;
        return step.PromptAsync(PromptIds.Choice, CommonQuestions.ContactMethod(step.Turn, "reconnect-ask-contact", allowAnonymous: false));
    }

    private Task<DialogTurnResult> AskContactDetails(FormStep<GettingBackInTouchForm> step)
    {
        step.Form.ContactMethod = (string)step.Result!;
        return CommonQuestions.AskContactDetailsAsync(step, step.Form.ContactMethod);
    }

    private Task<DialogTurnResult> AskConsent(FormStep<GettingBackInTouchForm> step)
    {
        var (channel, address) = CommonQuestions.ContactFrom(step.Turn, step.Form.ContactMethod, step.Result);
        step.Form.ContactChannel = channel?.ToString();
        step.Form.ContactAddress = address;
        return step.PromptAsync(PromptIds.YesNo, "reconnect-ask-consent");
    }

    private async Task<DialogTurnResult> Submit(FormStep<GettingBackInTouchForm> step)
    {
        var turn = step.Turn;
        var form = step.Form;
        if (step.Result is not true)
        {
            // Without consent to be contacted there is nobody to tell what the person in prison says.
            turn.Say("reconnect-no-consent");
            return await step.EndAsync();
        }

        var requestId = Guid.NewGuid();
        var request = new ContactRequest
        {
            Id = requestId,
            Reference = await turn.Service<ReferenceNumbers>().NextOrFallbackAsync(ReferenceNumbers.ContactRequest, requestId),
            Origin = ContactRequestOrigin.Family,
            PrisonerName = form.PrisonerName!,
            EstablishmentId = form.EstablishmentId,
            FamilyMemberName = form.OwnName,
            Relationship = form.Relationship,
            FamilyContactChannel = Enum.TryParse<FamilyServices.Casework.Conversations.Channel>(form.ContactChannel, out var channel) ? channel : null,
            FamilyContactAddress = form.ContactAddress,
            RequesterConsentsToBeContacted = true,
            Language = turn.Language,
            ConversationId = turn.Conversation.Id,
            RequestedAt = turn.Now,
            UpdatedAt = turn.Now,
        };
        turn.Db.ContactRequests.Add(request);
        turn.Say("reconnect-sent", ("reference", request.Reference));
        return await step.EndAsync();
    }

    private static string Truncate(string text) => text.Length <= 100 ? text : text[..100];
}
