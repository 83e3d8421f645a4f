using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Persistence;

namespace FamilyServices.Casework.Outbox;

public enum OutboxStatus
{
    Pending,
    Sending,
    Sent,
    Failed,
    /// <summary>Not sent on purpose: the person opted out (STOP).</summary>
    Cancelled,
}

/// <summary>
/// A message we send first (a worker's reply, a complaint response). Written in the same save as
/// the change that causes it, so a crash or restart loses nothing; a sender delivers it later.
/// </summary>
public class OutboxMessage : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Channel Channel { get; set; }
    public required string To { get; set; }
    public Guid? ConversationId { get; set; }
    public required string Body { get; set; }

    /// <summary>Why it is sent: "worker-reply", "complaint-response", ...</summary>
    public required string Purpose { get; set; }

    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }

    /// <summary>The provider's id for the sent message (Twilio's sid), to match delivery reports.</summary>
    public string? ProviderMessageId { get; set; }

    /// <summary>The latest delivery report: queued, sent, delivered, undelivered, failed.</summary>
    public string? DeliveryStatus { get; set; }

    public string? CreatedByUserId { get; set; }
    public Guid Version { get; set; }
}
