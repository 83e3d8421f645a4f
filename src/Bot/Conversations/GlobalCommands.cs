using FamilyServices.Bot.Conversations.Recognisers;
using FamilyServices.Bot.Dialogs.Common;
using FamilyServices.Bot.Dialogs.Questions;
using FamilyServices.Bot.Dialogs.TalkToAPerson;
using FamilyServices.Bot.Dialogs.WelfareConcerns;

namespace FamilyServices.Bot.Conversations;

/// <summary>
/// Help, menu, cancel, language and "talk to a person" in every language, handled once here before
/// any dialog sees the message, so they work the same in the middle of any form.
/// </summary>
public static class GlobalCommands
{
    public static async Task<bool> TryHandleAsync(DialogContext dc)
    {
        var turn = dc.Turn;
        var folded = Normaliser.Fold(turn.Text);
        if (folded.Length == 0)
        {
            return false;
        }

        if (turn.IsSms && (Said(turn, folded, "words-stop") || Said(turn, folded, "words-start")))
        {
            // The SMS channel answers STOP and START itself; the conversation carries on unchanged.
            return true;
        }

        if (LanguageNamed(turn, folded) is { } language)
        {
            await LanguageSwitch.SwitchAsync(dc, language);
            // Naming a language answers "Which language?" too: that question is done.
            while (dc.IsActive(LanguageDialog.DialogId))
            {
                dc.State.Stack.RemoveAt(dc.State.Stack.Count - 1);
            }

            await dc.RepromptAsync();
            return true;
        }

        if (Said(turn, folded, "words-help"))
        {
            turn.Say("help");
            await dc.RepromptAsync();
            return true;
        }

        if (Said(turn, folded, "words-cancel"))
        {
            var welfareUnderWay = dc.IsActive(WelfareConcernDialog.DialogId);
            dc.CancelAll();
            dc.State.Suspended = null;
            turn.Say("cancelled");
            if (welfareUnderWay && dc.State.WelfareEscalationId is { } id && await turn.Db.Escalations.FindAsync(id) is { } escalation)
            {
                // What they told us is already with a family worker; cancelling the questions does not take it back.
                turn.Say("welfare-kept", ("reference", escalation.Reference));
            }

            return true;
        }

        if (Said(turn, folded, "words-menu"))
        {
            await dc.BeginDialogAsync(MenuDialog.DialogId);
            return true;
        }

        if (Said(turn, folded, "words-language"))
        {
            await dc.BeginDialogAsync(LanguageDialog.DialogId);
            return true;
        }

        if (Said(turn, folded, "words-person"))
        {
            await dc.BeginDialogAsync(TalkToAPersonDialog.DialogId);
            return true;
        }

        return false;
    }

    // The word lists are read and folded once per language (Vocabulary), not on every message.
    private static bool Said(Turn turn, string folded, string key) =>
        turn.VocabularyOf(turn.Language).List(key).Contains(folded) || (turn.Language != "en" && turn.VocabularyOf("en").List(key).Contains(folded));

    /// <summary>A language named on its own ("Polski", "Cymraeg", "عربي"): switch to it at once.</summary>
    private static string? LanguageNamed(Turn turn, string folded) =>
        turn.Knowledge.Languages.FirstOrDefault(language => turn.VocabularyOf(language).Names.Contains(folded));
}
