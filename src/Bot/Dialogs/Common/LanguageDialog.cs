using FamilyServices.Bot.Conversations;
using FamilyServices.Bot.Conversations.Prompts;

namespace FamilyServices.Bot.Dialogs.Common;

/// <summary>"Language": choose from every language we have, each named in itself.</summary>
public sealed class LanguageDialog() : FormDialog<LanguageDialog.Nothing>(DialogId)
{
    public const string DialogId = "language";

    public sealed class Nothing;

    protected override IEnumerable<Func<FormStep<Nothing>, Task<DialogTurnResult>>> Steps() => [Ask, Switch];

    private Task<DialogTurnResult> Ask(FormStep<Nothing> step) =>
        step.PromptAsync(PromptIds.Choice, new PromptOptions
        {
            Key = "ask-language",
            Choices = step.Turn.Knowledge.Languages.Select(l => new PromptChoice(l, "language:" + l)).ToList(),
        });

    private async Task<DialogTurnResult> Switch(FormStep<Nothing> step)
    {
        await LanguageSwitch.SwitchAsync(step.Dc, (string)step.Result!);
        return await step.EndAsync();
    }
}

public static class LanguageSwitch
{
    /// <summary>Changes the conversation's language and remembers it for this person (per phone number on SMS).</summary>
    public static async Task SwitchAsync(DialogContext dc, string language)
    {
        var turn = dc.Turn;
        turn.Language = language;
        dc.State.LanguageChosen = true;
        await RememberAsync(turn, language);
        turn.Say("language-switched");
    }

    public static async Task RememberAsync(Turn turn, string language)
    {
        var preference = await turn.Db.ContactPreferences.FindAsync(turn.Channel, turn.Message.Address);
        if (preference is null)
        {
            preference = new FamilyServices.Casework.Conversations.ContactPreference { Channel = turn.Channel, Address = turn.Message.Address };
            turn.Db.ContactPreferences.Add(preference);
        }

        preference.Language = language;
        preference.UpdatedAt = turn.Now;
    }
}
