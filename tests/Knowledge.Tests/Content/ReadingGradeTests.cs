using FamilyServices.Knowledge.Answers;

namespace FamilyServices.Knowledge.Tests.Content;

public class ReadingGradeTests
{
    [Theory]
    [InlineData("cat", 1)]
    [InlineData("visit", 2)]
    [InlineData("visiting", 3)]
    [InlineData("time", 1)]
    [InlineData("times", 1)]
    [InlineData("booked", 1)]
    [InlineData("needed", 2)]
    [InlineData("table", 2)]
    [InlineData("identification", 6)]
    [InlineData("family", 3)]
    [InlineData("video", 3)]
    [InlineData("area", 3)]
    [InlineData("buses", 2)]
    public void Syllables_are_counted_as_spoken(string word, int syllables) =>
        Assert.Equal(syllables, ReadingGrade.Syllables(word));

    [Fact]
    public void Plain_words_score_low_and_official_language_scores_high()
    {
        var plain = ReadingGrade.FleschKincaid("You can visit on Monday. Bring your ID. Book first.");
        var official = ReadingGrade.FleschKincaid(
            "Visitors are required to present acceptable identification documentation in accordance with the establishment's security procedures and regulations.");
        Assert.True(plain < 3, $"plain text scored {plain}");
        Assert.True(official > 12, $"official text scored {official}");
    }

    [Fact]
    public void Addresses_and_numbers_are_not_read_as_words() =>
        Assert.Equal(
            ReadingGrade.FleschKincaid("Call the line."),
            ReadingGrade.FleschKincaid("Call the line 0808 808 2003 www.gov.uk/prison-visits."));
}

public class SmsSegmentsTests
{
    [Fact]
    public void Plain_English_fits_160_characters_in_one_message()
    {
        Assert.Equal(1, SmsSegments.Count(new string('a', 160)));
        Assert.Equal(2, SmsSegments.Count(new string('a', 161)));
        Assert.Equal(2, SmsSegments.Count(new string('a', 306)));
        Assert.Equal(3, SmsSegments.Count(new string('a', 307)));
        Assert.True(SmsSegments.IsGsm7("Bring £40 each."));
    }

    [Fact]
    public void Polish_Romanian_Welsh_Arabic_and_Urdu_letters_need_UCS2()
    {
        foreach (var text in new[] { "środa", "marți", "dŵr", "زيارة", "ملاقات" })
        {
            Assert.False(SmsSegments.IsGsm7(text));
        }

        Assert.Equal(1, SmsSegments.Count("ś" + new string('a', 69)));
        Assert.Equal(2, SmsSegments.Count("ś" + new string('a', 70)));
        Assert.Equal(2, SmsSegments.Count("ś" + new string('a', 133)));
        Assert.Equal(3, SmsSegments.Count("ś" + new string('a', 134)));
    }
}
