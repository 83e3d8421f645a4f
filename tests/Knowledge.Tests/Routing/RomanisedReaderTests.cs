namespace FamilyServices.Knowledge.Tests.Routing;

/// <summary>
/// Arabic and Urdu typed in Latin letters are read by their sounds, however they are spelt: a family writing "yakul"
/// instead of "yakol" is understood all the same, and a worry in those words is heard.
/// </summary>
public class RomanisedReaderTests
{
    private static RouteResult Route(string text) => Shared.Router.Route(text, new RoutingContext());

    private static string Read(string word, string language) => Assert.Single(Shared.Router.Words(word, language));

    [Theory]
    [InlineData("ar", new[] { "yakol", "yakul", "ya2kol", "yaakol", "yakoul" })]
    [InlineData("ar", new[] { "7oboob", "7bob", "7boob", "7ubub" })]
    [InlineData("ar", new[] { "wldi", "wldy", "waldi", "weldi" })]
    [InlineData("ur", new[] { "goliyan", "golian", "goliyaan" })]
    public void Spellings_of_one_word_read_as_the_same_script_word(string language, string[] spellings)
    {
        var first = Read(spellings[0], language);
        Assert.True(first.All(c => c > '\u0600'), $"{spellings[0]} read as {first}");
        Assert.All(spellings, s => Assert.Equal(first, Read(s, language)));
    }

    /// <summary>"makaykoulch" (he is not eating): the verb is found inside the negation and the present marker around it.</summary>
    [Fact]
    public void A_negated_Moroccan_verb_is_read_as_the_verb() =>
        Assert.Contains(Shared.Router.Words("makaykoulch", "ar"), w => w.StartsWith(Read("yakol", "ar"), StringComparison.Ordinal));

    [Fact]
    public void English_words_in_an_Arabizi_message_are_kept() =>
        Assert.Equal(["video", "call"], Shared.Router.Words("momken video call m3a ibni", "ar").Take(3).Skip(1));

    [Theory]
    [InlineData("my son has stopped eating and I am worried", "en")]
    [InlineData("dw i isio gwybod pryd mae'r ymweliadau", "cy")]
    [InlineData("unde este inchisoarea si cum ajung acolo", "ro")]
    [InlineData("gdzie jest wiezienie i jak tam dojechac", "pl")]
    public void Latin_script_languages_are_not_read_as_Arabic_or_Urdu(string text, string language)
    {
        Assert.Equal(language, Route(text).Language);
        Assert.DoesNotContain(Shared.Router.Words(text, language), w => w.Any(c => c is >= '\u0600' and <= '\u06FF'));
    }

    [Theory]
    [InlineData("ibni ma 3am yakul men yomen", "concern")]
    [InlineData("wldi makaykoulch w m9ele9 bzaf", "concern")]
    [InlineData("jouzi bala3 el 7boob kollha", "emergency")]
    [InlineData("bhai ne saari goliyan kha lin", "emergency")]
    [InlineData("mera beta kai din se khana nahi khata", "concern")]
    public void A_worry_in_Latin_letters_is_heard(string text, string intent)
    {
        var result = Route(text);
        Assert.Equal(intent, result.Intent);
        Assert.Contains(result.Language, new[] { "ar", "ur" });
    }

    /// <summary>"bil" is Polish for "beat"; in Arabizi it is "in the".</summary>
    [Fact]
    public void A_little_Arabizi_word_is_not_another_languages_worry()
    {
        var result = Route("bdi e7jez ziyara bil sijn");
        Assert.Equal("booking-a-visit", result.Intent);
        Assert.Equal(WelfareLevel.None, result.Welfare.Level);
    }
}
