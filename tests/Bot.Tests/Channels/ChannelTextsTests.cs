using FamilyServices.Bot.Channels.Content;

namespace FamilyServices.Bot.Tests.Channels;

public class ChannelTextsTests
{
    private static readonly string ContentDirectory = Path.Combine(AppContext.BaseDirectory, "Channels", "Content");

    [Fact]
    public void All_six_languages_load_with_every_text_and_the_right_direction()
    {
        var texts = new ChannelTexts(ContentDirectory);

        Assert.Equal(["en", "ar", "cy", "pl", "ro", "ur"], texts.Languages);
        Assert.True(texts.IsRightToLeft("ar"));
        Assert.True(texts.IsRightToLeft("ur"));
        Assert.False(texts.IsRightToLeft("cy"));
        Assert.Equal("Wyślij", texts.Get("pl", "webchat.send"));
        Assert.Equal("pl", texts.Match("pl-PL"));
        Assert.Null(texts.Match("fr"));
    }

    [Fact]
    public void A_missing_translation_stops_start_up_naming_the_file_and_key()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            File.Copy(Path.Combine(ContentDirectory, "en.json"), Path.Combine(dir.FullName, "en.json"));
            File.WriteAllText(Path.Combine(dir.FullName, "pl.json"), File.ReadAllText(Path.Combine(ContentDirectory, "pl.json")).Replace("\"webchat.send\": \"Wyślij\",", ""));

            var error = Assert.Throws<InvalidOperationException>(() => new ChannelTexts(dir.FullName));
            Assert.Contains("pl.json is missing text 'webchat.send'", error.Message);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
