using FamilyServices.Bot.Channels.Sms;
using FamilyServices.Bot.Tests.Channels;
using FamilyServices.Bot.Tests.Channels.Sms;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Bot.Tests.Resilience;

/// <summary>
/// Twilio's REST API slow or failing: the outbox retries with backoff and nothing is sent twice, even
/// when Twilio accepted a text but answered after we stopped waiting (see <see cref="SmsOutboxSender"/>).
/// Plain server errors and hangs are in SmsOutboxTests.
/// </summary>
public class TwilioSlowOrFailingTests : IAsyncLifetime
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
                ["Sms:Outbox:MaxAttempts"] = "6",
                ["Sms:Outbox:RequestTimeout"] = "00:00:02",
            },
        };
        _ = _app.Server;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _twilio.DisposeAsync();
    }

    private async Task<SmsOutboxItem> SendAndSettleAsync(string to, string text)
    {
        var id = Assert.Single(await _app.Services.GetRequiredService<SmsProactiveMessages>().SendAsync(to, new(text, [], "en"), default));
        var outbox = _app.Services.GetRequiredService<ISmsOutbox>();
        for (var i = 0; i < 300; i++)
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

    [Fact(Timeout = 60_000)]
    public async Task A_text_twilio_accepted_but_answered_too_late_for_is_not_sent_again()
    {
        _twilio.Script("+447700900401", "accept-late", "201");

        var item = await SendAndSettleAsync("+447700900401", "Amy from the family service will call you at 3pm.");

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

        var failedThenAccepted = await SendAndSettleAsync("+447700900402", "Your complaint response is ready.");
        var acceptedLate = await SendAndSettleAsync("+447700900403", "Your complaint response is ready.");

        Assert.Equal((SmsOutboxStatus.Sent, SmsOutboxStatus.Sent), (failedThenAccepted.Status, acceptedLate.Status));
        Assert.Single(_twilio.AcceptedMessages, m => m.To == "+447700900402");
        Assert.Single(_twilio.AcceptedMessages, m => m.To == "+447700900403");
        // The one accepted late was found on the next attempt, which did not post it again.
        Assert.Equal(2, _twilio.Requests.Count(r => r.Form["To"] == "+447700900403"));
    }
}
