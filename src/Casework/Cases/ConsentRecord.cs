namespace FamilyServices.Casework.Cases;

/// <summary>What someone agreed to, when, as recorded by whom; withdrawn consent is kept, not deleted.</summary>
public class ConsentRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }

    /// <summary>Who gave it: the person in prison, or a named family member.</summary>
    public required string GivenBy { get; set; }

    /// <summary>What was agreed, e.g. "share with Citizens Advice for debt advice".</summary>
    public required string Scope { get; set; }

    public DateTime GivenAt { get; set; }
    public required string RecordedByUserId { get; set; }
    public DateTime? WithdrawnAt { get; set; }
    public string? WithdrawnReason { get; set; }

    public bool IsActive => WithdrawnAt is null;
}
