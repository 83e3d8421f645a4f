namespace FamilyServices.Casework.Conversations;

/// <summary>
/// What we remember about a person across conversations: their language, and on SMS whether
/// they said STOP to messages we send first.
/// </summary>
public class ContactPreference
{
    public Channel Channel { get; set; }
    public required string Address { get; set; }
    public string? Language { get; set; }
    public bool OptedOut { get; set; }
    public DateTime UpdatedAt { get; set; }
}
