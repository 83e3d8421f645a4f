using FamilyServices.Casework.Persistence;

namespace FamilyServices.Casework.Cases;

public enum CaseStatus
{
    Open,
    Closed,
}

/// <summary>A family worker's record for one person in prison and the people around them.</summary>
public class Case : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Reference { get; set; }
    public required string PrisonerName { get; set; }
    public string? PrisonNumber { get; set; }

    /// <summary>Where the person is now; a transfer moves the case and its history with them.</summary>
    public required string EstablishmentId { get; set; }

    public CaseStatus Status { get; set; } = CaseStatus.Open;
    public string? AssignedToUserId { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public Guid Version { get; set; }

    public List<SignificantOther> SignificantOthers { get; set; } = [];
    public List<ConsentRecord> Consents { get; set; } = [];
    public List<CaseNote> Notes { get; set; } = [];
    public List<CaseEvent> Events { get; set; } = [];
}
