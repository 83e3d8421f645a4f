using FamilyServices.Bot.Channels.DirectLine;
using FamilyServices.Bot.Channels.Sms;
using FamilyServices.Bot.Conversations;

namespace FamilyServices.Bot.Channels;

/// <summary>A message we start (a family worker's reply, a complaint response), sent over the channel the family used.</summary>
public interface IProactiveMessages
{
    /// <param name="channel">"sms" or "webchat", as in <see cref="IncomingMessage.Channel"/>.</param>
    /// <param name="address">The phone number on SMS.</param>
    /// <param name="conversationId">The Direct Line conversation on web chat.</param>
    Task SendAsync(string channel, string address, string conversationId, OutgoingReply reply, CancellationToken cancellationToken);
}

public sealed class ProactiveMessages(SmsProactiveMessages sms, DirectLineConversations webChat) : IProactiveMessages
{
    public Task SendAsync(string channel, string address, string conversationId, OutgoingReply reply, CancellationToken cancellationToken) =>
        channel switch
        {
            // Through the outbox: sent, retried and recorded even if Twilio is down now.
            ChannelNames.Sms => sms.SendAsync(address, reply, cancellationToken),
            // Into the transcript: an open page shows it at once, a closed one when the family comes back.
            ChannelNames.WebChat => webChat.SendAsync(conversationId, reply, cancellationToken),
            _ => throw new ArgumentException($"Unknown channel '{channel}'.", nameof(channel)),
        };
}
