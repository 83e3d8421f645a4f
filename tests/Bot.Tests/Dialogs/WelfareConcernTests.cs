using FamilyServices.Bot.Tests.Conversations;
using FamilyServices.Casework.Escalations;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Bot.Tests.Dialogs;

public class WelfareConcernTests
{
    public static TheoryData<Flow, Severity, string, string?> Concerns => new()
    {
        {
            new Flow("en",
            [
                // Life at risk, prison not known yet: 999 and every switchboard we have, before any question.
                new("my son says he is going to kill himself tonight", "999", "Orderly Officer", "HMP Littlehey: 01480 335000", "W-2026-000001", "Which prison"),
                new("littlehey", "name of the person in prison"),
                new("don't know", "prison number"),
                new("a1234 bc", "what is happening"),
                new("he rang me crying and said goodbye", "Who are you to them"),
                new("his mum", "How can a family worker reach you"),
                new("1", "share what you told us"),
                new("yes", "within 15 minutes", "W-2026-000001", "Safer Custody line at HMP Littlehey on 01480 335209", "0808 808 2003", "!quick questions"),
            ]),
            Severity.Emergency, "self-harm", "littlehey"
        },
        {
            new Flow("pl",
            [
                new("Dzień dobry", "Dzień dobry", "JĘZYK"),
                new("menu", "W czym mogę pomóc"),
                new("8", "Dziękuję, że nam mówisz", "W-2026-000001", "Którego więzienia"),
                new("Leicester", "Czego dotyczy zmartwienie", "Długów lub gróźb"),
                new("4", "w niebezpieczeństwie"),
                new("nie", "Jak nazywa się osoba"),
                new("Jan Kowalski", "numer więzienny"),
                new("nie wiem", "co się dzieje"),
                new("Ktoś dzwoni i grozi, że muszę spłacić jego dług", "Kim jesteś"),
                new("siostra", "skontaktować"),
                new("anonimowo", "Safer Custody"),
                new("tak", "W-2026-000001", "Nie spłacaj długu", "0808 808 2003", "!ankiet"),
            ], Channel: "sms"),
            Severity.Urgent, "debt", "leicester"
        },
        {
            new Flow("ar",
            [
                new("أنا قلق على أخي، يتعرض للتنمر", "شكرا لإخبارنا", "W-2026-000001", "أي سجن"),
                new("٣", "01480 335209", "في خطر الآن"),
                new("لا", "ما اسم الشخص"),
                new("لا أعرف", "رقمه في السجن"),
                new("A1234BC", "ماذا يحدث"),
                new("يضربه السجناء الآخرون كل يوم", "ما صلتك به"),
                new("أخته", "كيف يمكن لموظف دعم الأسرة"),
                new("هاتف", "رقم الهاتف"),
                new("07700 900123", "فريق Safer Custody"),
                new("نعم", "W-2026-000001", "0808 808 2003", "!01480 335209"),
            ]),
            Severity.Urgent, "self-harm", "littlehey"
        },
    };

    [Theory]
    [MemberData(nameof(Concerns))]
    public async Task A_worry_reaches_a_family_worker_with_every_detail_the_family_gave(Flow flow, Severity severity, string topic, string? establishment)
    {
        await using var harness = await flow.RunAsync();

        var escalation = await harness.QueryAsync(db => db.Escalations.SingleAsync());
        Assert.Equal(EscalationKind.WelfareConcern, escalation.Kind);
        Assert.Equal(severity, escalation.Severity);
        Assert.Equal(topic, escalation.Category);
        Assert.Equal(establishment, escalation.EstablishmentId);
        Assert.Equal(flow.Language, escalation.Language);
        Assert.True(escalation.DetailsComplete);
        Assert.NotNull(escalation.ConversationId);
        Assert.True(escalation.ConsentToShareWithPrison);
    }

    [Fact]
    public async Task The_first_reply_to_a_life_at_risk_gives_999_and_the_switchboard_before_anything_is_asked()
    {
        await using var harness = await ConversationHarness.StartAsync();

        var result = await harness.SayAsync("my dad at littlehey said he wants to die");

        Assert.Contains("999", result.Replies[0].Text);
        Assert.Contains("01480 335000", result.Replies[0].Text);
        Assert.Contains("Orderly Officer", result.Replies[0].Text);
        Assert.DoesNotContain("?", result.Replies[0].Text);
    }

    [Theory]
    [InlineData("en", "my son says he is going to kill himself tonight", "999")]
    [InlineData("pl", "Mój syn mówi, że chce się zabić dzisiaj", "999")]
    [InlineData("ar", "ابني يقول إنه سيقتل نفسه الليلة", "999")]
    public async Task A_family_that_stops_after_the_first_disclosure_loses_nothing(string language, string disclosure, string advice)
    {
        await using var harness = await ConversationHarness.StartAsync();
        harness.Channel = "sms";
        harness.Address = harness.ConversationId = "+447700900456";

        var result = await harness.SayAsync(disclosure);

        Assert.Contains(advice, result.Replies[0].Text);
        var escalation = await harness.QueryAsync(db => db.Escalations.SingleAsync());
        Assert.Equal(Severity.Emergency, escalation.Severity);
        Assert.Equal(disclosure, escalation.Summary);
        Assert.Equal(language, escalation.Language);
        Assert.Equal("+447700900456", escalation.ContactAddress);
        Assert.False(escalation.DetailsComplete);
        Assert.Contains("999", escalation.AdviceGiven);
        var transcript = await harness.QueryAsync(db => db.ConversationMessages.Where(m => m.ConversationId == escalation.ConversationId).CountAsync());
        Assert.True(transcript >= 2);
    }

    [Theory]
    [InlineData("en", "he rang to say thanks for everything and asked me to look after his dog")]
    [InlineData("cy", "mae o wedi clymu cortyn i'w wely")]
    [InlineData("ur", "کہتا ہے میرے جانے کے بعد سب بہتر رہیں گے")]
    public async Task A_risk_to_life_told_without_naming_it_still_gets_999_first(string language, string disclosure)
    {
        await using var harness = await ConversationHarness.StartAsync();

        var result = await harness.SayAsync(disclosure);

        Assert.Contains("999", result.Replies[0].Text);
        var escalation = await harness.QueryAsync(db => db.Escalations.SingleAsync());
        Assert.Equal(Severity.Emergency, escalation.Severity);
        Assert.Equal(language, escalation.Language);
    }

    [Theory]
    [InlineData("en", "she can't face food, she just pushes it round the plate")]
    [InlineData("pl", "wisi komus kase i mowia ze go zalatwia")]
    [InlineData("ro", "suna mereu duminica si de trei saptamani nimic")]
    public async Task A_worry_told_without_naming_it_starts_a_concern_for_a_family_worker(string language, string worry)
    {
        await using var harness = await ConversationHarness.StartAsync();

        var result = await harness.SayAsync(worry);

        Assert.Contains(result.Replies, r => r.Text.Contains("W-2026-000001", StringComparison.Ordinal));
        Assert.DoesNotContain("999", result.Replies[0].Text);
        var escalation = await harness.QueryAsync(db => db.Escalations.SingleAsync());
        Assert.Equal(EscalationKind.WelfareConcern, escalation.Kind);
        Assert.NotEqual(Severity.Emergency, escalation.Severity);
        Assert.Equal(language, escalation.Language);
    }

    [Fact]
    public async Task Unwanted_contact_gets_the_unwanted_prisoner_contact_service()
    {
        await using var harness = await new Flow("en",
        [
            new("menu", "Pick one"),
            new("8", "Which prison"),
            new("I don't know", "What is the worry about"),
            new("7", "danger"),
            new("no", "name"),
            new("skip", "prison number"),
            new("no", "what is happening"),
            new("he keeps sending me letters and I want it to stop", "Who are you"),
            new("ex partner", "reach you"),
            new("stay anonymous", "share"),
            new("no", "Unwanted Prisoner Contact Service", "0300 060 6699", "!Safer Custody line"),
        ]).RunAsync();

        var escalation = await harness.QueryAsync(db => db.Escalations.SingleAsync());
        Assert.True(escalation.Anonymous);
        Assert.Null(escalation.ContactAddress);
        Assert.False(escalation.ConsentToShareWithPrison);
        Assert.Null(escalation.PrisonNumber);
    }

    [Fact]
    public async Task No_survey_is_offered_after_a_welfare_concern()
    {
        await using var harness = await new Flow("en",
        [
            new("my son has stopped calling me", "W-2026-000001"),
            new("cancel", "stopped", "still with a family worker"),
            new("what are the visiting times at leicester", "Did this help?"),
            new("yes", "Thank you", "!quick questions"),
            new("and now he says the others are bullying him", "added this to your report W-2026-000001"),
        ]).RunAsync();

        var escalation = await harness.QueryAsync(db => db.Escalations.SingleAsync());
        Assert.Contains("bullying him", escalation.Summary);
    }
}

public class WelfareConcernFaultTests
{
    [Fact]
    public async Task A_fault_in_the_concern_flow_does_not_lose_the_escalation_or_the_emergency_advice()
    {
        await using var harness = await ConversationHarness.StartAsync(() => new BrokenText(ConversationHarness.RealKnowledge(), "welfare-thanks"));

        var result = await harness.SayAsync("my son says he is going to kill himself tonight");

        Assert.Contains("999", result.Replies[0].Text);
        Assert.Contains(result.Replies, r => r.Text.Contains("something went wrong", StringComparison.Ordinal));
        var escalation = await harness.QueryAsync(db => db.Escalations.SingleAsync());
        Assert.Equal(Severity.Emergency, escalation.Severity);
        Assert.Contains("999", escalation.AdviceGiven);

        // The next message starts afresh instead of failing again on the saved state.
        var next = await harness.SayAsync("what are the visiting times at leicester");
        Assert.Contains(next.Replies, r => r.Text.Contains("HMP Leicester", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_worry_told_while_the_reference_counter_fails_is_escalated_with_a_reference_from_its_id_and_the_questions_go_on()
    {
        await using var harness = await ConversationHarness.StartAsync();
        await BreakReferenceCounterAsync(harness);

        var result = await harness.SayAsync("my son says he is going to kill himself tonight");

        Assert.Contains("999", result.Replies[0].Text);
        var escalation = await harness.QueryAsync(db => db.Escalations.SingleAsync());
        Assert.Matches("^W-2026-X[0-9A-F]{8}$", escalation.Reference);
        Assert.Contains(result.Replies, r => r.Text.Contains(escalation.Reference, StringComparison.Ordinal));
        Assert.Equal(Severity.Emergency, escalation.Severity);
        Assert.DoesNotContain(result.Replies, r => r.Text.Contains("something went wrong", StringComparison.Ordinal));
        Script.Check(await harness.SayAsync("littlehey"), new Line("littlehey", "name of the person in prison"));
    }

    [Fact]
    public async Task Asking_for_a_person_while_the_reference_counter_fails_still_reaches_a_family_worker()
    {
        await using var harness = await ConversationHarness.StartAsync();
        await BreakReferenceCounterAsync(harness);

        var result = await harness.SayAsync("I want to talk to a person");

        var handover = await harness.QueryAsync(db => db.Escalations.SingleAsync());
        Assert.Equal(EscalationKind.Handover, handover.Kind);
        Assert.Matches("^H-2026-X[0-9A-F]{8}$", handover.Reference);
        Assert.Contains(result.Replies, r => r.Text.Contains(handover.Reference, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_worry_told_when_the_saved_conversation_cannot_be_carried_on_is_still_escalated_with_the_emergency_advice()
    {
        await using var harness = await ConversationHarness.StartAsync();
        await harness.SayAsync("I want to make a complaint");
        // A form an older version saved, under a name this version no longer has, found after a pause.
        await harness.QueryAsync(async db =>
        {
            var conversation = await db.Conversations.SingleAsync();
            conversation.DialogState = conversation.DialogState!.Replace("\"complaint\"", "\"a-form-since-renamed\"", StringComparison.Ordinal);
            return await db.SaveChangesAsync();
        });
        harness.Clock.Advance(TimeSpan.FromMinutes(45));

        var result = await harness.SayAsync("my son says he is going to kill himself tonight");

        var escalation = await harness.QueryAsync(db => db.Escalations.SingleAsync());
        Assert.Equal(Severity.Emergency, escalation.Severity);
        Assert.Equal("my son says he is going to kill himself tonight", escalation.Summary);
        Assert.Contains("999", escalation.AdviceGiven);
        Assert.Contains("999", result.Replies[0].Text);
        Assert.Contains(result.Replies, r => r.Text.Contains($"Your reference is {escalation.Reference}", StringComparison.Ordinal));

        // What the family says next is added to the same report.
        var next = await harness.SayAsync("and he has stopped eating");
        Assert.Contains(next.Replies, r => r.Text.Contains(escalation.Reference, StringComparison.Ordinal));
        Assert.Equal(1, await harness.QueryAsync(db => db.Escalations.CountAsync()));
    }

    /// <summary>The counter's table gone: every reference the database would give fails.</summary>
    private static Task BreakReferenceCounterAsync(ConversationHarness harness) =>
        harness.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE \"ReferenceCounters\""));

    /// <summary>Content with one text missing, as a bad edit would leave it.</summary>
    private sealed class BrokenText(FamilyServices.Bot.Conversations.IAssistantKnowledge real, string key) : DelegatingKnowledge(real)
    {
        public override string Text(string language, string textKey, IReadOnlyDictionary<string, string>? values = null) =>
            textKey == key ? throw new KeyNotFoundException(textKey) : base.Text(language, textKey, values);
    }
}

public class SaferCustodyLineTests
{
    [Fact]
    public async Task A_worried_family_at_a_known_prison_gets_the_safer_custody_line_in_the_first_reply()
    {
        await using var harness = await ConversationHarness.StartAsync();
        await harness.SayAsync("what are the visiting times at littlehey");

        var result = await harness.SayAsync("my son has stopped calling me");

        Script.Check(result, new Line("my son has stopped calling me", "W-2026-000001", "Safer Custody line at HMP Littlehey on 01480 335209"));
        var escalation = await harness.QueryAsync(db => db.Escalations.SingleAsync());
        Assert.Contains("01480 335209", escalation.AdviceGiven);
    }
}

public class WhatHappensNextTests
{
    [Theory]
    [InlineData(10, 0, "within 4 hours")]
    [InlineData(15, 30, "from Wednesday 25 November, 09:00")]
    public async Task The_family_is_told_when_a_worker_will_look_only_as_far_as_the_office_is_open(int hour, int minute, string expected)
    {
        await using var harness = await ConversationHarness.StartAsync(start: new DateTimeOffset(2026, 11, 24, hour, minute, 0, TimeSpan.Zero));
        await Script.RunAsync(harness,
        [
            new("what are the visiting times at littlehey", "Littlehey"),
            new("my son has stopped calling me", "W-2026-000001"),
            new("no", "name"),
            new("don't know", "prison number"),
            new("don't know", "what is happening"),
            new("he has not called for two weeks", "Who are you"),
            new("mum", "reach you"),
            new("1", "share"),
            new("yes", expected),
        ]);
    }
}
