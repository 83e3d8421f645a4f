using FamilyServices.Casework.Persistence;

namespace FamilyServices.Casework.Conversations;

/// <summary>One family member's conversation with the assistant over one channel.</summary>
public class Conversation : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Channel Channel { get; set; }

    /// <summary>Phone number on SMS; the web chat user id on web chat.</summary>
    public required string Address { get; set; }

    /// <summary>The channel's own id: the phone number on SMS, the Direct Line conversation id on web chat.</summary>
    public required string ExternalId { get; set; }

    public string Language { get; set; } = "en";
    public string? EstablishmentId { get; set; }

    /// <summary>The dialog stack and form answers, serialised after every turn so any instance can carry on.</summary>
    public string? DialogState { get; set; }

    public DateTime StartedAt { get; set; }
    public DateTime LastActivityAt { get; set; }
    public Guid Version { get; set; }

    public List<ConversationMessage> Messages { get; set; } = [];
}
