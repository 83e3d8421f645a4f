using FamilyServices.Bot.Conversations.Recognisers;

namespace FamilyServices.Bot.Tests.Conversations.Recognisers;

/// <summary>
/// Plain-ASCII texts are folded by a shorter path than the rest; a person's "2" or "MORE, please" must be read the same
/// whichever path their phone's text takes.
/// </summary>
public class NormaliserTests
{
    [Fact]
    public void A_plain_ascii_text_folds_as_it_would_with_an_accent_dropped_from_it()
    {
        foreach (var text in AsciiTexts())
        {
            // A combining accent at the end sends the text down the general path and is itself folded away.
            Assert.Equal(Normaliser.Fold(text + "\u0301"), Normaliser.Fold(text));
        }
    }

    /// <summary>Everyday replies and, from a fixed seed, printable ASCII with spaces, tabs and punctuation.</summary>
    internal static IEnumerable<string> AsciiTexts()
    {
        string[] everyday = ["2", "MORE", "  Yes please. ", "what's the ID?", "ok-", "...", "visit @ 2pm / sat", "Mon, Tue & Wed!", "- no -", ""];
        foreach (var text in everyday)
        {
            yield return text;
        }

        var random = new Random(20261123);
        const string alphabet = "abcXYZ019 .,;:'`\"!?-+/@#&()[]\t";
        for (var i = 0; i < 2000; i++)
        {
            var length = random.Next(0, 24);
            yield return new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        }
    }
}
