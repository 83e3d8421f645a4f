namespace FamilyServices.Casework.Audit;

/// <summary>
/// Who viewed or changed what, and when. Append-only: the database context refuses to change
/// or delete an entry once written.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }

    /// <summary>"viewed", "created", "changed", "claimed", "closed", "erased", ...</summary>
    public required string Action { get; set; }

    /// <summary>"escalation", "case", "referral", "complaint", ...</summary>
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public string? EstablishmentId { get; set; }

    /// <summary>What changed, in words; never personal data beyond what the record already holds.</summary>
    public string? Detail { get; set; }
}
