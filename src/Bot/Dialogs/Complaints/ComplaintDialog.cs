using FamilyServices.Bot.Conversations;
using FamilyServices.Bot.Conversations.Prompts;
using FamilyServices.Bot.Dialogs.Common;
using FamilyServices.Casework.Complaints;
using FamilyServices.Casework.Hosting;
using FamilyServices.Casework.References;
using FamilyServices.Casework.Time;
using Microsoft.Extensions.Options;

namespace FamilyServices.Bot.Dialogs.Complaints;

public sealed class ComplaintForm
{
    public string? About { get; set; }
    public string? EstablishmentId { get; set; }
    public DateOnly? VisitDate { get; set; }
    public string? WhatHappened { get; set; }
    public bool WantsReply { get; set; }
    public string? ReplyMethod { get; set; }
    public string? ReplyAddress { get; set; }
    public string? ReplyChannel { get; set; }
}

/// <summary>A complaint about the visits experience, confirmed before it is sent, with a reference and a reply-by date.</summary>
public sealed class ComplaintDialog() : FormDialog<ComplaintForm>(DialogId)
{
    public const string DialogId = "complaint";

    public static readonly string[] Topics = ["booking", "staff", "searches", "visitor-centre", "the-visit", "other"];

    public override string? FormNameKey => "form-complaint";

    protected override IEnumerable<Func<FormStep<ComplaintForm>, Task<DialogTurnResult>>> Steps() =>
        [AskAbout, AskPrison, AskDate, AskWhatHappened, AskWantsReply, AskHow, AskContactDetails, Confirm, Submit];

    private Task<DialogTurnResult> AskAbout(FormStep<ComplaintForm> step)
    {
        step.Turn.Say("complaint-start");
        return step.PromptAsync(PromptIds.Choice, new PromptOptions
        {
            Key = "complaint-ask-about",
            Choices = Topics.Select(t => new PromptChoice(t, "ui:complaint-about-" + t, "words-complaint-about-" + t)).ToList(),
        });
    }

    private Task<DialogTurnResult> AskPrison(FormStep<ComplaintForm> step)
    {
        step.Form.About = (string)step.Result!;
        return CommonQuestions.IsKnownEstablishment(step.Turn, step.Turn.Conversation.EstablishmentId)
            ? step.NextAsync(step.Turn.Conversation.EstablishmentId)
            : step.PromptAsync(PromptIds.Choice, CommonQuestions.Establishment(step.Turn, allowUnknown: false));
    }

    private Task<DialogTurnResult> AskDate(FormStep<ComplaintForm> step)
    {
        step.Form.EstablishmentId = (string)step.Result!;
        step.Turn.Conversation.EstablishmentId = step.Form.EstablishmentId;
        return step.PromptAsync(PromptIds.Date, "complaint-ask-date");
    }

    private Task<DialogTurnResult> AskWhatHappened(FormStep<ComplaintForm> step)
    {
        step.Form.VisitDate = (DateOnly)step.Result!;
        return step.PromptAsync(PromptIds.Text, "complaint-ask-what-happened");
    }

    private Task<DialogTurnResult> AskWantsReply(FormStep<ComplaintForm> step)
    {
        step.Form.WhatHappened = (string)step.Result!;
        return step.PromptAsync(PromptIds.YesNo, "complaint-ask-wants-reply");
    }

    private Task<DialogTurnResult> AskHow(FormStep<ComplaintForm> step)
    {
        step.Form.WantsReply = step.Result is true;
        return step.Form.WantsReply
            ? step.PromptAsync(PromptIds.Choice, CommonQuestions.ContactMethod(step.Turn, "complaint-ask-how", allowAnonymous: false))
            : step.NextAsync();
    }

    private Task<DialogTurnResult> AskContactDetails(FormStep<ComplaintForm> step)
    {
        step.Form.ReplyMethod = step.Result as string;
        return step.Form.WantsReply ? CommonQuestions.AskContactDetailsAsync(step, step.Form.ReplyMethod) : step.NextAsync();
    }

    private Task<DialogTurnResult> Confirm(FormStep<ComplaintForm> step)
    {
        var turn = step.Turn;
        var form = step.Form;
        if (form.WantsReply)
        {
            var (channel, address) = CommonQuestions.ContactFrom(turn, form.ReplyMethod, step.Result);
            form.ReplyChannel = channel?.ToString();
            form.ReplyAddress = address;
        }

        return step.PromptAsync(PromptIds.YesNo, new PromptOptions
        {
            Key = "complaint-confirm",
            Values = new()
            {
                ["about"] = turn.T("complaint-about-" + form.About),
                ["establishment"] = turn.Establishment(form.EstablishmentId)?.Name ?? "",
                ["date"] = turn.FormatDate(form.VisitDate!.Value),
                ["what"] = form.WhatHappened!,
            },
        });
    }

    private async Task<DialogTurnResult> Submit(FormStep<ComplaintForm> step)
    {
        var turn = step.Turn;
        var form = step.Form;
        if (step.Result is not true)
        {
            turn.Say("complaint-not-sent");
            return await step.EndAsync();
        }

        var days = turn.Service<IOptions<ComplaintSettings>>().Value.ResponseWorkingDays;
        var complaintId = Guid.NewGuid();
        var complaint = new Complaint
        {
            Id = complaintId,
            Reference = await turn.Service<ReferenceNumbers>().NextOrFallbackAsync(ReferenceNumbers.Complaint, complaintId),
            Channel = turn.Channel,
            ConversationId = turn.Conversation.Id,
            EstablishmentId = form.EstablishmentId!,
            About = form.About!,
            VisitDate = form.VisitDate,
            WhatHappened = form.WhatHappened!,
            WantsReply = form.WantsReply,
            ReplyChannel = Enum.TryParse<FamilyServices.Casework.Conversations.Channel>(form.ReplyChannel, out var channel) ? channel : null,
            ReplyAddress = form.ReplyAddress,
            Language = turn.Language,
            ReceivedAt = turn.Now,
            ResponseDueBy = WorkingDays.Add(turn.Now, days),
        };
        turn.Db.Complaints.Add(complaint);
        turn.Say(form.WantsReply ? "complaint-sent-reply" : "complaint-sent",
            ("reference", complaint.Reference), ("date", turn.FormatDate(DateOnly.FromDateTime(complaint.ResponseDueBy))));
        return await step.EndAsync();
    }
}
