using FamilyServices.Bot.Conversations;

namespace FamilyServices.Bot.Channels.Sms;

/// <summary>What the SMS channel remembers about a number between messages.</summary>
/// <param name="Language">The language of our last reply, for the next paging prompt or error.</param>
/// <param name="PendingPages">The rest of a long answer, sent one page per "MORE".</param>
/// <param name="Choices">The numbered choices of our last reply, so "2" means the second one.</param>
public sealed record SmsSession(string? Language, IReadOnlyList<string> PendingPages, IReadOnlyList<ReplyChoice> Choices)
{
    public static readonly SmsSession Empty = new(null, [], []);
}

/// <summary>Numbers that texted STOP: no proactive message goes to them until they text START.</summary>
public interface ISmsOptOuts
{
    Task<bool> IsOptedOutAsync(string phoneNumber, CancellationToken cancellationToken);
    Task OptOutAsync(string phoneNumber, CancellationToken cancellationToken);
    Task OptInAsync(string phoneNumber, CancellationToken cancellationToken);
}
