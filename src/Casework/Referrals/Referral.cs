using FamilyServices.Casework.Persistence;

namespace FamilyServices.Casework.Referrals;

public enum ReferralStatus
{
    Draft,
    Sent,
    Accepted,
    Declined,
    Completed,
}

/// <summary>A referral of someone on a case to an outside service; never sent without consent.</summary>
public class Referral : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public int ReferralServiceId { get; set; }
    public ReferralService? Service { get; set; }

    /// <summary>Who is referred: the person in prison or a named family member.</summary>
    public required string ForWhom { get; set; }
    public required string Reason { get; set; }
    public Guid? ConsentRecordId { get; set; }

    public ReferralStatus Status { get; set; } = ReferralStatus.Draft;
    public string? Outcome { get; set; }
    public required string CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; }
}
