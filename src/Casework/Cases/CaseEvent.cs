namespace FamilyServices.Casework.Cases;

/// <summary>
/// A line on the case timeline that no other record tells: a status change, a transfer, a consent
/// given or withdrawn. Messages, notes, escalations and referrals join the timeline from their own tables.
/// </summary>
public class CaseEvent
{
    public long Id { get; set; }
    public Guid CaseId { get; set; }
    public DateTime At { get; set; }
    public required string Kind { get; set; }
    public required string Description { get; set; }
    public string? ActorUserId { get; set; }
}
