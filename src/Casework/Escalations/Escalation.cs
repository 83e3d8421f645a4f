using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Persistence;

namespace FamilyServices.Casework.Escalations;

public enum Severity
{
    // Declared in order of urgency: the triage queue sorts on it.
    Emergency = 0,
    Urgent = 1,
    Routine = 2,
}

public enum EscalationKind
{
    WelfareConcern,
    /// <summary>The family asked to talk to a person.</summary>
    Handover,
}

public enum EscalationStatus
{
    New,
    Acknowledged,
    InProgress,
    Referred,
    Resolved,
    Closed,
}

/// <summary>
/// A welfare concern or a request for a person, raised by a family through the assistant and
/// triaged by family workers. Created at the first disclosure and filled in as details come, so
/// nothing is lost if the family stops replying.
/// </summary>
public class Escalation : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Reference { get; set; }
    public EscalationKind Kind { get; set; }
    public Severity Severity { get; set; }

    /// <summary>A Safer Custody topic id ("self-harm", "bullying", "debt", ...).</summary>
    public string? Category { get; set; }

    public string? PrisonerName { get; set; }
    public string? PrisonNumber { get; set; }
    public string? EstablishmentId { get; set; }

    /// <summary>What the family told us is happening, in their words.</summary>
    public string? Summary { get; set; }

    public string? RaisedByName { get; set; }
    public string? RaisedByRelationship { get; set; }
    public bool Anonymous { get; set; }
    public Channel? ContactChannel { get; set; }
    public string? ContactAddress { get; set; }
    public bool? ConsentToShareWithPrison { get; set; }

    /// <summary>What the assistant told the family (the emergency reply, the Safer Custody line).</summary>
    public string? AdviceGiven { get; set; }

    public string Language { get; set; } = "en";
    public Guid? ConversationId { get; set; }
    public Guid? CaseId { get; set; }

    public EscalationStatus Status { get; set; } = EscalationStatus.New;
    public string? ClosingReason { get; set; }
    public string? AssignedToUserId { get; set; }

    public DateTime RaisedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? AcknowledgedAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public DateTime? SaferCustodyInformedAt { get; set; }

    /// <summary>True once the family has finished the form; false while details may still come.</summary>
    public bool DetailsComplete { get; set; }

    public Guid Version { get; set; }
}
