using System.Text.RegularExpressions;

namespace FamilyServices.Knowledge.Tests.Content;

/// <summary>
/// By text message, Twilio takes STOP, STOPALL, UNSUBSCRIBE, CANCEL, END and QUIT sent alone as
/// "send me nothing more". A text that tells a family to type one of them to do something else
/// would cut them off from their family worker's replies.
/// </summary>
public partial class CarrierKeywordTests
{
    [Fact]
    public void No_text_tells_a_family_to_type_a_word_that_unsubscribes_them_by_text_message()
    {
        var offending = Shared.Knowledge.Languages
            .SelectMany(language => Shared.Knowledge.TextKeys(language).Select(key => (language, key, text: Shared.Knowledge.Text(language, key))))
            .Where(t => !t.key.StartsWith("words-", StringComparison.Ordinal) && OptOutKeyword().IsMatch(t.text))
            .Select(t => $"{t.language}/{t.key}: {t.text}")
            .ToList();

        Assert.Empty(offending);
    }

    [GeneratedRegex(@"\b(STOP|STOPALL|UNSUBSCRIBE|CANCEL|END|QUIT)\b")]
    private static partial Regex OptOutKeyword();
}
