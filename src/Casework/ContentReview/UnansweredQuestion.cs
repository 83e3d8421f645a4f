using FamilyServices.Casework.Conversations;

namespace FamilyServices.Casework.ContentReview;

/// <summary>A question the assistant had no good answer for, kept so family workers can improve the content.</summary>
public class UnansweredQuestion
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Text { get; set; }
    public string Language { get; set; } = "en";
    public string? EstablishmentId { get; set; }
    public Channel Channel { get; set; }
    public string? BestGuessIntent { get; set; }
    public double Confidence { get; set; }
    public DateTime AskedAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public string? ResolvedByUserId { get; set; }
}
