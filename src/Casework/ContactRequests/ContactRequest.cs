using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Persistence;

namespace FamilyServices.Casework.ContactRequests;

public enum ContactRequestOrigin
{
    /// <summary>A family member asked through the assistant to get back in touch.</summary>
    Family,
    /// <summary>A person in prison without family contact asked a family worker.</summary>
    PersonInPrison,
}

/// <summary>The stages of contact re-establishment casework, in order.</summary>
public enum ContactStage
{
    Requested,
    PrisonerConsent,
    FamilyTracedOrContacted,
    FamilyConsent,
    InitialContactMade,
    OngoingLiaison,
    Reestablished,
    NotPossible,
}

public enum ConsentAnswer
{
    NotAsked,
    Given,
    Refused,
}

public enum ContactAlternative
{
    None,
    OfficialPrisonVisitor,
    PenfriendScheme,
    PrisonVisitorScheme,
}

/// <summary>A request to re-establish contact between a person in prison and their family.</summary>
public class ContactRequest : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Reference { get; set; }
    public ContactRequestOrigin Origin { get; set; }

    public required string PrisonerName { get; set; }
    public string? PrisonNumber { get; set; }
    public string? EstablishmentId { get; set; }

    public string? FamilyMemberName { get; set; }
    /// <summary>Who the family member is to the person in prison.</summary>
    public string? Relationship { get; set; }
    public Channel? FamilyContactChannel { get; set; }
    public string? FamilyContactAddress { get; set; }
    public bool RequesterConsentsToBeContacted { get; set; }

    public ConsentAnswer PrisonerConsent { get; set; } = ConsentAnswer.NotAsked;
    public ConsentAnswer FamilyConsent { get; set; } = ConsentAnswer.NotAsked;

    public ContactStage Stage { get; set; } = ContactStage.Requested;

    /// <summary>An Unwanted Prisoner Contact Service or public protection restriction stops the workflow.</summary>
    public string? RestrictionNote { get; set; }
    public ContactAlternative AlternativeOffered { get; set; } = ContactAlternative.None;

    public string Language { get; set; } = "en";
    public Guid? ConversationId { get; set; }
    public Guid? CaseId { get; set; }
    public string? AssignedToUserId { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; }
}
