using FamilyServices.Bot.Conversations;

namespace FamilyServices.Bot.Dialogs.Welcome;

/// <summary>First contact: a greeting in the family's language, what we can do, and how to change language, in one short message.</summary>
public static class Welcome
{
    public static void Greet(Turn turn, ConversationState state)
    {
        turn.Say("welcome-first");
        state.Greeted = true;
    }
}
