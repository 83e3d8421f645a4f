using Microsoft.Extensions.Options;

namespace FamilyServices.Bot.Channels.Sms;

public sealed class SmsOutboxOptions
{
    public const string Section = "Sms:Outbox";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long one call to Twilio may take before it counts as failed and is retried.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a claimed item stays ours; past it, another sender (or we after a restart) sends it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
}

/// <summary>
/// Sends what is due in the outbox through Twilio. Server errors and timeouts are retried with
/// exponential backoff and jitter, each retry only once Twilio says the text is not already there; an opted-out recipient (21610) is never retried and is recorded
/// as opted out; any other rejection fails the item at once so a family worker can see it.
/// </summary>
public sealed class SmsOutboxSender(
    ISmsOutbox outbox,
    ISmsOptOuts optOuts,
    TwilioMessagesClient twilio,
    IOptions<SmsOutboxOptions> options,
    TimeProvider clock,
    ILogger<SmsOutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Sending the SMS outbox failed; trying again shortly");
            }
            try
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task SendDueAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        var due = await outbox.ClaimDueAsync(now, now + o.Lease, 20, cancellationToken);
        foreach (var item in due)
        {
            if (await optOuts.IsOptedOutAsync(item.To, cancellationToken))
            {
                await outbox.MarkFailedAsync(item.Id, SmsOutboxStatus.OptedOut, "recipient texted STOP", cancellationToken);
                logger.LogInformation("Outbox message {OutboxId} not sent: recipient opted out", item.Id);
                continue;
            }
            // Tried before and never marked sent (the process died mid-send, or Twilio's answer was lost):
            // ask Twilio whether it went before sending it again.
            var result = (item.Attempts > 1 ? await twilio.FindSentAsync(item.To, item.Body, item.CreatedAt ?? now, cancellationToken) : null)
                ?? await twilio.SendAsync(item.To, item.Body, cancellationToken);
            switch (result.Outcome)
            {
                case SendOutcome.Accepted:
                    await outbox.MarkSentAsync(item.Id, result.MessageSid!, cancellationToken);
                    break;
                case SendOutcome.OptedOut:
                    await optOuts.OptOutAsync(item.To, cancellationToken);
                    await outbox.MarkFailedAsync(item.Id, SmsOutboxStatus.OptedOut, result.Error!, cancellationToken);
                    logger.LogInformation("Outbox message {OutboxId} refused by Twilio: recipient opted out", item.Id);
                    break;
                case SendOutcome.Retry when item.Attempts < o.MaxAttempts:
                    var delay = Backoff(item.Attempts, o);
                    await outbox.MarkRetryAsync(item.Id, clock.GetUtcNow() + delay, result.Error!, cancellationToken);
                    logger.LogWarning("Outbox message {OutboxId} attempt {Attempt} failed ({Error}); retrying in {Delay}", item.Id, item.Attempts, result.Error, delay);
                    break;
                default:
                    await outbox.MarkFailedAsync(item.Id, SmsOutboxStatus.Failed, result.Error!, cancellationToken);
                    logger.LogError("Outbox message {OutboxId} failed after {Attempts} attempts: {Error}", item.Id, item.Attempts, result.Error);
                    break;
            }
        }
    }

    private static TimeSpan Backoff(int attempts, SmsOutboxOptions o)
    {
        var exponential = o.FirstRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempts - 1));
        var capped = Math.Min(exponential, o.MaxRetryDelay.TotalMilliseconds);
        // Jitter spreads retries so a Twilio outage does not end in a stampede.
        return TimeSpan.FromMilliseconds(capped * (0.8 + Random.Shared.NextDouble() * 0.4));
    }
}
