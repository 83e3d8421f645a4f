using FamilyServices.Bot.Tests.Conversations;
using FamilyServices.Casework.Escalations;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Bot.Tests.Dialogs;

public class TalkToAPersonTests
{
    public static TheoryData<Flow> Handovers => new()
    {
        new Flow("en", [new("I want to talk to a person", "family worker to reply", "H-2026-000001", "Monday", "09:00", "999")]),
        new Flow("pl", [new("Chcę porozmawiać z człowiekiem", "pracownika rodzinnego", "H-2026-000001", "999", "0808 808 2003")], Channel: "sms"),
        new Flow("ar", [new("أريد التحدث مع شخص", "موظف دعم الأسرة", "H-2026-000001", "999")]),
    };

    [Theory]
    [MemberData(nameof(Handovers))]
    public async Task Asking_for_a_person_puts_the_conversation_in_the_console_queue(Flow flow)
    {
        await using var harness = await flow.RunAsync();

        var handover = await harness.QueryAsync(db => db.Escalations.SingleAsync());
        Assert.Equal(EscalationKind.Handover, handover.Kind);
        Assert.NotNull(handover.ConversationId);
        Assert.Equal(flow.Language, handover.Language);
    }

    [Fact]
    public async Task Out_of_hours_the_family_is_told_when_a_worker_will_reply_and_what_to_do_if_urgent()
    {
        // Saturday evening in London.
        await using var harness = await ConversationHarness.StartAsync(start: new DateTimeOffset(2026, 11, 28, 19, 0, 0, TimeSpan.Zero));

        var result = await harness.SayAsync("person");

        Script.Check(result, new Line("person", "Monday 30 November, 09:00", "999", "0808 808 2003"));
    }

    [Fact]
    public async Task Asking_for_a_person_in_the_middle_of_a_form_then_carries_on_with_it()
    {
        await using var harness = await new Flow("en",
        [
            new("I want to make a complaint", "What is your complaint about?"),
            new("talk to a person", "H-2026-000001", "What is your complaint about?"),
            new("staff", "Which prison"),
            new("person", "H-2026-000001", "Which prison"),
        ]).RunAsync();

        Assert.Equal(1, await harness.QueryAsync(db => db.Escalations.CountAsync()));
    }
}
