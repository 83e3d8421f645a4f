using FamilyServices.Knowledge.Routing;

namespace FamilyServices.Knowledge.Tests.Routing;

/// <summary>
/// Plain-ASCII texts are folded by a shorter path than the rest; a worry typed in plain English must reach the router
/// as the same words it would on any other path.
/// </summary>
public class TextNormaliserTests
{
    [Fact]
    public void A_plain_ascii_text_folds_as_it_would_with_an_accent_dropped_from_it()
    {
        string[] everyday = ["He's NOT ok", "cant breathe!!", "i`m scared", "wat ID do i need 2 visit", "  spaces  ", "", "a\0b"];
        var random = new Random(20261123);
        const string alphabet = "abcXYZ019 .,;:'`\"!?-+/@#&()[]\t\0";
        var generated = Enumerable.Range(0, 2000).Select(_ =>
            new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));

        foreach (var text in everyday.Concat(generated))
        {
            // A combining accent at the end sends the text down the general path and is itself folded away.
            Assert.Equal(TextNormaliser.Fold(text + "\u0301"), TextNormaliser.Fold(text));
        }
    }

    [Fact]
    public void A_two_word_text_speak_key_is_read_before_its_first_word_alone()
    {
        var textSpeak = new Dictionary<string, string[]>(StringComparer.Ordinal) { ["u"] = ["you"] };
        var pairs = new Dictionary<string, string[]>(StringComparer.Ordinal) { ["id like"] = ["i", "would", "like"] };

        Assert.Equal(["i", "would", "like", "to", "see", "you"], TextNormaliser.ExpandTextSpeak(["id", "like", "to", "see", "u"], textSpeak, pairs));
        // "id" alone, or at the end of the message, is the word itself: the papers a visitor shows.
        Assert.Equal(["what", "id", "do", "i", "need"], TextNormaliser.ExpandTextSpeak(["what", "id", "do", "i", "need"], textSpeak, pairs));
        Assert.Equal(["my", "id"], TextNormaliser.ExpandTextSpeak(["my", "id"], textSpeak, pairs));
    }

    [Fact]
    public void An_english_word_run_on_to_arabic_script_is_a_word_of_its_own()
    {
        Assert.Equal(["على", "ال", "video", "call"], TextNormaliser.Tokens("على الvideo call"));
        Assert.Equal(["pin", "فون"], TextNormaliser.Tokens("pinفون"));
        // Digits belong to the word they are in: Arabic in Latin letters writes sounds with them ("3ando", "7ad").
        Assert.Equal(["3ando", "pills"], TextNormaliser.Tokens("3ando pills"));
        Assert.Equal(["zażółć", "gęślą"], TextNormaliser.Tokens("zażółć gęślą"));
    }
}
