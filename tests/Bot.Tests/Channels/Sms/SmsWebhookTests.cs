using System.Net;
using System.Text;
using FamilyServices.Bot.Channels.Sms;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Bot.Tests.Channels.Sms;

public class SmsWebhookTests : IClassFixture<BotApplication>
{
    private readonly BotApplication _app;
    private readonly TwilioWebhook _twilio;

    public SmsWebhookTests(BotApplication app)
    {
        _app = app;
        _twilio = new TwilioWebhook(app.CreateClient());
    }

    private static string NewNumber() => "+4477009" + Random.Shared.Next(10000, 99999);

    [Theory]
    [InlineData("Kiedy mogę odwiedzić męża w więzieniu?")]
    [InlineData("ما هي الهوية التي أحتاجها لزيارة أخي؟")]
    [InlineData("wat ID do i need 2 visit? & <who> \"pays\"")]
    public async Task A_text_signed_by_twilio_is_answered_with_twiml_in_the_same_request(string body)
    {
        var number = NewNumber();
        var form = TwilioWebhook.Inbound(number, body);

        var response = await _twilio.PostAsync(form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/xml", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(["echo: " + body.Trim()], TwilioWebhook.Messages(await response.Content.ReadAsStringAsync()));
        var received = Assert.Single(_app.Turns.Received, m => m.Address == number);
        Assert.Equal(("sms", number, body, form["MessageSid"]), (received.Channel, received.ConversationId, received.Text, received.ChannelMessageId));
    }

    [Fact]
    public async Task The_signature_covers_the_query_string_of_the_configured_url()
    {
        var form = TwilioWebhook.Inbound(NewNumber(), "hello");
        const string path = "/api/sms/twilio?site=chelmsford";

        Assert.Equal(HttpStatusCode.OK, (await _twilio.PostAsync(form, path)).StatusCode);
        var signedWithoutQuery = NodeTools.TwilioSignature(BotApplication.AuthToken, BotApplication.PublicBaseUrl + "/api/sms/twilio", form);
        Assert.Equal(HttpStatusCode.Forbidden, (await _twilio.PostAsync(TwilioWebhook.Inbound(NewNumber(), "hello"), path, signedWithoutQuery)).StatusCode);
    }

    [Fact]
    public async Task Missing_forged_or_transplanted_signatures_are_refused_and_nothing_is_processed()
    {
        var number = NewNumber();
        var genuine = TwilioWebhook.Inbound(number, "my brother said he wants to end it");
        var genuineSignature = NodeTools.TwilioSignature(BotApplication.AuthToken, BotApplication.PublicBaseUrl + "/api/sms/twilio", genuine);

        var unsigned = await _twilio.PostAsync(genuine, sign: false);
        var forged = await _twilio.PostAsync(genuine, signature: NodeTools.TwilioSignature("not-our-token", BotApplication.PublicBaseUrl + "/api/sms/twilio", genuine));
        var otherHost = await _twilio.PostAsync(genuine, signature: NodeTools.TwilioSignature(BotApplication.AuthToken, "https://attacker.example/api/sms/twilio", genuine));
        var tampered = new Dictionary<string, string>(genuine) { ["Body"] = "STOP" };
        var replayedOnOtherBody = await _twilio.PostAsync(tampered, signature: genuineSignature);
        var extraParameter = new Dictionary<string, string>(genuine) { ["Extra"] = "1" };
        var replayedWithExtra = await _twilio.PostAsync(extraParameter, signature: genuineSignature);

        Assert.All([unsigned, forged, otherHost, replayedOnOtherBody, replayedWithExtra], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.DoesNotContain(_app.Turns.Received, m => m.Address == number);
    }

    [Fact]
    public async Task A_retried_webhook_is_processed_once_and_gets_the_same_reply()
    {
        var number = NewNumber();
        var form = TwilioWebhook.Inbound(number, "what are the visiting times?");

        var first = await (await _twilio.PostAsync(form)).Content.ReadAsStringAsync();
        var retries = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ => await (await _twilio.PostAsync(form)).Content.ReadAsStringAsync()));

        Assert.All(retries, r => Assert.Equal(first, r));
        Assert.Single(_app.Turns.Received, m => m.Address == number);
    }

    [Fact]
    public async Task A_body_that_is_not_a_form_is_a_bad_request_and_a_form_without_from_too()
    {
        var client = _app.CreateClient();
        var json = new HttpRequestMessage(HttpMethod.Post, "/api/sms/twilio") { Content = new StringContent("{\"Body\":\"hi\"}", Encoding.UTF8, "application/json") };
        json.Headers.Add("X-Twilio-Signature", "c29tZXRoaW5n");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(json)).StatusCode);

        var noFrom = TwilioWebhook.Inbound("", "hi");
        noFrom.Remove("From");
        Assert.Equal(HttpStatusCode.BadRequest, (await _twilio.PostAsync(noFrom)).StatusCode);
    }

    [Fact]
    public async Task A_long_answer_is_paged_with_reply_more_and_no_page_is_over_three_segments()
    {
        var number = NewNumber();
        var pages = new List<string>((await _twilio.TextAsync(number, "long")));
        while (pages[^1].EndsWith("Reply MORE for the rest.", StringComparison.Ordinal))
        {
            pages.AddRange(await _twilio.TextAsync(number, "more"));
        }

        Assert.True(pages.Count > 1);
        Assert.All(pages, p => Assert.True(SmsSegments.Count(p) <= 3, $"{SmsSegments.Count(p)} segments: {p}"));
        var words = string.Join(' ', pages.Select(p => p.Replace("Reply MORE for the rest.", ""))).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(TestTurnHandler.LongEnglish.Split(' '), words);
        Assert.Equal(["echo: MORE"], await _twilio.TextAsync(number, "MORE"));
    }

    [Fact]
    public async Task A_long_polish_answer_asks_for_more_in_polish_and_understands_wiecej()
    {
        var number = NewNumber();
        var first = Assert.Single(await _twilio.TextAsync(number, "long pl"));
        Assert.EndsWith("Odpisz WIĘCEJ, aby otrzymać resztę.", first);
        Assert.True(SmsSegments.Count(first) <= 3);

        var second = Assert.Single(await _twilio.TextAsync(number, "więcej"));
        Assert.DoesNotContain(second, first);
        Assert.Contains("zażółć", second);
    }

    [Fact]
    public async Task Choices_are_a_numbered_list_and_a_number_answers_with_the_choice()
    {
        var number = NewNumber();
        var reply = Assert.Single(await _twilio.TextAsync(number, "menu"));
        Assert.Equal("What would you like to know?\n1. Visiting times\n2. ID to bring\n3. Talk to a person\nReply 1, 2 or 3.", reply);

        await _twilio.TextAsync(number, "2");
        Assert.Equal("id-requirements", _app.Turns.Received.Last(m => m.Address == number).Text);
    }

    [Fact]
    public async Task Arabic_choices_are_prompted_in_arabic_and_eastern_arabic_digits_work()
    {
        var number = NewNumber();
        var reply = Assert.Single(await _twilio.TextAsync(number, "menu ar"));
        Assert.EndsWith("أرسل 1، 2 أو 3.", reply);

        await _twilio.TextAsync(number, "٣");
        Assert.Equal("human", _app.Turns.Received.Last(m => m.Address == number).Text);
    }

    [Fact]
    public async Task Stop_ends_proactive_messages_but_a_later_disclosure_still_reaches_the_engine()
    {
        var number = NewNumber();
        var confirmation = Assert.Single(await _twilio.TextAsync(number, "Stop"));
        Assert.Contains("START", confirmation);
        Assert.DoesNotContain(_app.Turns.Received, m => m.Address == number);

        var proactive = _app.Services.GetRequiredService<SmsProactiveMessages>();
        var id = Assert.Single(await proactive.SendAsync(number, new("A family worker replied", [], "en"), default));
        await _app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<SmsOutboxSender>().Single().SendDueAsync(default);
        Assert.Equal(SmsOutboxStatus.OptedOut, (await _app.Services.GetRequiredService<ISmsOutbox>().FindAsync(id, default))!.Status);

        await _twilio.TextAsync(number, "he said he is going to hurt himself tonight");
        Assert.Equal("he said he is going to hurt himself tonight", Assert.Single(_app.Turns.Received, m => m.Address == number).Text);

        Assert.Contains("STOP", Assert.Single(await _twilio.TextAsync(number, "start")));
        Assert.False(await _app.Services.GetRequiredService<ISmsOptOuts>().IsOptedOutAsync(number, default));
    }

    [Theory]
    [InlineData("KONIEC", "Nie będziesz już otrzymywać")]
    [InlineData("توقف", "لن تصلك رسائل")]
    [InlineData("بند", "آپ کو ہماری طرف سے مزید پیغامات نہیں")]
    [InlineData("STOPIO", "Ni fyddwch yn cael")]
    [InlineData("OPRIRE", "Nu veți mai primi")]
    public async Task Stop_in_our_languages_is_confirmed_in_that_language(string keyword, string confirmation)
    {
        var number = NewNumber();
        Assert.StartsWith(confirmation, Assert.Single(await _twilio.TextAsync(number, keyword)));
        Assert.True(await _app.Services.GetRequiredService<ISmsOptOuts>().IsOptedOutAsync(number, default));
    }

    [Theory]
    [InlineData("HELP", "call 999")]
    [InlineData("pomoc", "zadzwoń pod 999")]
    [InlineData("مساعدة", "999")]
    public async Task Help_says_first_what_to_do_if_a_life_is_at_risk_then_what_we_are(string keyword, string expected)
    {
        var reply = Assert.Single(await _twilio.TextAsync(NewNumber(), keyword));
        Assert.Contains(expected, reply.Split('.', '۔')[0]);
    }

    [Fact]
    public async Task A_keyword_inside_a_sentence_is_a_message_not_a_command()
    {
        var number = NewNumber();
        Assert.Equal(["echo: stop he is scared"], await _twilio.TextAsync(number, "stop he is scared"));
        Assert.Equal(["echo: yes"], await _twilio.TextAsync(number, "yes"));
        Assert.False(await _app.Services.GetRequiredService<ISmsOptOuts>().IsOptedOutAsync(number, default));
    }

    [Fact]
    public async Task When_the_engine_fails_the_person_is_told_and_a_retry_is_processed_again()
    {
        var number = NewNumber();
        var form = TwilioWebhook.Inbound(number, "fail");

        var first = TwilioWebhook.Messages(await (await _twilio.PostAsync(form)).Content.ReadAsStringAsync());
        var retry = TwilioWebhook.Messages(await (await _twilio.PostAsync(form)).Content.ReadAsStringAsync());

        Assert.Contains("999", Assert.Single(first));
        Assert.Equal(first, retry);
        Assert.Equal(2, _app.Turns.Received.Count(m => m.Address == number));
    }

    [Fact]
    public async Task A_turn_with_no_replies_gets_an_empty_response()
    {
        var response = await _twilio.PostAsync(TwilioWebhook.Inbound(NewNumber(), "silent"));
        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_picture_without_words_is_answered_that_we_read_only_text_and_a_caption_reaches_the_engine()
    {
        var number = NewNumber();
        var picture = TwilioWebhook.Inbound(number, "");
        picture["NumMedia"] = "1";
        picture["MediaUrl0"] = "https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM0/Media/ME0";
        picture["MediaContentType0"] = "image/jpeg";

        var reply = TwilioWebhook.Messages(await (await _twilio.PostAsync(picture)).Content.ReadAsStringAsync());
        Assert.StartsWith("Sorry, we cannot open pictures or files.", Assert.Single(reply));
        Assert.DoesNotContain(_app.Turns.Received, m => m.Address == number);

        var captioned = new Dictionary<string, string>(picture) { ["MessageSid"] = "SM" + Guid.NewGuid().ToString("N"), ["Body"] = "this is the letter he sent" };
        Assert.Equal(["echo: this is the letter he sent"], TwilioWebhook.Messages(await (await _twilio.PostAsync(captioned)).Content.ReadAsStringAsync()));
    }
}
