using FamilyServices.Casework.ContactRequests;
using FamilyServices.Casework.Conversations;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Bot.Tests.Dialogs;

public class GettingBackInTouchTests
{
    public static TheoryData<Flow, string?, Channel> Requests => new()
    {
        {
            new Flow("en",
            [
                new("I want to get back in touch with my dad in prison", "family workers to help", "Who is the person in prison to you"),
                new("my dad", "full name"),
                new("John Smith", "Which prison", "I don't know"),
                new("not sure", "What is your name"),
                new("Amy Smith", "How can a family worker reach you"),
                new("phone", "phone number"),
                new("0770090012", "UK phone number"),
                new("07700 900123", "contact you about this"),
                new("yes", "R-2026-000001", "asked first"),
            ]),
            null, Channel.Phone
        },
        {
            new Flow("pl",
            [
                new("Chcę odnowić kontakt z tatą w więzieniu", "Kim jest dla Ciebie"),
                new("tata", "imię i nazwisko"),
                new("Jan Nowak", "Którego więzienia"),
                new("2", "Jak masz na imię"),
                new("Anna Nowak", "skontaktować"),
                new("1", "powiedzieć osobie w więzieniu"),
                new("tak", "R-2026-000001"),
            ], Channel: "sms"),
            "leicester", Channel.Sms
        },
        {
            new Flow("ar",
            [
                new("أريد إعادة التواصل مع والدي في السجن", "ما صلة الشخص"),
                new("أبي", "اسمه الكامل"),
                new("أحمد علي", "أي سجن"),
                new("ليتلهي", "ما اسمك"),
                new("فاطمة علي", "كيف يمكن"),
                new("بريد", "البريد الإلكتروني"),
                new("fatima@example.com", "وإخبار الشخص في السجن"),
                new("نعم", "R-2026-000001"),
            ]),
            "littlehey", Channel.Email
        },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_request_to_get_back_in_touch_reaches_the_contact_workflow(Flow flow, string? establishment, Channel contactBy)
    {
        await using var harness = await flow.RunAsync();

        var request = await harness.QueryAsync(db => db.ContactRequests.SingleAsync());
        Assert.Equal(ContactRequestOrigin.Family, request.Origin);
        Assert.Equal(ContactStage.Requested, request.Stage);
        Assert.Equal(establishment, request.EstablishmentId);
        Assert.Equal(contactBy, request.FamilyContactChannel);
        Assert.True(request.RequesterConsentsToBeContacted);
        Assert.Equal(flow.Language, request.Language);
        if (contactBy == Channel.Phone)
        {
            Assert.Equal("+447700900123", request.FamilyContactAddress);
        }
    }

    [Fact]
    public async Task Without_consent_to_be_contacted_no_request_is_made()
    {
        await using var harness = await new Flow("en",
        [
            new("I want to get back in touch with my dad in prison", "Who is the person"),
            new("dad", "full name"),
            new("John Smith", "Which prison"),
            new("3", "your name"),
            new("Amy", "reach you"),
            new("here", "contact you about this"),
            new("no", "only help if we can contact you"),
        ]).RunAsync();

        Assert.Equal(0, await harness.QueryAsync(db => db.ContactRequests.CountAsync()));
    }
}
