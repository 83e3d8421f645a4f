using System.Threading.RateLimiting;
using FamilyServices.Bot.Channels.DirectLine;
using Microsoft.AspNetCore.RateLimiting;

namespace FamilyServices.Bot.Channels;

/// <summary>
/// Limits that keep one client from flooding the assistant: new web chat conversations per address,
/// and messages per conversation. Generous for families (a visitor centre may share one address);
/// a refusal is 429 with Retry-After, which Web Chat waits for and retries.
/// </summary>
public sealed class ChannelRateLimits
{
    public const string Section = "Channels:RateLimits";
    public const string NewConversations = "channels-new-conversations";
    public const string Messages = "channels-messages";

    public int NewConversationsPerMinute { get; set; } = 30;
    public int MessagesPerMinute { get; set; } = 60;

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
        options.AddPolicy(Messages, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Request.RouteValues["conversationId"]?.ToString() ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => Window(limits.MessagesPerMinute)));
    }

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };
}
