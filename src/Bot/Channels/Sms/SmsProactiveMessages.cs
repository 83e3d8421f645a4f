using FamilyServices.Bot.Conversations;

namespace FamilyServices.Bot.Channels.Sms;

/// <summary>
/// A message we start (a family worker's reply, a complaint response): written to the outbox and
/// sent by <see cref="SmsOutboxSender"/>. A body over Twilio's 1600 characters is split at words.
/// </summary>
public sealed class SmsProactiveMessages(ISmsOutbox outbox, SmsReplyFormatter formatter)
{
    public async Task<IReadOnlyList<Guid>> SendAsync(string phoneNumber, OutgoingReply reply, CancellationToken cancellationToken)
    {
        var (body, _, _) = formatter.Render([reply]);
        var ids = new List<Guid>();
        foreach (var part in Split(body, SmsSegments.MaxBodyLength))
        {
            ids.Add(await outbox.EnqueueAsync(phoneNumber, part, cancellationToken));
        }
        return ids;
    }

    private static IEnumerable<string> Split(string text, int max)
    {
        var rest = text.Trim();
        while (rest.Length > max)
        {
            var cut = rest.LastIndexOf(' ', max);
            cut = cut <= 0 ? max : cut;
            yield return rest[..cut].TrimEnd();
            rest = rest[cut..].TrimStart();
        }
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }
}
