using System.Net;
using System.Text;
using FamilyServices.Bot.Channels.Sms;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Outbox;
using FamilyServices.Casework.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Bot.Tests.Channels.Sms;

public class SmsOutboxTests : IAsyncLifetime
{
    private FakeTwilioServer _twilio = null!;
    private BotApplication _app = null!;

    public async Task InitializeAsync()
    {
        _twilio = await FakeTwilioServer.StartAsync();
        _app = new BotApplication
        {
            Settings = new Dictionary<string, string?>
            {
                ["Twilio:ApiBaseUrl"] = _twilio.BaseUrl,
                ["Sms:Outbox:PollInterval"] = "00:00:00.050",
                ["Sms:Outbox:FirstRetryDelay"] = "00:00:00.050",
                ["Sms:Outbox:MaxRetryDelay"] = "00:00:00.200",
                ["Sms:Outbox:MaxAttempts"] = "4",
                // Long enough that a busy machine does not turn a slow answer into a retry; the "hang" step outlasts it.
                ["Sms:Outbox:RequestTimeout"] = "00:00:03",
            },
        };
        _ = _app.Server;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _twilio.DisposeAsync();
    }

    private async Task<SmsOutboxItem> WaitUntilSettledAsync(Guid id)
    {
        var outbox = _app.Services.GetRequiredService<ISmsOutbox>();
        for (var i = 0; i < 200; i++)
        {
            var item = (await outbox.FindAsync(id, default))!;
            if (item.Status is not (SmsOutboxStatus.Pending or SmsOutboxStatus.Sending))
            {
                return item;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("The outbox item never settled.");
    }

    private async Task<Guid> SendAsync(string to, string text) =>
        Assert.Single(await _app.Services.GetRequiredService<SmsProactiveMessages>().SendAsync(to, new(text, [], "en"), default));

    [Fact]
    public async Task A_family_workers_reply_is_posted_to_messages_json_with_basic_auth()
    {
        var item = await WaitUntilSettledAsync(await SendAsync("+447700900001", "Hello, this is Sam from the family service. Kasia’s visit is booked."));

        Assert.Equal(SmsOutboxStatus.Sent, item.Status);
        var request = Assert.Single(_twilio.Requests);
        Assert.Equal($"/2010-04-01/Accounts/{BotApplication.AccountSid}/Messages.json", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{BotApplication.AccountSid}:{BotApplication.AuthToken}")), request.Authorization);
        Assert.Equal("+447700900001", request.Form["To"]);
        Assert.Equal(BotApplication.OurNumber, request.Form["From"]);
        Assert.Equal("Hello, this is Sam from the family service. Kasia’s visit is booked.", request.Form["Body"]);
        Assert.Equal(BotApplication.PublicBaseUrl + "/api/sms/twilio/status", request.Form["StatusCallback"]);
    }

    [Fact]
    public async Task Server_errors_and_timeouts_are_retried_until_twilio_accepts()
    {
        _twilio.Script("+447700900002", "500", "hang", "500", "201");

        var item = await WaitUntilSettledAsync(await SendAsync("+447700900002", "Your complaint response is ready."));

        Assert.Equal(SmsOutboxStatus.Sent, item.Status);
        Assert.Equal(4, item.Attempts);
        Assert.Equal(4, _twilio.Requests.Count(r => r.Form["To"] == "+447700900002"));
    }

    [Fact]
    public async Task A_text_twilio_took_but_answered_too_late_for_is_not_sent_again()
    {
        // Twilio keeps the text and answers after our timeout: we never hear its sid.
        _twilio.AnswerDelay = TimeSpan.FromSeconds(6);

        var item = await WaitUntilSettledAsync(await SendAsync("+447700900009", "Your visit on Friday is confirmed."));

        Assert.Equal(SmsOutboxStatus.Sent, item.Status);
        Assert.Single(_twilio.Requests, r => r.Form["To"] == "+447700900009");
        Assert.Equal(Assert.Single(_twilio.AcceptedMessages).Sid, item.ProviderMessageSid);
    }

    // Twilio's Messages API has no idempotency key: a text it took but answered too late for, found on the next attempt.
    [Fact(Timeout = 60_000)]
    public async Task A_text_twilio_accepted_but_answered_too_late_for_is_not_sent_again()
    {
        _twilio.Script("+447700900401", "accept-late", "201");

        var item = await WaitUntilSettledAsync(await SendAsync("+447700900401", "Amy from the family service will call you at 3pm."));

        Assert.Equal(SmsOutboxStatus.Sent, item.Status);
        var accepted = Assert.Single(_twilio.AcceptedMessages, m => m.To == "+447700900401");
        Assert.Equal(accepted.Sid, item.ProviderMessageSid);
        Assert.Single(_twilio.Requests, r => r.Form["To"] == "+447700900401");
    }

    [Fact(Timeout = 60_000)]
    public async Task Twilio_failing_then_slow_then_recovering_delivers_each_text_exactly_once()
    {
        _twilio.Script("+447700900402", "500", "hang", "500", "201");
        _twilio.Script("+447700900403", "500", "accept-late", "500", "201");

        var failedThenAccepted = await WaitUntilSettledAsync(await SendAsync("+447700900402", "Your complaint response is ready."));
        var acceptedLate = await WaitUntilSettledAsync(await SendAsync("+447700900403", "Your complaint response is ready."));

        Assert.Equal((SmsOutboxStatus.Sent, SmsOutboxStatus.Sent), (failedThenAccepted.Status, acceptedLate.Status));
        Assert.Single(_twilio.AcceptedMessages, m => m.To == "+447700900402");
        Assert.Single(_twilio.AcceptedMessages, m => m.To == "+447700900403");
        // The one accepted late was found on the next attempt, which did not post it again.
        Assert.Equal(2, _twilio.Requests.Count(r => r.Form["To"] == "+447700900403"));
    }

    [Fact]
    public async Task A_text_whose_sender_died_mid_send_after_an_earlier_failure_is_not_sent_again()
    {
        // The first attempt got a 500; the second reached Twilio, then the process died before it heard back.
        var createdAt = DateTime.UtcNow.AddMinutes(-2);
        var message = new OutboxMessage
        {
            Channel = Channel.Sms, To = "+447700900010", Body = "Your visit on Saturday is booked.", Purpose = "worker-reply",
            CreatedAt = createdAt, Status = OutboxStatus.Sending, Attempts = 2, LastError = "HTTP 500, Twilio error 20500",
            NextAttemptAt = DateTime.UtcNow.AddSeconds(-1),
        };
        _twilio.AcceptedMessages.Enqueue(new("SM-already-sent", message.To, BotApplication.OurNumber, message.Body, createdAt.AddMinutes(1)));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
            db.Outbox.Add(message);
            await db.SaveChangesAsync();
        }

        var item = await WaitUntilSettledAsync(message.Id);

        Assert.Equal(SmsOutboxStatus.Sent, item.Status);
        Assert.Equal("SM-already-sent", item.ProviderMessageSid);
        Assert.DoesNotContain(_twilio.Requests, r => r.Form.GetValueOrDefault("To") == "+447700900010");
    }

    [Fact]
    public async Task An_opted_out_recipient_is_not_retried_and_is_remembered()
    {
        _twilio.Script("+447700900003", "21610", "201");

        var item = await WaitUntilSettledAsync(await SendAsync("+447700900003", "A reply"));
        await Task.Delay(300);

        Assert.Equal(SmsOutboxStatus.OptedOut, item.Status);
        Assert.Single(_twilio.Requests, r => r.Form["To"] == "+447700900003");
        Assert.True(await _app.Services.GetRequiredService<ISmsOptOuts>().IsOptedOutAsync("+447700900003", default));
    }

    [Fact]
    public async Task A_rejected_message_fails_at_once_and_endless_server_errors_give_up_after_the_limit()
    {
        _twilio.Script("+447700900004", "21211");
        _twilio.Script("+447700900005", "500", "500", "500", "500", "500", "500");

        var rejected = await WaitUntilSettledAsync(await SendAsync("+447700900004", "x"));
        var exhausted = await WaitUntilSettledAsync(await SendAsync("+447700900005", "y"));

        Assert.Equal((SmsOutboxStatus.Failed, 1), (rejected.Status, rejected.Attempts));
        Assert.Contains("21211", rejected.LastError);
        Assert.Equal((SmsOutboxStatus.Failed, 4), (exhausted.Status, exhausted.Attempts));
    }

    [Fact]
    public async Task A_signed_status_callback_records_delivery_and_an_unsigned_one_is_refused()
    {
        var item = await WaitUntilSettledAsync(await SendAsync("+447700900006", "Hello"));
        var webhook = new TwilioWebhook(_app.CreateClient());
        var callback = new Dictionary<string, string>
        {
            ["MessageSid"] = item.ProviderMessageSid!,
            ["MessageStatus"] = "delivered",
            ["AccountSid"] = BotApplication.AccountSid,
            ["To"] = "+447700900006",
        };

        var unsigned = await webhook.PostAsync(callback, "/api/sms/twilio/status", sign: false);
        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        Assert.Equal(SmsOutboxStatus.Sent, (await _app.Services.GetRequiredService<ISmsOutbox>().FindAsync(item.Id, default))!.Status);

        var signed = await webhook.PostAsync(callback, "/api/sms/twilio/status");
        Assert.Equal(HttpStatusCode.NoContent, signed.StatusCode);
        Assert.Equal(SmsOutboxStatus.Delivered, (await _app.Services.GetRequiredService<ISmsOutbox>().FindAsync(item.Id, default))!.Status);
    }

    [Fact]
    public async Task A_message_over_1600_characters_is_split_and_nothing_is_dropped()
    {
        var text = string.Join(' ', Enumerable.Range(1, 400).Select(i => $"w{i}"));
        var ids = await _app.Services.GetRequiredService<SmsProactiveMessages>().SendAsync("+447700900007", new(text, [], "en"), default);
        foreach (var id in ids)
        {
            await WaitUntilSettledAsync(id);
        }

        var bodies = _twilio.Requests.Where(r => r.Form["To"] == "+447700900007").Select(r => r.Form["Body"]).ToList();
        Assert.True(bodies.Count >= 2);
        Assert.All(bodies, b => Assert.True(b.Length <= 1600));
        Assert.Equal(text.Split(' ').Order(), string.Join(' ', bodies).Split(' ').Order());
    }
}
