namespace FamilyServices.Casework.Conversations;

/// <summary>What the SMS channel remembers about a number between texts: the rest of a long answer, the last numbered choices.</summary>
public class SmsSessionState
{
    public required string PhoneNumber { get; set; }
    public string? Language { get; set; }
    public string PendingPagesJson { get; set; } = "[]";
    public string ChoicesJson { get; set; } = "[]";
    public DateTime UpdatedAt { get; set; }
}

/// <summary>The replies given to one Twilio message, so a retried webhook is answered the same way and processed once.</summary>
public class SmsReceipt
{
    public required string MessageSid { get; set; }
    public required string RepliesJson { get; set; }
    public DateTime ReceivedAt { get; set; }
}
