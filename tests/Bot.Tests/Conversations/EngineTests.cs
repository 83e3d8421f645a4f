using FamilyServices.Bot.Conversations;
using FamilyServices.Bot.Tests.Dialogs;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Bot.Tests.Conversations;

public class EngineTests
{
    [Fact]
    public async Task A_conversation_carries_on_after_a_restart_from_the_database()
    {
        await using var harness = await ConversationHarness.StartAsync();
        await Script.RunAsync(harness,
        [
            new("I want to make a complaint", "What is your complaint about?"),
            new("staff", "Which prison"),
            new("leicester", "date of the visit"),
        ]);

        await harness.RestartAsync();

        await Script.RunAsync(harness,
        [
            new("yesterday", "what happened"),
            new("they were rude", "reply"),
            new("no", "Staff", "HMP Leicester", "23 November 2026"),
            new("yes", "C-2026-000001"),
        ]);
    }

    public static TheoryData<Flow> ConcernsInTheMiddleOfAComplaint => new()
    {
        new Flow("en",
        [
            new("I want to make a complaint", "What is your complaint about?"),
            new("searches", "Which prison"),
            new("littlehey", "date of the visit"),
            new("yesterday", "what happened"),
            new("and my son told me he wants to kill himself", "999", "01480 335000", "W-2026-000001", "name of the person"),
            new("Tom", "prison number"),
            new("no", "what is happening"),
            new("he sounded desperate on the phone", "Who are you"),
            new("mum", "reach you"),
            new("1", "share"),
            new("yes", "within 15 minutes", "carry on with your complaint"),
            new("yes", "carry on", "what happened"),
            new("the search was rough", "reply"),
            new("no", "Searches", "HMP Littlehey"),
            new("yes", "C-2026-000001"),
        ]),
        new Flow("pl",
        [
            new("Chcę złożyć skargę", "Czego dotyczy Twoja skarga?"),
            new("2", "Którego więzienia"),
            new("Chelmsford", "Kiedy było widzenie"),
            new("Mój syn mówi, że chce się zabić dzisiaj", "999", "Orderly Officer", "W-2026-000001"),
            new("Tomasz", "numer więzienny"),
            new("nie wiem", "co się dzieje"),
            new("płakał przez telefon", "Kim jesteś"),
            new("mama", "skontaktować"),
            new("1", "Safer Custody"),
            new("tak", "wrócić do swojej skargi"),
            new("tak", "kontynuujmy", "Kiedy było widzenie"),
            new("wczoraj", "co się stało"),
            new("funkcjonariusz był niemiły", "odpowiedź"),
            new("nie", "Sprawdź"),
            new("tak", "C-2026-000001"),
        ], Channel: "sms"),
        new Flow("ar",
        [
            new("أريد تقديم شكوى", "ما موضوع شكواك؟"),
            new("2", "أي سجن"),
            new("ابني يقول إنه سيقتل نفسه الليلة", "999", "W-2026-000001"),
            new("لا أعرف", "ما اسم الشخص"),
            new("لا أعرف", "رقمه في السجن"),
            new("لا", "ماذا يحدث"),
            new("كان يبكي", "ما صلتك به"),
            new("أمه", "كيف يمكن"),
            new("1", "Safer Custody"),
            new("لا", "متابعة الشكوى"),
            new("لا", "تركته"),
        ]),
    };

    [Theory]
    [MemberData(nameof(ConcernsInTheMiddleOfAComplaint))]
    public async Task A_concern_in_the_middle_of_a_complaint_is_taken_first_then_the_complaint_is_offered_again(Flow flow)
    {
        await using var harness = await flow.RunAsync();

        var escalation = await harness.QueryAsync(db => db.Escalations.SingleAsync());
        Assert.Equal(Severity.Emergency, escalation.Severity);
        Assert.True(escalation.DetailsComplete);
        var complaints = await harness.QueryAsync(db => db.Complaints.CountAsync());
        Assert.Equal(flow.Language == "ar" ? 0 : 1, complaints);
    }

    [Fact]
    public async Task After_30_minutes_idle_the_form_is_offered_again_and_after_a_day_it_is_gone()
    {
        await using var harness = await ConversationHarness.StartAsync();
        await Script.RunAsync(harness,
        [
            new("I want to make a complaint", "What is your complaint about?"),
            new("booking", "Which prison"),
        ]);

        harness.Clock.Advance(TimeSpan.FromMinutes(29));
        Script.Check(await harness.SayAsync("leicester"), new Line("leicester", "date of the visit"));

        harness.Clock.Advance(TimeSpan.FromMinutes(31));
        Script.Check(await harness.SayAsync("hi"), new Line("hi", "carry on with your complaint"));
        Script.Check(await harness.SayAsync("yes"), new Line("yes", "carry on", "date of the visit"));

        harness.Clock.Advance(TimeSpan.FromHours(25));
        Script.Check(await harness.SayAsync("hello"), new Line("hello", "LANGUAGE to change language", "!carry on"));
    }

    [Fact]
    public async Task A_clear_new_question_after_a_pause_is_answered_before_the_form_is_offered()
    {
        await using var harness = await ConversationHarness.StartAsync();
        await Script.RunAsync(harness, [new("I want to make a complaint", "What is your complaint about?")]);

        harness.Clock.Advance(TimeSpan.FromMinutes(45));
        var result = await harness.SayAsync("what ID do I need to visit?");

        Script.Check(result, new Line("what ID", "List A", "carry on with your complaint"));
    }

    public static TheoryData<Flow> LanguageSwitches => new()
    {
        new Flow("en",
        [
            new("I want to make a complaint", "What is your complaint about?"),
            new("Polski", "będę pisać po polsku", "Czego dotyczy Twoja skarga?", "Personelu"),
            new("2", "Którego więzienia"),
            new("język", "W jakim języku", "العربية"),
            new("5", "سأكتب بالعربية", "أي سجن"),
            new("English", "write in English", "Which prison"),
        ]),
        new Flow("pl",
        [
            new("Dzień dobry", "Dzień dobry"),
            new("Chcę złożyć skargę", "Czego dotyczy"),
            new("jezyk", "W jakim języku", "Cymraeg"),
            new("Cymraeg", "Gymraeg", "Am beth mae eich cwyn?"),
        ], Channel: "sms"),
    };

    [Theory]
    [MemberData(nameof(LanguageSwitches))]
    public async Task The_language_can_change_in_the_middle_of_a_form_and_the_question_is_asked_again_in_it(Flow flow)
    {
        await using var harness = await flow.RunAsync();

        var preference = await harness.QueryAsync(db => db.ContactPreferences.SingleAsync());
        Assert.Equal(flow.Language == "en" ? "en" : "cy", preference.Language);
    }

    [Fact]
    public async Task A_chosen_language_is_remembered_for_the_phone_number()
    {
        await using var harness = await ConversationHarness.StartAsync();
        harness.Channel = "sms";
        harness.Address = harness.ConversationId = "+447700900999";
        await harness.SayAsync("hello");
        await harness.SayAsync("Polski");

        harness.ConversationId = "+447700900999-next";
        var result = await harness.SayAsync("hi");

        Assert.Equal("pl", result.Replies[0].Language);
        Script.Check(result, new Line("hi", "Dzień dobry"));
    }

    public static TheoryData<Flow> BadAnswers => new()
    {
        new Flow("en",
        [
            new("I want to make a complaint", "What is your complaint about?"),
            new("1", "Which prison"),
            new("2", "date of the visit"),
            new("banana", "for example 'yesterday'", "date of the visit", "!HELP"),
            new("next year", "for example 'yesterday'", "!HELP"),
            new("32/13/2026", "for example 'yesterday'", "HELP", "PERSON"),
            new("help", "Ask me a question", "date of the visit"),
            new("14/11/2026", "what happened"),
        ]),
        new Flow("pl",
        [
            new("Chcę wypełnić ankietę", "Którego więzienia"),
            new("1", "zarezerwować"),
            new("dziewięć", "liczbą od 1", "!POMOC"),
            new("abc", "liczbą od 1", "!POMOC"),
            new("0", "liczbą od 1", "POMOC", "OSOBA"),
            new("dwa", "przyjęto"),
        ]),
        new Flow("ar",
        [
            new("أريد تقديم شكوى", "ما موضوع شكواك؟"),
            new("٩", "برقم من القائمة"),
            new("لا شيء", "برقم من القائمة"),
            new("؟؟", "برقم من القائمة", "مساعدة"),
            new("٣", "أي سجن"),
        ], Channel: "sms"),
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task A_bad_answer_is_asked_again_with_a_hint_and_after_three_help_or_a_person_is_offered(Flow flow)
    {
        await using var harness = await flow.RunAsync();
        Assert.Equal(0, await harness.QueryAsync(db => db.Escalations.CountAsync()));
    }

    [Fact]
    public async Task Cancel_stops_a_form_and_menu_offers_to_carry_on_with_one_put_aside()
    {
        await using var harness = await ConversationHarness.StartAsync();
        await Script.RunAsync(harness,
        [
            new("I want to make a complaint", "What is your complaint about?"),
            new("menu", "Pick one", "Visiting times"),
            new("1", "Which prison"),
            new("leicester", "HMP Leicester", "!Did this help?", "What is your complaint about?"),
            new("staff", "date of the visit"),
            new("cancel", "stopped that"),
            new("yesterday", "!what happened"),
        ]);
    }

    [Fact]
    public async Task A_retried_message_gets_the_same_reply_and_is_processed_once()
    {
        await using var harness = await ConversationHarness.StartAsync();
        harness.Channel = "sms";
        await harness.SayAsync("hello", "SM1");
        var first = await harness.SayAsync("I want to talk to a person", "SM2");

        var again = await harness.SayAsync("I want to talk to a person", "SM2");

        Assert.Equal(first.Replies.Select(r => r.Text), again.Replies.Select(r => r.Text));
        Assert.Equal(1, await harness.QueryAsync(db => db.Escalations.CountAsync()));
        Assert.Equal(2, await harness.QueryAsync(db => db.ConversationMessages.CountAsync(m => m.Author == MessageAuthor.Family)));
    }

    [Fact]
    public async Task Stop_on_sms_is_left_to_the_channel_but_a_disclosure_after_it_is_still_escalated()
    {
        await using var harness = await ConversationHarness.StartAsync();
        harness.Channel = "sms";
        await harness.SayAsync("hello");

        var stop = await harness.SayAsync("STOP");
        var disclosure = await harness.SayAsync("my brother said he will hang himself");

        Assert.Empty(stop.Replies);
        Assert.Contains("999", disclosure.Replies[0].Text);
        Assert.Equal(1, await harness.QueryAsync(db => db.Escalations.CountAsync(e => e.Kind == EscalationKind.WelfareConcern)));
    }

    [Fact]
    public async Task Turns_on_the_same_conversation_at_the_same_time_are_all_kept()
    {
        await using var harness = await ConversationHarness.StartAsync();
        await harness.SayAsync("hello");

        var turns = Enumerable.Range(0, 6).Select(i => harness.SayAsync(i % 2 == 0 ? "what are the visiting times at leicester" : "how do I send money"));
        var results = await Task.WhenAll(turns);

        Assert.All(results, r => Assert.NotEmpty(r.Replies));
        var conversation = await harness.QueryAsync(db => db.Conversations.Include(c => c.Messages).SingleAsync());
        Assert.Equal(7, conversation.Messages.Count(m => m.Author == MessageAuthor.Family));
        var state = ConversationState.Read(conversation.DialogState);
        Assert.Equal(6, state.AnswersGiven);
    }

    [Fact]
    public async Task First_messages_that_arrive_together_make_one_conversation()
    {
        await using var harness = await ConversationHarness.StartAsync();
        harness.Channel = "sms";

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => harness.SayAsync("what are the visiting times at chelmsford")));

        Assert.All(results, r => Assert.NotEmpty(r.Replies));
        var conversation = await harness.QueryAsync(db => db.Conversations.Include(c => c.Messages).SingleAsync());
        Assert.Equal(3, conversation.Messages.Count(m => m.Author == MessageAuthor.Family));
    }

    [Fact]
    public async Task A_question_left_unanswered_is_simply_dropped_after_a_pause()
    {
        await using var harness = await ConversationHarness.StartAsync();
        await Script.RunAsync(harness,
        [
            new("hello", "Hello"),
            new("what are the visiting times at leicester", "Did this help?"),
        ]);

        harness.Clock.Advance(TimeSpan.FromMinutes(40));

        Script.Check(await harness.SayAsync("hello"), new Line("hello", "Hello again", "!carry on"));
    }
}
