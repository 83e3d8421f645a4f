namespace FamilyServices.Casework.Conversations;

/// <summary>A web chat (Direct Line) conversation: who it belongs to, so a token or a return visit finds it.</summary>
public class WebChatConversation
{
    public required string ConversationId { get; set; }
    public required string UserId { get; set; }
    public DateTime StartedAt { get; set; }
}

/// <summary>
/// One Direct Line activity exactly as sent to the browser, in order. A reconnecting socket or a
/// family coming back replays everything after its watermark, from any instance of the assistant.
/// </summary>
public class WebChatActivity
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }

    /// <summary>1, 2, 3… within the conversation.</summary>
    public long Watermark { get; set; }
    public required string ActivityId { get; set; }
    public required string Type { get; set; }
    public required string Json { get; set; }
    public DateTime At { get; set; }
}
