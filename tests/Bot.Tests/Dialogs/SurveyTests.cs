using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Bot.Tests.Dialogs;

public class SurveyTests
{
    public static TheoryData<Flow, bool> Surveys => new()
    {
        {
            new Flow("en",
            [
                new("can I do the survey", "1 (poor) to 5 (very good)", "Which prison"),
                new("chelmsford", "How easy was it to book"),
                new("four", "How welcome"),
                new("6", "number from 1 (poor) to 5"),
                new("5", "information"),
                new("3/5", "facilities"),
                new("2", "Overall"),
                new("4", "anything else"),
                new("the cafe was closed", "contact you about your answers"),
                new("no", "Thank you"),
            ]),
            false
        },
        {
            new Flow("pl",
            [
                new("Chcę wypełnić ankietę", "Którego więzienia"),
                new("Leicester", "zarezerwować"),
                new("cztery", "przyjęto"),
                new("5", "informacje"),
                new("trzy", "udogodnienia"),
                new("2", "ogólnie"),
                new("4", "coś powiedzieć"),
                new("pomiń", "skontaktować"),
                new("tak", "Dziękuję"),
            ], Channel: "sms"),
            true
        },
        {
            new Flow("ar",
            [
                new("أريد أن أعطي رأيي في الزيارة", "أي سجن"),
                new("ليتلهي", "حجز زيارتك"),
                new("٤", "الترحيب"),
                new("خمسة", "المعلومات"),
                new("3", "المرافق"),
                new("2", "بشكل عام"),
                new("4", "شيء آخر"),
                new("تخطي", "التواصل معك"),
                new("لا", "شكرا"),
            ]),
            false
        },
    };

    [Theory]
    [MemberData(nameof(Surveys))]
    public async Task A_survey_records_five_scores_in_words_or_digits_anonymous_unless_chosen(Flow flow, bool named)
    {
        await using var harness = await flow.RunAsync();

        var survey = await harness.QueryAsync(db => db.SurveyResponses.SingleAsync());
        Assert.Equal(4, survey.Booking);
        Assert.Equal(5, survey.Welcome);
        Assert.Equal(3, survey.Information);
        Assert.Equal(2, survey.Facilities);
        Assert.Equal(4, survey.Overall);
        Assert.Equal(flow.Language, survey.Language);
        Assert.Equal(!named, survey.Anonymous);
        Assert.Equal(named, survey.ContactAddress is not null);
    }
}
