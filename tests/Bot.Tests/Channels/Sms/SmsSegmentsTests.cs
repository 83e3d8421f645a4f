using FamilyServices.Bot.Channels.Sms;

namespace FamilyServices.Bot.Tests.Channels.Sms;

public class SmsSegmentsTests
{
    [Theory]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    [InlineData(459, 3)]
    [InlineData(460, 4)]
    public void Counts_gsm7_segments(int length, int segments)
    {
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf(new string('a', length)));
        Assert.Equal(segments, SmsSegments.Count(new string('a', length)));
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    [InlineData(201, 3)]
    [InlineData(202, 4)]
    public void One_polish_letter_makes_the_whole_text_ucs2(int length, int segments)
    {
        var text = "ż" + new string('a', length - 1);
        Assert.Equal(SmsEncoding.Ucs2, SmsSegments.EncodingOf(text));
        Assert.Equal(segments, SmsSegments.Count(text));
    }

    [Fact]
    public void Extension_characters_take_two_septets()
    {
        Assert.Equal(1, SmsSegments.Count(new string('€', 80)));
        Assert.Equal(2, SmsSegments.Count(new string('€', 81)));
    }

    [Fact]
    public void Arabic_urdu_curly_quotes_and_emoji_are_ucs2_and_emoji_take_two_units()
    {
        Assert.Equal(SmsEncoding.Ucs2, SmsSegments.EncodingOf("ما هي"));
        Assert.Equal(SmsEncoding.Ucs2, SmsSegments.EncodingOf("کیا"));
        Assert.Equal(SmsEncoding.Ucs2, SmsSegments.EncodingOf("it’s"));
        Assert.Equal(1, SmsSegments.Count(string.Concat(Enumerable.Repeat("😀", 35))));
        Assert.Equal(2, SmsSegments.Count(string.Concat(Enumerable.Repeat("😀", 36))));
    }

    [Fact]
    public void Gsm_accented_letters_stay_gsm7()
    {
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf("Café à Köln, £5 @ 10:00"));
    }
}
