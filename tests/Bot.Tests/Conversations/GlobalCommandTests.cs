namespace FamilyServices.Bot.Tests.Conversations;

/// <summary>Global commands work in every language, in the middle of a form, and leave the form where it was.</summary>
public class GlobalCommandTests
{
    [Theory]
    [InlineData("Cymraeg", "help", "Gofynnwch gwestiwn", "dewislen", "Sut alla i helpu")]
    [InlineData("English", "help", "Ask me a question", "menu", "Pick one")]
    [InlineData("Polski", "pomoc", "Zadaj pytanie", "menu", "W czym mogę pomóc")]
    [InlineData("Română", "ajutor", "Puneți o întrebare", "meniu", "Cu ce vă pot ajuta")]
    [InlineData("العربية", "مساعدة", "اسألني بكلماتك", "قائمة", "كيف يمكنني المساعدة")]
    [InlineData("اردو", "مدد", "اپنے الفاظ میں", "مینو", "میں کس چیز میں مدد کروں")]
    public async Task Help_and_menu_in_every_language(string language, string help, string helpText, string menu, string menuText)
    {
        await using var harness = await ConversationHarness.StartAsync();
        await harness.SayAsync("hello");
        await harness.SayAsync(language);

        Script.Check(await harness.SayAsync(help), new Line(help, helpText));
        Script.Check(await harness.SayAsync(menu), new Line(menu, menuText));
    }

    [Fact]
    public async Task A_web_chat_page_locale_sets_the_language_when_the_first_message_says_nothing()
    {
        await using var harness = await ConversationHarness.StartAsync();

        var result = await harness.Engine.HandleAsync(
            new FamilyServices.Bot.Conversations.IncomingMessage("webchat", "web-user-9", "dl-9", "hi", "pl-PL", null), CancellationToken.None);

        Assert.Equal("pl", result.Replies[0].Language);
    }
}
