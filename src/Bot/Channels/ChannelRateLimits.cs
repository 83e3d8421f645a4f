using System.Threading.RateLimiting;
using FamilyServices.Bot.Channels.Content;
using FamilyServices.Bot.Conversations;
using Microsoft.AspNetCore.RateLimiting;

namespace FamilyServices.Bot.Channels;

/// <summary>
/// Limits that keep one client from flooding the assistant. New web chat conversations are limited
/// per address by middleware (429 with Retry-After, which Web Chat waits for and retries). Messages
/// are limited per phone number and per web chat conversation by <see cref="MessageRateLimit"/>, which
/// reads the message first: a family over the limit is answered politely in their language, and a
/// message that speaks of someone's welfare is never held back.
/// </summary>
public sealed class ChannelRateLimits
{
    public const string Section = "Channels:RateLimits";
    public const string NewConversations = "channels-new-conversations";

    /// <summary>Generous: a visitor centre may share one address.</summary>
    public int NewConversationsPerMinute { get; set; } = 30;

    /// <summary>Per phone number and per web chat conversation; no one types this fast.</summary>
    public int MessagesPerMinute { get; set; } = 30;

    public static void Configure(RateLimiterOptions options, ChannelRateLimits limits)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = (context, _) =>
        {
            context.HttpContext.Response.Headers.RetryAfter = "10";
            return ValueTask.CompletedTask;
        };
        options.AddPolicy(NewConversations, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => Window(limits.NewConversationsPerMinute)));
    }

    internal static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };
}

/// <summary>Messages per phone number or web chat conversation, decided after reading the message.</summary>
public sealed class MessageRateLimit(ChannelRateLimits limits, IAssistantKnowledge knowledge, IChannelTexts texts) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        key => RateLimitPartition.GetFixedWindowLimiter(key, _ => ChannelRateLimits.Window(limits.MessagesPerMinute)));

    /// <summary>
    /// Null when the message goes on to the conversation; otherwise the polite reply to send instead.
    /// Over the limit, a message about someone's welfare still goes on: the emergency reply and the
    /// escalation matter more than the flood.
    /// </summary>
    public OutgoingReply? Refuse(string sender, string text, string? knownLanguage)
    {
        using var lease = _limiter.AttemptAcquire(sender);
        if (lease.IsAcquired)
        {
            return null;
        }
        var routing = knowledge.Route(text, texts.Match(knownLanguage), null);
        if (routing.Welfare != Welfare.None)
        {
            return null;
        }
        // The page's language when there is one (web chat); for a text, the language it was written in.
        var language = texts.Match(knownLanguage) ?? texts.Match(routing.Language) ?? texts.DefaultLanguage;
        return new OutgoingReply(texts.Get(language, "channel.rate_limited"), [], language);
    }

    public void Dispose() => _limiter.Dispose();
}
