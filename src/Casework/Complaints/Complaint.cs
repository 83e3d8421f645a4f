using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Persistence;

namespace FamilyServices.Casework.Complaints;

public enum ComplaintStatus
{
    Received,
    Assigned,
    Responded,
    Closed,
}

public enum ComplaintOutcome
{
    Upheld,
    PartlyUpheld,
    NotUpheld,
    Withdrawn,
}

/// <summary>A complaint about the visits experience, with its response deadline.</summary>
public class Complaint : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Reference { get; set; }
    public Channel Channel { get; set; }
    public Guid? ConversationId { get; set; }
    public required string EstablishmentId { get; set; }

    /// <summary>What it is about: booking, staff, searches, visitor centre, the visit itself, other.</summary>
    public required string About { get; set; }
    public DateOnly? VisitDate { get; set; }
    public required string WhatHappened { get; set; }

    public bool WantsReply { get; set; }
    public Channel? ReplyChannel { get; set; }
    public string? ReplyAddress { get; set; }
    public string? ComplainantName { get; set; }
    public string Language { get; set; } = "en";

    public DateTime ReceivedAt { get; set; }
    public DateTime ResponseDueBy { get; set; }
    public ComplaintStatus Status { get; set; } = ComplaintStatus.Received;
    public string? AssignedToUserId { get; set; }
    public string? Response { get; set; }
    public DateTime? RespondedAt { get; set; }
    public ComplaintOutcome? Outcome { get; set; }
    public Guid Version { get; set; }
}
