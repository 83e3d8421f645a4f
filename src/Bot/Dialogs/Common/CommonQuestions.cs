using FamilyServices.Bot.Conversations;
using FamilyServices.Bot.Conversations.Prompts;
using FamilyServices.Casework.Conversations;

namespace FamilyServices.Bot.Dialogs.Common;

/// <summary>Questions several forms ask the same way.</summary>
public static class CommonQuestions
{
    public const string Unknown = "unknown";
    public const string Here = "here";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Anonymous = "anonymous";

    public static PromptOptions Establishment(Turn turn, bool allowUnknown)
    {
        var choices = turn.Knowledge.Establishments.Select(e => new PromptChoice(e.Id, "establishment:" + e.Id)).ToList();
        if (allowUnknown)
        {
            choices.Add(new PromptChoice(Unknown, "ui:choice-dont-know", "words-skip"));
        }

        return new PromptOptions { Key = "ask-which-prison", Choices = choices };
    }

    /// <summary>How to reach the family: here, by phone, by email, or (for a welfare concern) not at all.</summary>
    public static PromptOptions ContactMethod(Turn turn, string key, bool allowAnonymous)
    {
        var choices = new List<PromptChoice>
        {
            new(Here, turn.IsSms ? "ui:choice-contact-this-number" : "ui:choice-contact-this-chat", "words-contact-here"),
            new(Phone, "ui:choice-contact-phone", "words-contact-phone"),
            new(Email, "ui:choice-contact-email", "words-contact-email"),
        };
        if (allowAnonymous)
        {
            choices.Add(new PromptChoice(Anonymous, "ui:choice-anonymous", "words-anonymous"));
        }

        return new PromptOptions { Key = key, Choices = choices };
    }

    /// <summary>After the contact method: ask for the number or address, or go on with this channel's.</summary>
    public static Task<DialogTurnResult> AskContactDetailsAsync<TForm>(FormStep<TForm> step, string? method) where TForm : class, new() =>
        method switch
        {
            Phone => step.PromptAsync(PromptIds.Phone, "ask-phone-number"),
            Email => step.PromptAsync(PromptIds.Email, "ask-email"),
            _ => step.NextAsync(method),
        };

    /// <summary>The channel and address the family chose, from the method and what they typed.</summary>
    public static (Channel? Channel, string? Address) ContactFrom(Turn turn, string? method, object? detail) =>
        method switch
        {
            Phone => (Channel.Phone, detail as string),
            Email => (Channel.Email, detail as string),
            Anonymous => (null, null),
            _ => (turn.Channel, turn.Message.Address),
        };

    public static bool IsKnownEstablishment(Turn turn, string? id) => turn.Establishment(id) is not null;
}
