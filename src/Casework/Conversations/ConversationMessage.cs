namespace FamilyServices.Casework.Conversations;

public enum MessageAuthor
{
    Family,
    Assistant,
    FamilyWorker,
}

/// <summary>One message in a conversation's transcript, in the order it happened.</summary>
public class ConversationMessage
{
    /// <summary>Increasing across the store; web chat uses it as the watermark.</summary>
    public long Id { get; set; }
    public Guid ConversationId { get; set; }
    public MessageAuthor Author { get; set; }
    public required string Text { get; set; }
    public string? Language { get; set; }
    public DateTime SentAt { get; set; }

    /// <summary>The channel's id for this message (Twilio MessageSid, Direct Line activity id), for de-duplication.</summary>
    public string? ChannelMessageId { get; set; }

    /// <summary>What the channel needs to show it again (the Direct Line activity as JSON, quick replies).</summary>
    public string? ChannelData { get; set; }

    /// <summary>The intent the assistant recognised, for content review.</summary>
    public string? Intent { get; set; }

    /// <summary>The family worker who wrote it, when Author is FamilyWorker.</summary>
    public string? StaffUserId { get; set; }
}
