using FamilyServices.Knowledge.Answers;

namespace FamilyServices.Knowledge.Tests.Content;

public class AnswerTests
{
    private static KnowledgeBase K => Shared.Knowledge;

    public static TheoryData<string> Languages() => new(K.Languages);

    [Fact]
    public void The_six_languages_come_from_the_content_folders()
    {
        Assert.Equal(["en", "cy", "pl", "ro", "ar", "ur"], K.Languages);
        Assert.True(Knowledge.Languages.IsRightToLeft("ar"));
        Assert.True(Knowledge.Languages.IsRightToLeft("ur"));
        Assert.False(Knowledge.Languages.IsRightToLeft("pl"));
        Assert.True(K.IsRightToLeft("ur"));
    }

    [Fact]
    public void Every_intent_in_the_product_has_an_answer()
    {
        string[] product =
        [
            "visiting-times", "booking-a-visit", "id-requirements", "dress-code", "what-to-bring", "children-visiting",
            "searches-and-security", "visit-rules", "getting-there", "visitor-centre", "financial-help", "video-calls",
            "family-days", "phone-calls", "letters", "email-a-prisoner", "sending-money", "books-and-parcels",
            "first-visit", "support-services", "unwanted-contact", "reestablish-contact", "contact-the-prison",
            "complaint", "feedback", "you-said-we-did", "concern", "emergency", "human", "greeting", "fallback",
        ];
        Assert.Equal(product.Order(), K.Intents.Order());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_answer_is_complete_in_every_language_for_every_prison(string language)
    {
        foreach (var intent in K.Intents)
        {
            foreach (var establishment in Shared.EstablishmentsAndNone)
            {
                var answer = K.GetAnswer(intent, language, establishment);
                var where = $"{intent}/{language}/{establishment ?? "none"}";
                Assert.False(string.IsNullOrWhiteSpace(answer.Short), where);
                Assert.False(string.IsNullOrWhiteSpace(answer.Full), where);
                Assert.DoesNotContain("{", answer.Short + answer.Full);
                Assert.False(string.IsNullOrWhiteSpace(answer.Source), where);
                Assert.NotEqual(default, answer.LastReviewed);
                Assert.Equal(language, answer.Language);
                Assert.True(answer.Full.Length >= answer.Short.Length / 2, where);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_short_answer_fits_two_text_messages(string language)
    {
        var failures = new List<string>();
        foreach (var intent in K.Intents)
        {
            foreach (var establishment in Shared.EstablishmentsAndNone)
            {
                var text = K.GetAnswer(intent, language, establishment).Short;
                if (SmsSegments.Count(text) > 2)
                {
                    failures.Add($"{intent}/{establishment ?? "none"} ({text.Length} chars, {(SmsSegments.IsGsm7(text) ? "GSM-7" : "UCS-2")}): {text}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Every_English_answer_reads_at_grade_six_or_lower()
    {
        var failures = new List<string>();
        foreach (var intent in K.Intents)
        {
            foreach (var establishment in Shared.EstablishmentsAndNone)
            {
                var answer = K.GetAnswer(intent, "en", establishment);
                foreach (var (form, text) in new[] { ("short", answer.Short), ("full", answer.Full) })
                {
                    var grade = ReadingGrade.FleschKincaid(text);
                    if (grade > 6)
                    {
                        failures.Add($"{intent}/{establishment ?? "none"}/{form}: grade {grade:0.0}: {text}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void Visiting_times_come_from_each_prisons_own_document()
    {
        var leicester = K.GetAnswer("visiting-times", "en", "leicester");
        Assert.Contains("1:45pm to 3:45pm", leicester.Full);
        Assert.Contains("5:15pm to 6:45pm", leicester.Full);
        Assert.Contains("leicester-service-specification.txt", leicester.Source);

        var chelmsford = K.GetAnswer("visiting-times", "en", "chelmsford");
        Assert.Contains("1:45pm to 3:30pm", chelmsford.Full);
        Assert.DoesNotContain("Friday", chelmsford.Full); // no Friday visits at Chelmsford

        var littlehey = K.GetAnswer("visiting-times", "en", "littlehey");
        Assert.Contains("Tuesday to Sunday 2pm to 4pm", littlehey.Full);
        Assert.Contains("Saturday and Sunday 9am to 11am", littlehey.Full);
    }

    [Fact]
    public void Days_and_times_are_written_in_each_language()
    {
        Assert.Contains("wtorek–niedziela 14:00–16:00", K.GetAnswer("visiting-times", "pl", "littlehey").Full);
        Assert.Contains("marți–duminică 14:00–16:00", K.GetAnswer("visiting-times", "ro", "littlehey").Full);
        Assert.Contains("dydd Mawrth–dydd Sul 14:00 i 16:00", K.GetAnswer("visiting-times", "cy", "littlehey").Full);
        Assert.Contains("الثلاثاء", K.GetAnswer("visiting-times", "ar", "littlehey").Full);
        Assert.Contains("منگل سے اتوار", K.GetAnswer("visiting-times", "ur", "littlehey").Full);
        Assert.Contains("codziennie 13:45–15:45", K.GetAnswer("visiting-times", "pl", "leicester").Full);
    }

    [Theory]
    [InlineData("what-to-bring", "leicester")]
    [InlineData("getting-there", "chelmsford")]
    [InlineData("children-visiting", "leicester")]
    [InlineData("visit-rules", "chelmsford")]
    public void A_missing_fact_is_said_plainly_with_who_can_tell_them(string intent, string establishment)
    {
        foreach (var language in K.Languages)
        {
            var answer = K.GetAnswer(intent, language, establishment);
            var missing = K.Text(language, "answer-missing", new Dictionary<string, string> { ["establishment"] = K.Establishment(establishment)!.Name });
            Assert.StartsWith(missing, answer.Short);
            Assert.Contains("0808 808 2003", answer.Short); // Prisoners' Families Helpline
            Assert.Contains("www.gov.uk/prison-visits", answer.Short);
        }
    }

    [Fact]
    public void No_phone_number_is_made_up_for_a_prison_whose_documents_give_none()
    {
        foreach (var id in new[] { "leicester", "chelmsford" })
        {
            foreach (var intent in K.Intents)
            {
                foreach (var language in K.Languages)
                {
                    var text = K.GetAnswer(intent, language, id).Full;
                    Assert.DoesNotContain("01480", text); // Littlehey's area code
                }
            }
        }

        Assert.Null(K.Establishment("leicester")!.Switchboard);
        Assert.Equal("01480 335000", K.Establishment("littlehey")!.Switchboard);
        Assert.Equal("01480 335209", K.Establishment("littlehey")!.SaferCustodyLine);
    }

    [Fact]
    public void The_emergency_answer_gives_999_and_the_switchboard_first()
    {
        foreach (var language in K.Languages)
        {
            var littlehey = K.GetAnswer("emergency", language, "littlehey");
            Assert.Contains("999", littlehey.Short);
            Assert.Contains("01480 335000", littlehey.Short);
            Assert.Contains("999", K.GetAnswer("emergency", language, "leicester").Short);
            Assert.Contains("999", K.GetAnswer("emergency", language, null).Short);
            Assert.True(K.GetAnswer("emergency", language, "littlehey").Full.IndexOf("999", StringComparison.Ordinal) < 80);
        }
    }

    [Fact]
    public void An_answer_that_needs_the_prison_asks_which_one_when_none_is_known()
    {
        Assert.True(K.DependsOnEstablishment("visiting-times"));
        Assert.False(K.DependsOnEstablishment("id-requirements"));
        Assert.False(K.DependsOnEstablishment("emergency")); // an emergency never waits for a question
        Assert.Equal(K.Text("pl", "ask-establishment"), K.GetAnswer("visiting-times", "pl", null).Short);
    }

    [Fact]
    public void Establishments_come_from_the_seeds()
    {
        Assert.Equal(["chelmsford", "leicester", "littlehey"], K.Establishments.Select(e => e.Id).Order());
        Assert.Equal("HMP Leicester", K.Establishment("leicester")!.Name);
        Assert.Equal("01480 335 136", K.Establishment("littlehey")!.VisitsBookingContact);
        Assert.Equal("www.gov.uk/prison-visits", K.Establishment("chelmsford")!.VisitsBookingContact);
    }

    [Fact]
    public void Intent_labels_exist_in_every_language()
    {
        Assert.Equal("Visiting times", K.IntentLabel("visiting-times", "en"));
        foreach (var language in K.Languages)
        {
            Assert.All(K.Intents, i => Assert.False(string.IsNullOrWhiteSpace(K.IntentLabel(i, language))));
        }
    }
}
