using FamilyServices.Casework.ManagementInformation;

namespace FamilyServices.Casework.Tests.ManagementInformation;

public class LabelsTests
{
    [Theory]
    [InlineData("en", "English")]
    [InlineData("cy", "Welsh")]
    [InlineData("pl", "Polish")]
    [InlineData("ro", "Romanian")]
    [InlineData("ar", "Arabic")]
    [InlineData("ur", "Urdu")]
    [InlineData(null, "Not recorded")]
    public void A_language_code_reads_as_the_language_name(string? code, string name)
    {
        Assert.Equal(name, Labels.Language(code));
    }

    [Fact]
    public void A_code_that_names_no_language_is_shown_as_it_was_stored()
    {
        Assert.Equal("zz", Labels.Language("zz"));
    }

    [Theory]
    [InlineData("visiting-times", "Visiting times")]
    [InlineData("debt", "Debt")]
    [InlineData(null, "Not recorded")]
    public void A_topic_id_reads_as_words(string? id, string words)
    {
        Assert.Equal(words, Labels.Topic(id));
    }
}
