using FamilyServices.Bot.Tests.Conversations;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Bot.Tests.Dialogs;

public class ComplaintTests
{
    // The harness's clock starts on Tuesday 24 November 2026: "last Tuesday" is the 17th, yesterday the 23rd,
    // and ten working days on is Tuesday 8 December.
    public static TheoryData<Flow> Complaints => new()
    {
        new Flow("en",
        [
            new("I want to make a complaint", "What is your complaint about?", "Booking a visit"),
            new("2", "Which prison", "HMP Chelmsford"),
            new("chelmsford", "date of the visit"),
            new("last tuesday", "what happened"),
            new("the officer shouted at my daughter", "like a reply"),
            new("yes", "How should we reply", "Here in this chat"),
            new("email", "email address"),
            new("mum at home", "email address, for example"),
            new("mum@example.com", "complaint about Staff at HMP Chelmsford", "17 November 2026", "shouted at my daughter"),
            new("yes", "C-2026-000001", "8 December 2026", "hear back"),
        ]),
        new Flow("en",
        [
            new("I want to make a complaint", "What is your complaint about?"),
            new("searchs", "Which prison"),
            new("littlehey prison", "date of the visit"),
            new("yesterday", "what happened"),
            new("they searched my baby's nappy in front of everyone", "like a reply"),
            new("no", "Searches", "HMP Littlehey", "23 November 2026"),
            new("yes", "C-2026-000001", "8 December 2026", "!hear back"),
        ], Channel: "sms"),
        new Flow("pl",
        [
            new("Chcę złożyć skargę", "Czego dotyczy Twoja skarga?", "Personelu"),
            new("personel", "Którego więzienia"),
            new("3", "Kiedy było widzenie"),
            new("wczoraj", "co się stało"),
            new("Funkcjonariusz krzyczał na moją córkę", "odpowiedź"),
            new("nie", "Sprawdź proszę", "Personelu", "HMP Littlehey", "23 listopada 2026", "krzyczał"),
            new("tak", "C-2026-000001", "8 grudnia 2026"),
        ]),
        new Flow("ar",
        [
            new("أريد تقديم شكوى", "ما موضوع شكواك؟", "الموظفون"),
            new("٢", "أي سجن"),
            new("leicester", "ما تاريخ الزيارة"),
            new("الثلاثاء الماضي", "ماذا حدث"),
            new("الضابط صرخ على ابنتي", "هل تريد ردا"),
            new("نعم", "كيف نرد عليك"),
            new("هاتف", "رقم الهاتف"),
            // The Gregorian date the prisons use, not the Hijri calendar an Arabic culture may default to.
            new("07700 900123", "من فضلك تحقق", "HMP Leicester", "الموظفون", "صرخ", "17 نوفمبر 2026"),
            new("نعم", "C-2026-000001"),
        ], Channel: "sms"),
        new Flow("cy",
        [
            new("Rwyf eisiau gwneud cwyn", "Am beth mae eich cwyn?"),
            new("chwiliad", "Pa garchar"),
            new("Leicester", "dyddiad yr ymweliad"),
            new("ddoe", "beth ddigwyddodd"),
            new("Roedd y swyddog yn anghwrtais", "ateb"),
            new("na hoffwn", "Gwiriwch", "Chwiliadau", "HMP Leicester"),
            new("ydw", "C-2026-000001"),
        ]),
        new Flow("ro",
        [
            new("Vreau să fac o plângere", "Despre ce este plângerea?"),
            new("personal", "închisoare"),
            new("Chelmsford", "data vizitei"),
            new("ieri", "ce s-a întâmplat"),
            new("Ofițerul a țipat la fiica mea", "răspuns"),
            new("nu", "verificați", "Personalul", "HMP Chelmsford"),
            new("da", "C-2026-000001"),
        ], Channel: "sms"),
        new Flow("ur",
        [
            new("میں شکایت کرنا چاہتا ہوں", "آپ کی شکایت کس بارے میں ہے؟"),
            new("۲", "کون سی جیل"),
            new("۳", "ملاقات کی تاریخ"),
            new("کل", "کیا ہوا"),
            new("افسر نے میری بیٹی پر چیخا", "جواب"),
            new("نہیں", "دیکھ لیں", "HMP Littlehey"),
            new("جی ہاں", "C-2026-000001"),
        ]),
    };

    [Theory]
    [MemberData(nameof(Complaints))]
    public async Task A_complaint_is_confirmed_then_sent_with_a_reference_and_a_reply_by_date(Flow flow)
    {
        await using var harness = await flow.RunAsync();

        var complaint = await harness.QueryAsync(db => db.Complaints.SingleAsync());
        Assert.Equal("C-2026-000001", complaint.Reference);
        Assert.Equal(flow.Language, complaint.Language);
        Assert.Equal(new DateTime(2026, 12, 8, 10, 0, 0), complaint.ResponseDueBy);
        Assert.NotNull(complaint.ConversationId);
    }

    [Fact]
    public async Task A_complaint_the_family_does_not_confirm_is_not_sent()
    {
        await using var harness = await new Flow("en",
        [
            new("I want to make a complaint", "What is your complaint about?"),
            new("booking", "Which prison"),
            new("leicester", "date"),
            new("yesterday", "what happened"),
            new("the booking line never answers", "reply"),
            new("no", "Shall I send it?"),
            new("no", "not sent"),
        ]).RunAsync();

        Assert.Equal(0, await harness.QueryAsync(db => db.Complaints.CountAsync()));
    }
}
